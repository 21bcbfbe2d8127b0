put_in(state[:a][:b], 1)
get_in(m, [:a, Access.key(:b)])
state.a.b
x[:a].b

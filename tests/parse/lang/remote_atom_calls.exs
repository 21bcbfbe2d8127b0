:erlang.foo()
:erlang.foo
:lists.reverse([1, 2])
:"Elixir.Foo".bar()
:ets.new(:t, [:set])
:"erlang".self()

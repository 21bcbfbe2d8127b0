x = ~w(a #{

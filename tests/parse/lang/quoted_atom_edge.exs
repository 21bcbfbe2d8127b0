:"foo bar"
:<<>>
:"Elixir.Foo"
:"foo\"bar"
:"é"
:"a.b"
:"A.B"
:"Elixir.foo"

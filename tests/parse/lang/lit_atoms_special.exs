:<<>>
:%{}
:%
:{}
:"Elixir.Foo"
:"Elixir.Foo.Bar"
:"Elixir"
:"::"

%name{}
%_{}
%^mod{a: 1}
%@attr{}
%__MODULE__.Child{}
%:"Elixir.Foo"{}

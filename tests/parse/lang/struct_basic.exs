%Foo{}
%Foo{a: 1}
%Foo.Bar{a: 1, b: 2}
%__MODULE__{}
%__MODULE__{a: 1}
%Foo{s | a: 1}
%__MODULE__{state | a: 1}

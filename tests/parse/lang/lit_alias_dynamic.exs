__MODULE__.Sub
x.Foo
Foo.Bar.__MODULE__
@mod.Child

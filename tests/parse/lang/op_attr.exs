@attr
@attr 1
@attr(1)
@attr [1, 2]
@attr %{a: 1}
@attr.field
@attr.fun()
-@attr
@attr + 1

defstruct [:a, :b]
defstruct a: 1, b: nil
defstruct [:x, y: 2]
@enforce_keys [:a]

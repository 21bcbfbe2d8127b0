defmodule Outer do
  defmodule Inner do
    defstruct [:a, b: 1]
  end
  defmodule __MODULE__.Sub do
  end
end
defmodule Foo.Bar.Baz do
end

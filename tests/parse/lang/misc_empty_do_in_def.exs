def f do
end
defmodule Empty do end

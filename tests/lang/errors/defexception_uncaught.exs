defmodule Oops do
  defexception message: "oops happened"
end

IO.puts("about to fail")
raise Oops

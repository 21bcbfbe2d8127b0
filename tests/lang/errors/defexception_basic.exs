defmodule MyError do
  defexception message: "default my error"
end

try do
  raise MyError
rescue
  e -> IO.inspect(e)
end

try do
  raise MyError, message: "custom"
rescue
  e -> IO.puts(e.message)
end

try do
  raise MyError, "shortcut"
rescue
  e -> IO.puts(Exception.message(e))
end

defmodule Custom do
  defexception message: "custom failure"
end

spawn(fn -> raise Custom end)
Process.sleep(200)
IO.puts("done")

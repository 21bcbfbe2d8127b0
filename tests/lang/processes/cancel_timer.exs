ref = Process.send_after(self(), :never, 200)
IO.inspect(is_reference(ref))
left = Process.cancel_timer(ref)
IO.inspect(is_integer(left) and left > 0)
IO.inspect(Process.cancel_timer(ref))

receive do
  :never -> IO.puts("timer fired")
after
  300 -> IO.puts("timer cancelled")
end

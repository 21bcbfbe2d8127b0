send(self(), 1)
send(self(), 2)

drain = fn drain, acc ->
  receive do
    m -> drain.(drain, [m | acc])
  after
    0 -> Enum.reverse(acc)
  end
end

IO.inspect(drain.(drain, []))

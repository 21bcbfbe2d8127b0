try do
  :erlang.error({:my, :tuple})
rescue
  e -> IO.inspect(e)
end

:erlang.error(:badarg)

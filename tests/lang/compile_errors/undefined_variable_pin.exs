x = 1
case x do
  ^undefined_var -> :match
end

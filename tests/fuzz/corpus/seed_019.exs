quote do
  unquote_splicing(list)
end

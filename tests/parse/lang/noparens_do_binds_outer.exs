foo bar(1) do
  :x
end
foo bar baz do end
if valid? x do :ok end

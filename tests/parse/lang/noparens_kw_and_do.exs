foo a, b: 1 do end
foo a, b: 1 do
  :body
end

foo do end
foo do
end
foo x do
end

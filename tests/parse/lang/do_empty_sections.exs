foo do
else
end
try do
after
end

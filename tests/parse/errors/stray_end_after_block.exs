foo do
end
end

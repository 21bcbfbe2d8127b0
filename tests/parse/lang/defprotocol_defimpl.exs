defprotocol Size do
  @doc "Calculates the size"
  def size(data)
end

defimpl Size, for: BitString do
  def size(string), do: byte_size(string)
end

defimpl Size, for: [List, Map] do
  def size(x), do: Enum.count(x)
end

"""
  name: #{name}
  value: #{1 + 2}
  """

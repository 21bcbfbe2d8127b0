text = """
first line
  indented #{1 + 1}
last
"""
IO.write(text)
IO.inspect(text)

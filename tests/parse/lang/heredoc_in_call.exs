IO.puts("""
  one
  two
""")
foo """
bar
""", 1

"""
  #{x} first
  """

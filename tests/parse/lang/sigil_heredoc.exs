~s"""
  heredoc sigil
  #{x}
  """
~S'''
raw #{x}
'''
~w"""
a b
"""

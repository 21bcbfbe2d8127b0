x = 1
"""
  a
    """ extra

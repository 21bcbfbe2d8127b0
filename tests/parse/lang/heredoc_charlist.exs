'''
charlist heredoc
  with #{interp}
'''

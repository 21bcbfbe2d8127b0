# leading comment
a = 1 # trailing comment
# between
b = 2
#no space
"# not a comment"
c = [ # in list
  1, # after element
  2
]
# final

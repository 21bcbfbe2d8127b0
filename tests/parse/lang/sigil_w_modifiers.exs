~w(a b)a
~w(a b)c
~w(a b)s
~w(  spaced   words  )
~w(a#{b} c)

foo a,
  b,
  c

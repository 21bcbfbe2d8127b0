-a ** b
-a * b
- a + b
2 ** -1
-2 ** 2
+a
-(-a)
a - -b
a + +b

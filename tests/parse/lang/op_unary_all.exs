+a
-a
!a
^a
not a
~~~a
&a
@a

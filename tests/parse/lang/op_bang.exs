!a == b
!a
!!a
!foo(x)
not a == b
not not a

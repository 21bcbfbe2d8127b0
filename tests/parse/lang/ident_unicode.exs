héllo = 1
変数 = 2
über(x)
ñandú
:ünïcode
[ключ: 1]

x	=	1
	foo(	a,	b)

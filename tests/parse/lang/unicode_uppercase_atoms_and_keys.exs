:Élan
[Élan: 1]
:Éa!
%{Ω: 1}
foo(Ω: 1)

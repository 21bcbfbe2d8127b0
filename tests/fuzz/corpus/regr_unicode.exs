iΩf = 1
x = аbc
:Élan
Déf

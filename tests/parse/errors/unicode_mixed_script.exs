x = аbc

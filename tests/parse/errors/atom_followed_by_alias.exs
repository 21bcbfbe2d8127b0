:Ab.C

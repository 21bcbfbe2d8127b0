^a = b
{^a, b} = c
%{^k => v} = m
^a
[^x | ^y] = z

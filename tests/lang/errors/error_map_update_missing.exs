m = Enum.at([%{a: 1}], 0)
%{m | b: 2}

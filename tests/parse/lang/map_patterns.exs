%{a: x} = m
%{"k" => v} = m
%{^key => value} = m
%{} = m

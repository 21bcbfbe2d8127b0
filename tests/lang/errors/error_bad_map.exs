m = Enum.at([:not_a_map], 0)
%{m | a: 1}

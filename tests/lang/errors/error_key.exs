m = Enum.at([%{a: 1}], 0)
Map.fetch!(m, :b)

foo do; a; b; end
if x do a; b else c; d end

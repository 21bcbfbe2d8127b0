~w(a b c)
~w[a b c]
~w{a b c}
~w<a b c>
~w/a b c/
~w|a b c|
~w"a b c"
~w'a b c'

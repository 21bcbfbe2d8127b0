~s(a b)
~s[a b]
~s{a b}
~s<a b>
~s/a b/
~s|a b|
~s"a b"
~s'a b'

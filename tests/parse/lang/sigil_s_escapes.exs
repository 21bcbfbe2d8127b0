~s(a\)b)
~s(a\nb)
~s(x #{y} z)
~s/a\/b/
~s[a\]b]
~s{"quoted"}

"abc"
""
"with \"quotes\""
"single ' quote"
"multi
line"

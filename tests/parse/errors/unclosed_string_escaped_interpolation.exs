# parse-test: any-column (Elixir 1.14 counts the escaped \#{ of an
# unterminated string as shorter than it is: EOF is column 8, it reports 6)
"\#{abc
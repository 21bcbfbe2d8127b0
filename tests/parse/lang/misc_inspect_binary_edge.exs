"\0"
"\x01\x7f"
"\xff"
<<0xff, 0xfe>>
"tab\ttab"

"outer #{"inner #{x}"} end"
"#{a; b}"
"#{%{a: 1}}"
"#{fn -> 1 end}"

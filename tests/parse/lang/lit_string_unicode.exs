"héllo wörld"
"日本語"
"emoji 😀"
"ñ#{x}ñ"

name = "Zoë"
msg = "#{name} — ✓"
'ünï'
String.length("日本")

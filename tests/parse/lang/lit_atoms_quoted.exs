:"foo bar"
:'single quoted'
:""
:"123"
:"foo-bar"
:"ok"
:"with \"escape\""
:"new\nline"

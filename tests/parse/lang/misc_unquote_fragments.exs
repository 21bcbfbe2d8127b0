def unquote(name)(unquote_splicing(args)), do: unquote(body)

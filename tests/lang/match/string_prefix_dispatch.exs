parse = fn
  "GET " <> path -> {:get, path}
  "POST " <> path -> {:post, path}
  other -> {:unknown, other}
end

IO.inspect(parse.("GET /index"))
IO.inspect(parse.("POST /form"))
IO.inspect(parse.("PUT /x"))

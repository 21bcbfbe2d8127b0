IO.puts("throwing")
throw(:ball)

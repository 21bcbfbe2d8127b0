fn x when is_integer(x) -> x; _ -> nil end
fn x, y when x > y -> x end
fn x when x > 0 when x < 10 -> x end

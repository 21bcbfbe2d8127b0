fn %{a: a} -> a end
fn [h | t] -> {h, t} end
fn <<c, rest::binary>> -> c end
fn {a, b} = pair -> pair end
fn ^x -> :same end

fn -> 1 end
fn x -> x end
fn x, y -> x + y end
fn(x) -> x end
fn (x, y) -> x end
fn () -> :ok end

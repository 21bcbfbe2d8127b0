fn -> end
fn x -> end

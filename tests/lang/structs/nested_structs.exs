defmodule Address do
  defstruct city: "", zip: nil
end

defmodule Customer do
  defstruct name: "", address: %Address{}
end

defmodule Main do
  def set_zip(c, zip), do: %{c | address: %{c.address | zip: zip}}

  def run do
    c = %Customer{name: "Ann", address: %Address{city: "Oslo"}}
    IO.inspect(c)
    IO.inspect(c.address.city)
    IO.inspect(set_zip(c, "0150").address)
    IO.inspect(%Customer{})
  end
end

Main.run()

defmodule HttpError do
  defexception [:status, :url]

  @impl true
  def message(%{status: s, url: u}), do: "HTTP #{s} for #{u}"
end

try do
  raise HttpError, status: 404, url: "/x"
rescue
  e in HttpError -> IO.puts(Exception.message(e)) && IO.inspect(e.status)
end

raise HttpError, status: 500, url: "/boom"

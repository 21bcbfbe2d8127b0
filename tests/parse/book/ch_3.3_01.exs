defmodule Password do
  defstruct url: nil, username: nil, password: nil, inserted_at: nil

  @doc """
  Check if a password entry is valid
  """
  def validate_entry(%Password{url: url, username: username, password: password}) do
    with {:ok, _url} <- URI.new(url),
         {:ok, _username} <- validate_username(username),
         {:ok, _password} <- validate_password(password) do
      {:ok,
       %Password{
         url: url,
         username: username,
         password: password,
         inserted_at: DateTime.utc_now()
       }}
    end
  end

  # Helper functions
  defp validate_username(username) do
    cond do
      not is_binary(username) -> {:error, "Invalid username"}
      String.length(username) == 0 -> {:error, "Username is empty"}
      true -> {:ok, username}
    end
  end

  defp validate_password(password) do
    cond do
      not is_binary(password) -> {:error, "Invalid password"}
      String.length(password) < 3 -> {:error, "Password must be atleast 3 character long"}
      true -> {:ok, password}
    end
  end
end

defmodule PasswordManager do
  use GenServer

  # Public APIs

  def start_link(_opts) do
    GenServer.start_link(
      __MODULE__,
      %{},
      # Use the module name as the name of the GenServer Process
      name: __MODULE__
    )
  end

  def save_password(url, username, password) do
    entry = %Password{
      url: url,
      username: username,
      password: password
    }

    GenServer.call(__MODULE__, {:save_password, entry})
  end

  def get_password(url) do
    GenServer.call(__MODULE__, {:get_password, url})
  end

  def delete_password(url) do
    GenServer.cast(__MODULE__, {:delete_password, url})
  end

  def stop(), do: GenServer.stop(__MODULE__)

  # Callbacks

  @impl true
  def init(state) do
    {:ok, state}
  end

  @impl true
  def handle_call({:save_password, new_password}, _from, state) do
    case Password.validate_entry(new_password) do
      {:ok, entry} -> {:reply, :saved, Map.put(state, entry.url, entry)}
      {:error, reason} -> {:reply, {:error, reason}, state}
    end
  end

  @impl true
  def handle_call({:get_password, url}, _from, state) do
    case Map.get(state, url) do
      nil -> {:reply, :not_found, state}
      entry -> {:reply, entry, state}
    end
  end

  @impl true
  def handle_cast({:delete_password, url}, state) do
    state = Map.delete(state, url)
    {:noreply, state}
  end
end

@spec f(t) :: t when t: var
@spec f(integer, list(atom)) :: {:ok, term} | :error
@spec g() :: no_return
@spec h(a :: integer, b :: String.t()) :: :ok
@spec k(keyword) :: [integer, ...]

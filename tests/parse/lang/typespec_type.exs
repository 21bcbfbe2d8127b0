@type t :: %__MODULE__{a: integer}
@type t(a) :: [a]
@typep priv :: atom | nil
@opaque o :: map
@type f :: (integer -> integer)
@type any_fun :: (... -> any)
@type b :: <<_::8>>
@type r :: 1..10
@type neg :: -1
@type kw :: [{:a, integer}]
@type m :: %{required(atom) => integer, optional(binary) => term}

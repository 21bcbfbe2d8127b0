@callback init(args :: term) :: {:ok, state} when state: any
@macrocallback m(term) :: Macro.t()
@optional_callbacks init: 1

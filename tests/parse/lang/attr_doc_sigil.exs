@doc ~S"""
Raw #{doc} \n
"""
@moduledoc false

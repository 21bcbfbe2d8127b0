__MODULE__
__ENV__
__DIR__
__CALLER__
__STACKTRACE__
__MODULE__.foo()
%__MODULE__{}

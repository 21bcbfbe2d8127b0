alias Foo.Bar
alias Foo.Bar, as: B
alias Foo.{Bar, Baz}
alias __MODULE__.{A, B.C}
import Foo, only: [a: 1, b: 2]
import Foo, except: [c: 0]
require Logger
use GenServer
use GenServer, restart: :temporary

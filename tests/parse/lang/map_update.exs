%{m | k: v}
%{m | "a" => 1}
%{m | a: 1, b: 2}
%{map | :a => 1}
%{state | count: state.count + 1}
%{foo(x) | a: 1}

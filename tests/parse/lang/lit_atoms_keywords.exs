[:true, :false, :nil, :do, :end, :fn, :when, :in, :not, :and, :or, :catch, :rescue, :after, :else]

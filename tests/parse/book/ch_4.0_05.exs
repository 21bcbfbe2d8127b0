{:ok, _} = Registry.start_link(keys: :duplicate, name: Registry.DupProcessStore)

{:ok, _} = Registry.register(Registry.DupProcessStore, "async_city", :hello)

{:ok, _} = Registry.register(Registry.DupProcessStore, "async_city", :world)

Registry.lookup(Registry.DupProcessStore, "async_city")

x.y
x.y()
x.y.z()
x.y(1).z
map.key.sub
@mod.fun()
state.pid

mod = Enum.at([NoSuchModule], 0)
mod.f(1)

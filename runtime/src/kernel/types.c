/* Type tests that need more than a tag check: is_function/2, is_struct, is_exception. */
#include "exc/kernel.h"

#include "exc/error.h"

exc_term exc_k_is_function2(exc_term t, exc_term arity)
{
    if (!exc_is_small(arity) || exc_small_val(arity) < 0) {
        exc_term args[2] = {t, arity};
        exc_error_bif("is_function", 2, args);
    }
    return exc_bool(exc_is_fun(t) && (int64_t)exc_fun_arity(t) == exc_small_val(arity));
}

static exc_term struct_name(exc_term t)
{
    if (!exc_is_map(t)) return EXC_NONE;
    exc_term s = exc_map_get(t, exc_atom("__struct__"));
    return s != EXC_NONE && exc_is_atom(s) ? s : EXC_NONE;
}

exc_term exc_k_is_struct(exc_term t) { return exc_bool(struct_name(t) != EXC_NONE); }

exc_term exc_k_is_struct2(exc_term t, exc_term name)
{
    exc_term s = struct_name(t);
    return exc_bool(s != EXC_NONE && s == name);
}

exc_term exc_k_is_exception(exc_term t) { return exc_bool(exc_is_exception(t)); }

/* Calls through the uniform convention from C: argument arrays, funs (with Elixir's
** BadFunctionError/BadArityError), apply/2,3 (also as tail-callable entry points) and
** captures of named functions. */
#include "exc/call.h"

#include <string.h>

#include "exc/alloc.h"
#include "exc/error.h"
#include "error/error_int.h"

/* Spreads n arguments over six register values and the overflow buffer. */
static void spread(exc_term r[EXC_REG_ARGS], size_t n, const exc_term *args)
{
    for (size_t i = 0; i < EXC_REG_ARGS; i++) r[i] = i < n ? args[i] : 0;
    if (n > EXC_REG_ARGS) memcpy(exc_xargs(), args + EXC_REG_ARGS, (n - EXC_REG_ARGS) * sizeof *args);
}

exc_term exc_call_code(exc_code code, size_t n, const exc_term *args)
{
    exc_term r[EXC_REG_ARGS];
    spread(r, n, args);
    return code(r[0], r[1], r[2], r[3], r[4], r[5]);
}

exc_term exc_fun_make(exc_code code, uint32_t arity, const exc_fun_info *info, uint32_t nfree)
{
    return exc_fun_new((void *)code, arity, info, nfree);
}

void exc_fun_call_error(exc_term f, uint32_t n, const exc_term *args)
{
    exc_term argl = exc_list_from_array(args, n);
    if (!exc_is_fun(f)) exc_error_badfun(f);
    if (exc_fun_arity(f) != n) exc_error_badarity(f, argl);
    const exc_fun_info *info = exc_fun_ptr(f)->info;
    exc_error_undef(exc_atom(info->module), exc_atom(info->name), argl);
}

void exc_fun_call_error_body(exc_term f, uint32_t n, const exc_term *args)
{
    exc_term value;
    if (!exc_is_fun(f)) value = exc_tuple2(exc_atom("badfun"), f);
    else if (exc_fun_arity(f) != n)
        value = exc_tuple2(exc_atom("badarity"), exc_tuple2(f, exc_list_from_array(args, n)));
    else exc_fun_call_error(f, n, args);
    exc_term st = exci_trace_capture(EXC_NIL_LIST);
    if (exc_is_cons(st)) st = exc_cons(exc_hd(st), st);
    exc_raise_kind(EXC_A(error), value, st);
}

/* The arguments followed by the fun itself (the lambda convention). */
static exc_term *with_fun(exc_term f, uint32_t n, const exc_term *args)
{
    exc_term *all = exc_alloc((n + 1) * sizeof *all);
    if (n) memcpy(all, args, n * sizeof *args);
    all[n] = f;
    return all;
}

exc_term exc_fun_call_array(exc_term f, uint32_t n, const exc_term *args)
{
    if (EXC_UNLIKELY(!exc_fun_ok(f, n))) exc_fun_call_error(f, n, args);
    if (n < EXC_REG_ARGS) {
        exc_term r[EXC_REG_ARGS] = {0};
        memcpy(r, args, n * sizeof *args);
        r[n] = f;
        return exc_fun_code(f)(r[0], r[1], r[2], r[3], r[4], r[5]);
    }
    return exc_call_code(exc_fun_code(f), n + 1, with_fun(f, n, args));
}

exc_term exc_fun_call(exc_term f, uint32_t n, ...)
{
    exc_term args[EXC_MAX_ARITY];
    va_list ap;
    va_start(ap, n);
    for (uint32_t i = 0; i < n && i < EXC_MAX_ARITY; i++) args[i] = va_arg(ap, exc_term);
    va_end(ap);
    return exc_fun_call_array(f, n, args);
}

/* The elements of an argument list, or badarg when it is not a proper list. */
static exc_term *list_args(exc_term args, size_t *n)
{
    exc_term *a = exc_list_to_array(args, n);
    if (!a || *n > EXC_MAX_ARITY) exc_error_badarg();
    return a;
}

exc_term exc_fun_apply(exc_term f, exc_term args)
{
    size_t n;
    exc_term *a = list_args(args, &n);
    return exc_fun_call_array(f, (uint32_t)n, a);
}

exc_term exc_fun_apply_tail(EXC_PARAMS)
{
    (void)a2, (void)a3, (void)a4, (void)a5;
    size_t n;
    exc_term f = a0, *a = list_args(a1, &n);
    if (EXC_UNLIKELY(!exc_fun_ok(f, (uint32_t)n))) exc_fun_call_error(f, (uint32_t)n, a);
    exc_term r[EXC_REG_ARGS];
    spread(r, n + 1, with_fun(f, (uint32_t)n, a));
    EXC_MUSTTAIL return exc_fun_code(f)(r[0], r[1], r[2], r[3], r[4], r[5]);
}

/* The code of mod.fun/n or an UndefinedFunctionError. */
static exc_code resolve(exc_term mod, exc_term fun, size_t n, exc_term args)
{
    exc_code c = exc_function_lookup(mod, fun, (uint32_t)n);
    if (!c) exc_error_undef(mod, fun, args);
    return c;
}

exc_term exc_apply(exc_term mod, exc_term fun, exc_term args)
{
    size_t n;
    exc_term *a = list_args(args, &n);
    return exc_call_code(resolve(mod, fun, n, args), n, a);
}

exc_term exc_apply_tail(EXC_PARAMS)
{
    (void)a3, (void)a4, (void)a5;
    size_t n;
    exc_term *a = list_args(a2, &n);
    exc_code c = resolve(a0, a1, n, a2);
    exc_term r[EXC_REG_ARGS];
    spread(r, n, a);
    EXC_MUSTTAIL return c(r[0], r[1], r[2], r[3], r[4], r[5]);
}

exc_term exc_capture(exc_term mod, exc_term fun, uint32_t arity)
{
    exc_fun_info *info = exc_alloc(sizeof *info);
    info->module = exc_atom_text(mod, NULL);
    info->name = exc_atom_text(fun, NULL);
    info->name_arity = arity;
    info->kind = EXC_FUN_EXTERNAL;
    return exc_fun_new((void *)exc_function_lookup(mod, fun, arity), arity, info, 0);
}

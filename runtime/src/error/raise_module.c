/* raise/1 and raise/2: building the exception struct (Mod.exception/1 from the module
** registry, or a built-in's defaults) and raising it with kind :error. */
#include "error/error_int.h"

#include "exc/call.h"

/* Kernel.raise is :erlang.error(e, :none, error_info: %{module: Exception}): the top
** frame's location gets that error_info. */
static EXC_NORETURN void raise_exception(exc_term e)
{
    /* Built once: a static the collector scans. */
    static exc_term info_tail;
    if (!info_tail) {
        exc_term info = exc_map_from_arrays((exc_term[]){exc_atom("module")},
                                            (exc_term[]){exc_atom("Elixir.Exception")}, 1);
        info_tail = exc_cons(exc_tuple2(exc_atom("error_info"), info), EXC_NIL_LIST);
    }
    exc_term st = exci_trace_capture(EXC_NIL_LIST);
    if (exc_is_cons(st)) {
        exc_term *t = exc_tuple_elems(exc_hd(st));
        exc_term loc = exc_list_append(t[3], info_tail);
        st = exc_cons(exc_tuple4(t[0], t[1], t[2], loc), exc_tl(st));
    }
    exc_raise_kind(EXC_A(error), e, st);
}

void exc_raise_message(exc_term msg)
{
    raise_exception(exci_err_make(EXCI_EXC_RuntimeError, 1, "message", msg));
}

/* Mod.exception(opts) for a built-in: a binary is the message, a keyword list sets
** fields. */
static exc_term builtin_exception(exc_term module, exc_term opts)
{
    if (exc_is_binary(opts))
        opts = exc_cons(exc_tuple2(exc_atom("message"), opts), EXC_NIL_LIST);
    return exc_exception_builtin(module, opts);
}

void exc_raise_module(exc_term module, exc_term opts)
{
    exc_code code = exc_function_lookup(module, exc_atom("exception"), 1);
    exc_term e;
    if (code) e = exc_call_code(code, 1, &opts);
    else if (exci_err_builtin_index(module) >= 0) e = builtin_exception(module, opts);
    else e = exc_apply(module, exc_atom("exception"), exc_cons(opts, EXC_NIL_LIST));
    raise_exception(e);
}

void exc_raise_value(exc_term v)
{
    if (exc_is_binary(v)) exc_raise_message(v);
    if (exc_is_atom(v)) exc_raise_module(v, EXC_NIL_LIST);
    if (exc_is_exception(v)) raise_exception(v);
    exci_sb sb = {0};
    exci_sb_puts(&sb, "raise/1 and reraise/2 expect a module name, string or exception as "
                      "the first argument, got: ");
    exci_sb_inspect(&sb, v);
    raise_exception(exci_err_make(EXCI_EXC_ArgumentError, 1, "message", exci_sb_binary(&sb)));
}

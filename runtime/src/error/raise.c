/* Raising Erlang error terms: the one place that turns (kind, value, stack) into a
** jump to the innermost catch frame or, uncaught, into the process's exit reason. */
#include "error/error_int.h"

#include "proc/proc.h"

void exc_raise_kind(exc_term kind, exc_term value, exc_term stack)
{
    exci_proc *p = exci_proc_cur;
    /* exc_raise knows no stack traces: the frame it lands in gets ours here. */
    if (p && p->catch_top) p->catch_top->stack = stack;
    exc_term reason = value;
    if (kind == EXC_A(error)) reason = exc_tuple2(value, stack);
    else if (kind == EXC_A(throw))
        reason = exc_tuple2(exc_tuple2(exc_atom("nocatch"), value), stack);
    exc_raise(kind, value, reason);
}

void exc_raise_trace(exc_term kind, exc_term value, exc_term head)
{
    exc_raise_kind(kind, value, exci_trace_capture(head));
}

void exc_error(exc_term value) { exc_raise_trace(EXC_A(error), value, EXC_NIL_LIST); }
void exc_throw(exc_term value) { exc_raise_trace(EXC_A(throw), value, EXC_NIL_LIST); }

static EXC_NORETURN void tagged(const char *tag, exc_term v)
{
    exc_error(exc_tuple2(exc_atom(tag), v));
}

void exc_error_badmatch(exc_term v) { tagged("badmatch", v); }
void exc_error_case_clause(exc_term v) { tagged("case_clause", v); }
void exc_error_try_clause(exc_term v) { tagged("try_clause", v); }
void exc_error_with_clause(exc_term v) { tagged("with_clause", v); }
void exc_error_badmap(exc_term v) { tagged("badmap", v); }
void exc_error_badfun(exc_term v) { tagged("badfun", v); }
void exc_error_badkey1(exc_term key) { tagged("badkey", key); }
void exc_error_cond_clause(void) { exc_error(exc_atom("cond_clause")); }
void exc_error_badarith(void) { exc_error(exc_atom("badarith")); }
void exc_error_badarg(void) { exc_error(EXC_A(badarg)); }

void exc_error_badkey(exc_term key, exc_term map)
{
    exc_error(exc_tuple3(exc_atom("badkey"), key, map));
}

void exc_error_badarity(exc_term fun, exc_term args)
{
    tagged("badarity", exc_tuple2(fun, args));
}

void exc_error_badbool(exc_term op, exc_term v)
{
    exc_error(exc_tuple3(exc_atom("badbool"), op, v));
}

void exc_error_badstruct(exc_term mod, exc_term v)
{
    exc_error(exc_tuple3(exc_atom("badstruct"), mod, v));
}

/* A one-frame stack trace [{mod, fun, args, location}]. */
static exc_term frame(exc_term mod, exc_term fun, exc_term args, exc_term loc)
{
    return exc_cons(exc_tuple4(mod, fun, args, loc), EXC_NIL_LIST);
}

/* BEAM's first frame is the function whose clauses failed, with the arguments in place
** of the arity and the location of its head; generated code raises this from that
** function, after a `#line` of its first clause, so the walk's first frame is it. */
void exc_error_function_clause(exc_term mod, exc_term fun, exc_term args)
{
    exc_term st = exci_trace_capture(EXC_NIL_LIST);
    exc_term *t = exc_is_cons(st) ? exc_tuple_elems(exc_hd(st)) : NULL;
    if (t && t[0] == mod && t[1] == fun)
        st = exc_cons(exc_tuple4(mod, fun, args, t[3]), exc_tl(st));
    else
        st = exci_trace_capture(frame(mod, fun, args, EXC_NIL_LIST));
    exc_raise_kind(EXC_A(error), exc_atom("function_clause"), st);
}

void exc_error_undef(exc_term mod, exc_term fun, exc_term args)
{
    exc_raise_trace(EXC_A(error), exc_atom("undef"), frame(mod, fun, args, EXC_NIL_LIST));
}

void exc_error_undef_tail(exc_term mod, exc_term fun, exc_term args)
{
    exc_term st = exci_trace_capture(EXC_NIL_LIST);
    if (exc_is_cons(st)) st = exc_tl(st);
    exc_raise_kind(EXC_A(error), exc_atom("undef"), exc_cons(exc_tuple4(mod, fun, args, EXC_NIL_LIST), st));
}

void exc_error_bif(const char *fun, int nargs, const exc_term *args)
{
    /* BEAM marks BIF frames with error_info so that normalisation can explain. */
    exc_term info = exc_map_from_arrays((exc_term[]){exc_atom("module")},
                                        (exc_term[]){exc_atom("erl_erts_errors")}, 1);
    exc_term loc = exc_cons(exc_tuple2(exc_atom("error_info"), info), EXC_NIL_LIST);
    exc_term argl = exc_list_from_array(args, (size_t)nargs);
    exc_raise_trace(EXC_A(error), EXC_A(badarg),
                    frame(exc_atom("erlang"), exc_atom(fun), argl, loc));
}

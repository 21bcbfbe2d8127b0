/* Exception.normalize/3: the exception struct for a raw Erlang error term, following
** ErlangError.normalize/2 of Elixir 1.14. */
#include "error/error_int.h"

#include <string.h>

static bool tagged(exc_term t, const char *tag, uint64_t arity)
{
    return exc_is_tuple(t) && exc_tuple_arity(t) == arity &&
           exc_tuple_elems(t)[0] == exc_atom(tag);
}

static exc_term el(exc_term t, int i) { return exc_tuple_elems(t)[i]; }

/* {mod, fun, arity} of the top frame, as Exception.normalize reads it. */
static void top_frame(exc_term stack, exc_term *m, exc_term *f, exc_term *a, exc_term *args)
{
    *m = *f = *a = *args = EXC_A_nil;
    if (!exc_is_cons(stack)) return;
    exc_term fr = exc_hd(stack);
    if (!exc_is_tuple(fr) || exc_tuple_arity(fr) != 4) return;
    *m = el(fr, 0);
    *f = el(fr, 1);
    exc_term x = el(fr, 2);
    int64_t len = exc_list_length(x);
    *a = len >= 0 ? exc_small(len) : x;
    if (len >= 0) *args = x;
}

/* The error_info map of the top frame's location, or EXC_NONE. */
static exc_term error_info(exc_term stack)
{
    if (!exc_is_cons(stack) || !exc_is_tuple(exc_hd(stack)) || exc_tuple_arity(exc_hd(stack)) != 4)
        return EXC_NONE;
    for (exc_term l = el(exc_hd(stack), 3); exc_is_cons(l); l = exc_tl(l))
        if (tagged(exc_hd(l), "error_info", 2) && exc_is_map(el(exc_hd(l), 1)))
            return el(exc_hd(l), 1);
    return EXC_NONE;
}

/* "construction of binary failed: segment N of type 'binary': expected a binary but
** got: V", from the cause {N, :binary, :type, V} of a failed <<>>. */
static exc_term bs_fail_message(exc_term info)
{
    if (info == EXC_NONE || exci_err_field(info, "function") != exc_atom("format_bs_fail"))
        return EXC_NONE;
    exc_term c = exci_err_field(info, "cause");
    if (!exc_is_tuple(c) || exc_tuple_arity(c) != 4) return EXC_NONE;
    exci_sb sb = {0};
    exci_sb_puts(&sb, "construction of binary failed: segment ");
    exci_sb_inspect(&sb, el(c, 0));
    exci_sb_puts(&sb, " of type '");
    exci_sb_puts(&sb, exc_atom_text(el(c, 1), NULL));
    exci_sb_puts(&sb, "': expected a binary but got: ");
    exci_sb_inspect(&sb, el(c, 3));
    return exci_sb_binary(&sb);
}

/* badarg: the BIF's explanation when the top frame carries error_info. */
static exc_term badarg(exc_term stack)
{
    exc_term m, f, a, args;
    top_frame(stack, &m, &f, &a, &args);
    exc_term msg = bs_fail_message(error_info(stack));
    if (msg != EXC_NONE) return exci_err_make(EXCI_EXC_ArgumentError, 1, "message", msg);
    if (m == exc_atom("erlang") && args != EXC_A_nil) msg = exci_err_bif_message(f, args);
    if (msg == EXC_NONE) return exci_err_make(EXCI_EXC_ArgumentError, 0);
    return exci_err_make(EXCI_EXC_ArgumentError, 1, "message", msg);
}

static exc_term from_frame(enum exci_exc e, exc_term stack)
{
    exc_term m, f, a, args;
    top_frame(stack, &m, &f, &a, &args);
    return exci_err_make(e, 3, "module", m, "function", f, "arity", a);
}

/* Atoms with a fixed exception. */
static exc_term simple(exc_term v, exc_term stack)
{
    const char *s = exc_atom_text(v, NULL);
    if (!strcmp(s, "badarg")) return badarg(stack);
    if (!strcmp(s, "badarith")) return exci_err_make(EXCI_EXC_ArithmeticError, 0);
    if (!strcmp(s, "system_limit")) return exci_err_make(EXCI_EXC_SystemLimitError, 0);
    if (!strcmp(s, "cond_clause")) return exci_err_make(EXCI_EXC_CondClauseError, 0);
    if (!strcmp(s, "undef")) return from_frame(EXCI_EXC_UndefinedFunctionError, stack);
    if (!strcmp(s, "function_clause")) return from_frame(EXCI_EXC_FunctionClauseError, stack);
    return EXC_NONE;
}

/* {tag, term} errors whose struct has a single :term field. */
static exc_term with_term(exc_term v)
{
    static const struct { const char *tag; enum exci_exc e; } t[] = {
        {"badmatch", EXCI_EXC_MatchError},       {"case_clause", EXCI_EXC_CaseClauseError},
        {"try_clause", EXCI_EXC_TryClauseError}, {"with_clause", EXCI_EXC_WithClauseError},
        {"badmap", EXCI_EXC_BadMapError},        {"badfun", EXCI_EXC_BadFunctionError},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (tagged(v, t[i].tag, 2)) return exci_err_make(t[i].e, 1, "term", el(v, 1));
    return EXC_NONE;
}

static exc_term tuples(exc_term v)
{
    exc_term r = with_term(v);
    if (r != EXC_NONE) return r;
    if (tagged(v, "badkey", 2)) return exci_err_make(EXCI_EXC_KeyError, 1, "key", el(v, 1));
    if (tagged(v, "badkey", 3) && !exc_is_map(el(v, 2))) {
        /* map.field on a non-map: Elixir explains the dot syntax at once. */
        exci_sb sb = {0};
        exci_sb_puts(&sb, "key ");
        exci_sb_inspect(&sb, el(v, 1));
        exci_sb_puts(&sb, " not found in: ");
        exci_sb_inspect(&sb, el(v, 2));
        exci_sb_puts(&sb, ". If you are using the dot syntax, such as map.field, make sure the "
                          "left-hand side of the dot is a map");
        return exci_err_make(EXCI_EXC_KeyError, 3, "key", el(v, 1), "term", el(v, 2), "message",
                             exci_sb_binary(&sb));
    }
    if (tagged(v, "badkey", 3))
        return exci_err_make(EXCI_EXC_KeyError, 2, "key", el(v, 1), "term", el(v, 2));
    if (tagged(v, "badarity", 2) && exc_is_tuple(el(v, 1)) && exc_tuple_arity(el(v, 1)) == 2)
        return exci_err_make(EXCI_EXC_BadArityError, 2, "function", el(el(v, 1), 0), "args",
                             el(el(v, 1), 1));
    if (tagged(v, "badbool", 3))
        return exci_err_make(EXCI_EXC_BadBooleanError, 2, "operator", el(v, 1), "term", el(v, 2));
    if (tagged(v, "badstruct", 3))
        return exci_err_make(EXCI_EXC_BadStructError, 2, "struct", el(v, 1), "term", el(v, 2));
    if (tagged(v, "badarg", 2)) {
        exci_sb sb = {0};
        exci_sb_puts(&sb, "argument error: ");
        exci_sb_inspect(&sb, el(v, 1));
        return exci_err_make(EXCI_EXC_ArgumentError, 1, "message", exci_sb_binary(&sb));
    }
    return EXC_NONE;
}

exc_term exc_exception_normalize(exc_term kind, exc_term value, exc_term stack)
{
    if (kind != EXC_A(error) || exc_is_exception(value)) return value;
    exc_term r = EXC_NONE;
    if (exc_is_atom(value)) r = simple(value, stack);
    else if (exc_is_tuple(value)) r = tuples(value);
    if (r == EXC_NONE) r = exci_err_make(EXCI_EXC_ErlangError, 1, "original", value);
    return r;
}

/* Exception.blame/3 for the exceptions whose uncaught report Elixir 1.14 enriches:
** KeyError and UndefinedFunctionError get "Did you mean:" suggestions (Jaro distance
** >= 0.77, at most 5), FunctionClauseError gets the arguments it was given. */
#include "error/error_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call/call_int.h"

#define THRESHOLD 0.77
#define MAX_SUGGESTIONS 5

typedef struct suggestion { double dist; exc_term name; uint32_t arity; } suggestion;

static int by_dist_desc(const suggestion *a, const suggestion *b) { return a->dist < b->dist; }

static int by_name(const suggestion *a, const suggestion *b)
{
    size_t la, lb;
    const char *ta = exc_atom_text(a->name, &la), *tb = exc_atom_text(b->name, &lb);
    int c = memcmp(ta, tb, la < lb ? la : lb);
    return c > 0 || (c == 0 && la > lb);
}

/* Enum.sort/2 is a stable merge sort: insertion sort keeps that (the lists are short).
** `after(a, b)` is true when a must come after b. */
static void stable_sort(suggestion *s, size_t n, int (*after)(const suggestion *, const suggestion *))
{
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && after(&s[j - 1], &s[j]); j--) {
            suggestion t = s[j];
            s[j] = s[j - 1];
            s[j - 1] = t;
        }
}

/* Sort by distance, keep the best five, list them by name. */
static size_t pick(suggestion *s, size_t n)
{
    stable_sort(s, n, by_dist_desc);
    if (n > MAX_SUGGESTIONS) n = MAX_SUGGESTIONS;
    stable_sort(s, n, by_name);
    return n;
}

static double distance(exc_term a, exc_term b)
{
    size_t la, lb;
    const char *ta = exc_atom_text(a, &la), *tb = exc_atom_text(b, &lb);
    return exci_err_jaro(ta, la, tb, lb);
}

/* ---- KeyError ------------------------------------------------------------------------ */

static bool atom_keys_only(exc_term t)
{
    if (exc_is_map(t)) {
        exc_map_iter it;
        exc_term k, v;
        exc_map_iter_init(&it, t);
        while (exc_map_iter_next(&it, &k, &v))
            if (!exc_is_atom(k)) return false;
        return true;
    }
    if (exc_list_length(t) < 0) return false;
    for (exc_term l = t; exc_is_cons(l); l = exc_tl(l)) {
        exc_term kv = exc_hd(l);
        if (!exc_is_tuple(kv) || exc_tuple_arity(kv) != 2 || !exc_is_atom(exc_tuple_elems(kv)[0])) return false;
    }
    return true;
}

static exc_term key_blame(exc_term e)
{
    if (exc_is_binary(exci_err_field(e, "message"))) return e;
    exc_term key = exci_err_field(e, "key"), term = exci_err_field(e, "term");
    exci_sb sb = {0};
    exci_sb_bin(&sb, exc_exception_message(e));
    if (term != EXC_A_nil && exc_is_atom(key) && atom_keys_only(term)) {
        exc_term keys = exc_is_map(term) ? exc_map_keys(term) : term;
        size_t n = 0, cap = (size_t)exc_list_length(keys);
        suggestion *s = malloc((cap + 1) * sizeof *s);
        for (exc_term l = keys; exc_is_cons(l); l = exc_tl(l)) {
            exc_term k = exc_is_map(term) ? exc_hd(l) : exc_tuple_elems(exc_hd(l))[0];
            double d = distance(key, k);
            if (d >= THRESHOLD) s[n++] = (suggestion){d, k, 0};
        }
        n = pick(s, n);
        if (n) exci_sb_puts(&sb, ". Did you mean:\n\n");
        for (size_t i = 0; i < n; i++) {
            exci_sb_puts(&sb, "      * ");
            exci_sb_inspect(&sb, s[i].name);
            exci_sb_puts(&sb, "\n");
        }
        free(s);
    }
    return exc_map_put(e, exc_atom("message"), exci_sb_binary(&sb));
}

/* ---- UndefinedFunctionError ----------------------------------------------------------- */

static void put_fun_suggestions(exci_sb *sb, exc_term mod, exc_term fun)
{
    exc_term names[512];
    uint32_t arities[512];
    size_t total = exci_call_exports(mod, names, arities, 512), n = 0;
    if (total > 512) total = 512;
    suggestion s[512];
    for (size_t i = 0; i < total; i++) /* the same name with other arities wins */
        if (names[i] == fun) s[n++] = (suggestion){1.0, names[i], arities[i]};
    if (n == 0)
        for (size_t i = 0; i < total; i++) {
            double d = distance(fun, names[i]);
            if (d >= THRESHOLD) s[n++] = (suggestion){d, names[i], arities[i]};
        }
    n = pick(s, n);
    if (n) exci_sb_puts(sb, ". Did you mean:\n\n");
    for (size_t i = 0; i < n; i++) {
        exci_sb tmp = {0};
        exci_sb_inspect(&tmp, s[i].name);
        exci_sb_puts(sb, "      * ");
        exci_sb_puts(sb, tmp.buf[0] == ':' ? tmp.buf + 1 : tmp.buf);
        char buf[16];
        snprintf(buf, sizeof buf, "/%u\n", s[i].arity);
        exci_sb_puts(sb, buf);
    }
}

static exc_term undef_blame(exc_term e)
{
    if (exc_is_binary(exci_err_field(e, "message"))) return e;
    exc_term mod = exci_err_field(e, "module"), arity = exci_err_field(e, "arity");
    exci_sb sb = {0};
    exci_sb_bin(&sb, exc_exception_message(e));
    if (mod == EXC_A_nil && arity == exc_small(0))
        exci_sb_puts(&sb, ". If you are using the dot syntax, such as module.function(), make sure "
                          "the left-hand side of the dot is a module atom");
    else if (exc_module_loaded(mod) && exc_is_atom(exci_err_field(e, "function")))
        put_fun_suggestions(&sb, mod, exci_err_field(e, "function"));
    return exc_map_put(e, exc_atom("message"), exci_sb_binary(&sb));
}

/* ---- FunctionClauseError --------------------------------------------------------------- */

static exc_term clause_blame(exc_term e, exc_term stack)
{
    if (exci_err_field(e, "args") != EXC_A_nil || !exc_is_cons(stack)) return e;
    exc_term fr = exc_hd(stack);
    if (!exc_is_tuple(fr) || exc_tuple_arity(fr) != 4) return e;
    exc_term *t = exc_tuple_elems(fr);
    if (t[0] != exci_err_field(e, "module") || t[1] != exci_err_field(e, "function") ||
        exc_list_length(t[2]) < 0)
        return e;
    return exc_map_put(e, exc_atom("args"), t[2]);
}

const char *exci_err_clause_blame(exc_term e)
{
    exc_term args = exci_err_field(e, "args");
    if (!exc_is_list(args)) return "";
    exci_sb sb = {0};
    exci_sb_puts(&sb, "\n\nThe following arguments were given to ");
    exci_sb_bin(&sb, exc_format_mfa(exci_err_field(e, "module"), exci_err_field(e, "function"),
                                    exci_err_field(e, "arity")));
    exci_sb_puts(&sb, ":\n");
    int i = 1;
    for (exc_term l = args; exc_is_cons(l); l = exc_tl(l), i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "\n    # %d\n    ", i);
        exci_sb_puts(&sb, buf);
        exci_sb arg = {0};
        exci_sb_inspect(&arg, exc_hd(l));
        for (size_t k = 0; k < arg.len; k++) /* multi-line values stay indented */
            exci_sb_put(&sb, arg.buf[k] == '\n' ? "\n    " : &arg.buf[k], arg.buf[k] == '\n' ? 5 : 1);
        exci_sb_puts(&sb, "\n");
    }
    return sb.buf;
}

/* ---- ArithmeticError: the failed operation, from the BIF frame ------------------------- */

static bool in(const char *s, const char *const *set)
{
    for (; *set; set++)
        if (!strcmp(s, *set)) return true;
    return false;
}

static exc_term arith_blame(exc_term e, exc_term stack)
{
    exc_term msg = exci_err_field(e, "message");
    if (!exc_is_binary(msg) || !exc_is_cons(stack) || !exc_is_tuple(exc_hd(stack))) return e;
    exc_term *t = exc_tuple_elems(exc_hd(stack));
    if (exc_tuple_arity(exc_hd(stack)) != 4 || t[0] != exc_atom("erlang") || !exc_is_atom(t[1])) return e;
    static const char *const unary[] = {"+", "-", NULL}, *const binary[] = {"+", "-", "*", "/", NULL};
    static const char *const funs[] = {"div", "rem", NULL};
    static const char *const bitwise[] = {"band", "bor", "bxor", "bsl", "bsr", NULL};
    const char *f = exc_atom_text(t[1], NULL);
    int64_t n = exc_list_length(t[2]);
    exc_term a = n >= 1 ? exc_hd(t[2]) : 0, b = n >= 2 ? exc_hd(exc_tl(t[2])) : 0;
    exci_sb sb = {0};
    exci_sb_bin(&sb, msg);
    if (n == 1 && in(f, unary)) {
        exci_sb_puts(&sb, ": "), exci_sb_puts(&sb, f), exci_sb_puts(&sb, "(");
        exci_sb_inspect(&sb, a), exci_sb_puts(&sb, ")");
    } else if (n == 2 && in(f, binary)) {
        exci_sb_puts(&sb, ": "), exci_sb_inspect(&sb, a), exci_sb_puts(&sb, " ");
        exci_sb_puts(&sb, f), exci_sb_puts(&sb, " "), exci_sb_inspect(&sb, b);
    } else if (n == 2 && (in(f, funs) || in(f, bitwise))) {
        exci_sb_puts(&sb, in(f, funs) ? ": " : ": Bitwise."), exci_sb_puts(&sb, f);
        exci_sb_puts(&sb, "("), exci_sb_inspect(&sb, a), exci_sb_puts(&sb, ", ");
        exci_sb_inspect(&sb, b), exci_sb_puts(&sb, ")");
    } else if (n == 1 && !strcmp(f, "bnot")) {
        exci_sb_puts(&sb, ": Bitwise.bnot("), exci_sb_inspect(&sb, a), exci_sb_puts(&sb, ")");
    } else {
        return e;
    }
    return exc_map_put(e, exc_atom("message"), exci_sb_binary(&sb));
}

exc_term exc_exception_blame(exc_term e, exc_term stack)
{
    switch (exci_err_builtin_index(exci_err_field(e, "__struct__"))) {
    case EXCI_EXC_ArithmeticError: return arith_blame(e, stack);
    case EXCI_EXC_KeyError: return key_blame(e);
    case EXCI_EXC_UndefinedFunctionError: return undef_blame(e);
    case EXCI_EXC_FunctionClauseError: return clause_blame(e, stack);
    default: return e;
    }
}

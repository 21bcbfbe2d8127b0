/* Explanations of BIF badarg errors, as Erlang's erl_erts_errors gives them to
** ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument:
** not a tuple\n". The per-BIF rules are the X-macro list bif_errors.def. */
#include "error/error_int.h"

#include <string.h>

enum bif_check {
    BIF_ANY, BIF_ATOM, BIF_BINARY, BIF_BITSTRING, BIF_INTEGER, BIF_FLOAT, BIF_NUMBER, BIF_TUPLE,
    BIF_LIST, BIF_NONEMPTY_LIST, BIF_PID, BIF_PID_OR_PORT, BIF_REFERENCE, BIF_FUN, BIF_BASE,
    BIF_IODATA, BIF_IOLIST, BIF_CHARDATA,
};

static const char *const check_reason[] = {
    [BIF_ATOM] = "not an atom", [BIF_BINARY] = "not a binary", [BIF_BITSTRING] = "not a bitstring",
    [BIF_INTEGER] = "not an integer", [BIF_FLOAT] = "not a float", [BIF_NUMBER] = "not a number",
    [BIF_TUPLE] = "not a tuple", [BIF_LIST] = "not a list", [BIF_NONEMPTY_LIST] = "not a nonempty list",
    [BIF_PID] = "not a pid", [BIF_PID_OR_PORT] = "not a pid or port", [BIF_REFERENCE] = "not a reference",
    [BIF_FUN] = "not a fun", [BIF_BASE] = "not an integer in the range 2 through 36",
    [BIF_IODATA] = "not an iodata term", [BIF_IOLIST] = "not an iolist term",
    [BIF_CHARDATA] = "not valid character data (an iodata term)",
};

typedef struct bif_rule {
    const char *name;
    size_t arity;
    enum bif_check check[3];
    int value_arg;
    const char *value_reason;
} bif_rule;

static const bif_rule rules[] = {
#define EXC_BIF_ERROR(name, arity, c1, c2, c3, varg, vreason) {name, arity, {c1, c2, c3}, varg, vreason},
#include "error/bif_errors.def"
#undef EXC_BIF_ERROR
};

/* iodata: a binary, or a list of bytes, binaries and iodata, with a binary or [] tail. */
static bool is_iodata(exc_term t, bool chars)
{
    if (exc_is_binary(t)) return true;
    while (exc_is_cons(t)) {
        exc_term h = exc_hd(t);
        if (exc_is_small(h)) {
            int64_t v = exc_small_val(h);
            if (v < 0 || v > (chars ? 0x10FFFF : 255)) return false;
        } else if (!is_iodata(h, chars)) {
            return false;
        }
        t = exc_tl(t);
    }
    return t == EXC_NIL_LIST || exc_is_binary(t);
}

static bool passes(enum bif_check c, exc_term t)
{
    switch (c) {
    case BIF_ANY: return true;
    case BIF_ATOM: return exc_is_atom(t);
    case BIF_BINARY: return exc_is_binary(t);
    case BIF_BITSTRING: return exc_is_bitstring(t);
    case BIF_INTEGER: return exc_is_integer(t);
    case BIF_FLOAT: return exc_is_float(t);
    case BIF_NUMBER: return exc_is_number(t);
    case BIF_TUPLE: return exc_is_tuple(t);
    case BIF_LIST: return exc_list_length(t) >= 0;
    case BIF_NONEMPTY_LIST: return exc_is_cons(t);
    case BIF_PID: case BIF_PID_OR_PORT: return exc_is_pid(t);
    case BIF_REFERENCE: return exc_is_ref(t);
    case BIF_FUN: return exc_is_fun(t);
    case BIF_BASE: return exc_is_small(t) && exc_small_val(t) >= 2 && exc_small_val(t) <= 36;
    case BIF_IODATA: return is_iodata(t, false);
    case BIF_IOLIST: return exc_is_list(t) && is_iodata(t, false);
    case BIF_CHARDATA: return is_iodata(t, true);
    }
    return true;
}

/* Per-argument problems; NULL means the argument is fine. */
typedef struct why { const char *arg[3]; } why;

/* element(N, T) / setelement(N, T, V): 1-based index into a tuple. */
static why index_rule(exc_term n, exc_term t)
{
    why w = {{NULL, NULL, NULL}};
    if (!exc_is_integer(n)) w.arg[0] = "not an integer";
    else if (exc_integer_sign(n) < 1) w.arg[0] = "out of range";
    if (!exc_is_tuple(t)) w.arg[1] = "not a tuple";
    else if (exc_is_integer(n) && (!exc_is_small(n) || (uint64_t)exc_small_val(n) > exc_tuple_arity(t)))
        w.arg[0] = "out of range";
    return w;
}

/* binary_part(Bin, Start, Len): which bound is out of the binary. */
static why part_rule(const exc_term *a)
{
    why w = {{NULL, NULL, NULL}};
    if (!exc_is_binary(a[0])) w.arg[0] = "not a binary";
    if (!exc_is_integer(a[1])) w.arg[1] = "not an integer";
    if (!exc_is_integer(a[2])) w.arg[2] = "not an integer";
    if (w.arg[0] || w.arg[1] || w.arg[2]) return w;
    int64_t size = (int64_t)exc_binary_size(a[0]), start, len;
    if (!exc_integer_to_i64(a[1], &start) || start < 0 || start > size) w.arg[1] = "out of range";
    else if (!exc_integer_to_i64(a[2], &len) || start + len < 0 || start + len > size) w.arg[2] = "out of range";
    return w;
}

static why flag_rule(exc_term flag)
{
    static const char *const flags[] = {"trap_exit", "priority", "error_handler", "min_heap_size",
                                        "min_bin_vheap_size", "max_heap_size", "message_queue_data",
                                        "save_calls", "sensitive", NULL};
    why w = {{"invalid process flag", NULL, NULL}};
    for (int i = 0; exc_is_atom(flag) && flags[i]; i++)
        if (!strcmp(exc_atom_text(flag, NULL), flags[i])) w.arg[0] = NULL, w.arg[1] = "invalid value for this process flag";
    return w;
}

static why table_rule(const bif_rule *r, const exc_term *a)
{
    why w = {{NULL, NULL, NULL}};
    bool any = false;
    for (size_t i = 0; i < r->arity && i < 3; i++)
        if (!passes(r->check[i], a[i])) w.arg[i] = check_reason[r->check[i]], any = true;
    if (!any && r->value_arg > 0) w.arg[r->value_arg - 1] = r->value_reason;
    return w;
}

static why explain(const char *f, const exc_term *a, size_t n)
{
    if ((!strcmp(f, "element") && n == 2) || (!strcmp(f, "setelement") && n == 3))
        return index_rule(a[0], a[1]);
    if (!strcmp(f, "binary_part") && n == 3) return part_rule(a);
    if (!strcmp(f, "process_flag") && n == 2) return flag_rule(a[0]);
    if (!strcmp(f, "is_function") && n == 2)
        return (why){{NULL, exc_is_integer(a[1]) ? "out of range" : "not an integer", NULL}};
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (rules[i].arity == n && !strcmp(rules[i].name, f)) return table_rule(&rules[i], a);
    return (why){{NULL, NULL, NULL}};
}

exc_term exci_err_bif_message(exc_term fun, exc_term args)
{
    size_t n;
    exc_term *a = exc_list_to_array(args, &n);
    if (!a || n > 3) return EXC_NONE;
    why w = explain(exc_atom_text(fun, NULL), a, n);
    static const char *const nth[] = {"1st", "2nd", "3rd"};
    exci_sb sb = {0};
    exci_sb_puts(&sb, "errors were found at the given arguments:\n\n");
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        if (!w.arg[i]) continue;
        any = true;
        exci_sb_puts(&sb, "  * ");
        exci_sb_puts(&sb, nth[i]);
        exci_sb_puts(&sb, " argument: ");
        exci_sb_puts(&sb, w.arg[i]);
        exci_sb_puts(&sb, "\n");
    }
    return any ? exci_sb_binary(&sb) : EXC_NONE;
}

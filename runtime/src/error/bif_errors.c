/* Explanations of BIF badarg errors, as Erlang's erl_erts_errors gives them to
** ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument:
** not a tuple\n". One rule per BIF the runtime implements in C. */
#include "error/error_int.h"

#include <string.h>

/* Per-argument problems; NULL means the argument is fine. */
typedef struct why { const char *arg[3]; } why;

static bool is_tuple(exc_term t) { return exc_is_tuple(t); }

/* element(N, T) / setelement(N, T, V): 1-based index into a tuple. */
static why index_rule(exc_term n, exc_term t)
{
    why w = {{NULL, NULL, NULL}};
    if (!exc_is_integer(n)) w.arg[0] = "not an integer";
    else if (exc_integer_sign(n) < 1) w.arg[0] = "out of range";
    if (!is_tuple(t)) w.arg[1] = "not a tuple";
    else if (exc_is_integer(n) && (!exc_is_small(n) || (uint64_t)exc_small_val(n) > exc_tuple_arity(t)))
        w.arg[0] = "out of range";
    return w;
}

static why one(const char *reason)
{
    why w = {{reason, NULL, NULL}};
    return w;
}

static why explain(const char *f, const exc_term *a, size_t n)
{
    if ((!strcmp(f, "element") && n == 2) || (!strcmp(f, "setelement") && n == 3))
        return index_rule(a[0], a[1]);
    if (!strcmp(f, "hd") || !strcmp(f, "tl")) return one("not a nonempty list");
    if (!strcmp(f, "length") || !strcmp(f, "list_to_tuple")) return one("not a list");
    if (!strcmp(f, "tuple_size") || !strcmp(f, "tuple_to_list") ||
        !strcmp(f, "append_element"))
        return one("not a tuple");
    if (!strcmp(f, "abs") || !strcmp(f, "round") || !strcmp(f, "trunc") ||
        !strcmp(f, "float"))
        return one("not a number");
    if (!strcmp(f, "atom_to_binary")) return one("not an atom");
    if (!strcmp(f, "byte_size") || !strcmp(f, "bit_size")) return one("not a bitstring");
    if (!strcmp(f, "integer_to_binary")) return one("not an integer");
    if (!strcmp(f, "binary_to_atom")) return one("not a binary");
    if (!strcmp(f, "make_tuple")) return one("out of range");
    if (!strcmp(f, "put_chars") && n == 2)
        return (why){{NULL, "not valid character data (an iodata term)", NULL}};
    if (!strcmp(f, "is_function") && n == 2)
        return (why){{NULL, exc_is_integer(a[1]) ? "out of range" : "not an integer", NULL}};
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

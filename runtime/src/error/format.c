/* Exception.format_banner/format/format_exit/format_mfa and the stack-trace lines,
** worded as Elixir 1.14 does. */
#include "error/error_int.h"

#include <string.h>

/* Macro.inspect_atom(:remote_call, fun): inspect without the leading colon. */
static void put_fun_name(exci_sb *sb, exc_term fun)
{
    exci_sb tmp = {0};
    exci_sb_inspect(&tmp, fun);
    const char *s = tmp.buf;
    exci_sb_puts(sb, s[0] == ':' ? s + 1 : s);
}

static void put_arity(exci_sb *sb, exc_term arity)
{
    if (exc_is_list(arity)) {
        exci_sb_puts(sb, "(");
        for (exc_term l = arity; exc_is_cons(l); l = exc_tl(l)) {
            exci_sb_inspect(sb, exc_hd(l));
            if (exc_is_cons(exc_tl(l))) exci_sb_puts(sb, ", ");
        }
        exci_sb_puts(sb, ")");
    } else {
        exci_sb_puts(sb, "/");
        exci_sb_inspect(sb, arity);
    }
}

/* "-outer/arity-fun-N-" (an Erlang lambda's name): the "outer/arity" part. */
static bool anonymous_parent(exc_term fun, const char **outer, size_t *n)
{
    if (!exc_is_atom(fun)) return false;
    const char *s = exc_atom_text(fun, NULL);
    if (s[0] != '-') return false;
    const char *e = strstr(s + 1, "-fun-");
    if (!e) return false;
    *outer = s + 1;
    *n = (size_t)(e - s - 1);
    return true;
}

exc_term exc_format_mfa(exc_term mod, exc_term fun, exc_term arity)
{
    exci_sb sb = {0};
    const char *outer;
    size_t n;
    if (anonymous_parent(fun, &outer, &n)) {
        exci_sb_puts(&sb, "anonymous fn");
        put_arity(&sb, arity);
        exci_sb_puts(&sb, " in ");
        exci_sb_inspect(&sb, mod);
        exci_sb_puts(&sb, ".");
        size_t name_len = n;
        while (name_len > 0 && outer[name_len - 1] != '/') name_len--;
        name_len = name_len ? name_len - 1 : n;
        put_fun_name(&sb, exc_atom_n(outer, name_len));
        exci_sb_put(&sb, outer + name_len, n - name_len);
    } else {
        exci_sb_inspect(&sb, mod);
        exci_sb_puts(&sb, ".");
        put_fun_name(&sb, fun);
        put_arity(&sb, arity);
    }
    return exci_sb_binary(&sb);
}

/* "file:line: " from a location keyword list (file is a charlist or binary). */
static void put_location(exci_sb *sb, exc_term loc)
{
    exc_term file = EXC_A_nil, line = EXC_A_nil;
    for (exc_term l = loc; exc_is_cons(l); l = exc_tl(l)) {
        exc_term kv = exc_hd(l);
        if (!exc_is_tuple(kv) || exc_tuple_arity(kv) != 2) continue;
        if (exc_tuple_elems(kv)[0] == exc_atom("file")) file = exc_tuple_elems(kv)[1];
        if (exc_tuple_elems(kv)[0] == exc_atom("line")) line = exc_tuple_elems(kv)[1];
    }
    if (file == EXC_A_nil) return;
    if (exc_is_binary(file)) exci_sb_bin(sb, file);
    else
        for (exc_term l = file; exc_is_cons(l); l = exc_tl(l)) {
            char c = (char)exc_small_val(exc_hd(l));
            exci_sb_put(sb, &c, 1);
        }
    exci_sb_puts(sb, ":");
    if (exc_is_small(line) && exc_small_val(line) != 0) {
        exci_sb_inspect(sb, line);
        exci_sb_puts(sb, ":");
    }
    exci_sb_puts(sb, " ");
}

/* Exception.format_stacktrace_entry/1 for {m, f, a, loc} frames. */
static void put_entry(exci_sb *sb, exc_term e)
{
    if (exc_is_tuple(e) && exc_tuple_arity(e) == 4) {
        exc_term *t = exc_tuple_elems(e);
        put_location(sb, t[3]);
        /* A script's top level is the function __FILE__/1 of its compiled module. */
        if (t[1] == exc_atom("__FILE__") && t[2] == exc_small(1)) exci_sb_puts(sb, "(file)");
        /* and a module's body its __MODULE__/1 (Exception.format_mfa's rule). */
        else if (t[1] == exc_atom("__MODULE__") && t[2] == exc_small(1)) exci_sb_puts(sb, "(module)");
        else exci_sb_bin(sb, exc_format_mfa(t[0], t[1], t[2]));
    } else {
        exci_sb_inspect(sb, e);
    }
}

void exci_err_format_stack(exci_sb *sb, exc_term stack, const char *indent)
{
    for (exc_term l = stack; exc_is_cons(l); l = exc_tl(l)) {
        exci_sb_puts(sb, indent);
        put_entry(sb, exc_hd(l));
        if (exc_is_cons(exc_tl(l))) exci_sb_puts(sb, "\n");
    }
}

static void put_banner(exci_sb *sb, exc_term kind, exc_term value, exc_term stack);

static bool is_stack(exc_term s)
{
    if (!exc_is_cons(s) || exc_list_length(s) < 0) return false;
    for (exc_term l = s; exc_is_cons(l); l = exc_tl(l)) {
        exc_term e = exc_hd(l);
        if (!exc_is_tuple(e) || exc_tuple_arity(e) != 4) return false;
    }
    return true;
}

/* format_exit_reason/1: the fixed wordings, else inspect. */
static void put_exit_reason(exci_sb *sb, exc_term r)
{
    static const char *const words[][2] = {
        {"normal", "normal"}, {"shutdown", "shutdown"}, {"calling_self", "process attempted to call itself"},
        {"timeout", "time out"}, {"killed", "killed"}, {"noconnection", "no connection"},
        {"noproc", "no process: the process is not alive or there's no process currently "
                   "associated with the given name, possibly because its application isn't started"},
    };
    if (exc_is_atom(r))
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
            if (!strcmp(exc_atom_text(r, NULL), words[i][0])) return exci_sb_puts(sb, words[i][1]);
    if (exc_is_tuple(r) && exc_tuple_arity(r) == 2 && exc_tuple_elems(r)[0] == exc_atom("shutdown")) {
        exci_sb_puts(sb, "shutdown: ");
        exci_sb_inspect(sb, exc_tuple_elems(r)[1]);
        return;
    }
    exci_sb_inspect(sb, r);
}

static void put_exit(exci_sb *sb, exc_term r, const char *joiner)
{
    exc_term *t = exc_is_tuple(r) && exc_tuple_arity(r) == 2 ? exc_tuple_elems(r) : NULL;
    if (t && is_stack(t[1])) {
        exci_sb_puts(sb, "an exception was raised:");
        exci_sb_puts(sb, joiner);
        put_banner(sb, EXC_A(error), t[0], t[1]);
        exci_sb ind = {0};
        exci_sb_puts(&ind, joiner);
        exci_sb_puts(&ind, "    ");
        for (exc_term l = t[1]; exc_is_cons(l); l = exc_tl(l)) {
            exci_sb_puts(sb, ind.buf);
            put_entry(sb, exc_hd(l));
        }
        return;
    }
    exc_term *mfa = t && exc_is_tuple(t[1]) && exc_tuple_arity(t[1]) == 3 ? exc_tuple_elems(t[1]) : NULL;
    if (mfa && exc_is_atom(mfa[0]) && exc_is_atom(mfa[1]) && exc_list_length(mfa[2]) >= 0) {
        exci_sb_puts(sb, "exited in: ");
        exci_sb_bin(sb, exc_format_mfa(mfa[0], mfa[1], mfa[2]));
        exci_sb_puts(sb, joiner);
        exci_sb_puts(sb, "** (EXIT) ");
        exci_sb deeper = {0};
        exci_sb_puts(&deeper, joiner);
        exci_sb_puts(&deeper, "    ");
        put_exit(sb, t[0], deeper.buf);
        return;
    }
    put_exit_reason(sb, r);
}

static void put_banner(exci_sb *sb, exc_term kind, exc_term value, exc_term stack)
{
    if (kind == EXC_A(error)) {
        exc_term e = exc_exception_normalize(kind, value, stack);
        exci_sb_puts(sb, "** (");
        exci_sb_inspect(sb, exci_err_field(e, "__struct__"));
        exci_sb_puts(sb, ") ");
        exc_term msg = exc_exception_message(e);
        if (exc_is_binary(msg)) exci_sb_bin(sb, msg);
        else exci_sb_inspect(sb, msg);
    } else if (kind == EXC_A(throw)) {
        exci_sb_puts(sb, "** (throw) ");
        exci_sb_inspect(sb, value);
    } else {
        exci_sb_puts(sb, "** (exit) ");
        put_exit(sb, value, "\n    ");
    }
}

exc_term exc_format_banner(exc_term kind, exc_term value, exc_term stack)
{
    exci_sb sb = {0};
    put_banner(&sb, kind, value, stack);
    return exci_sb_binary(&sb);
}

exc_term exc_format_error(exc_term kind, exc_term value, exc_term stack)
{
    exci_sb sb = {0};
    put_banner(&sb, kind, value, stack);
    if (exc_is_cons(stack)) {
        exci_sb_puts(&sb, "\n");
        exci_err_format_stack(&sb, stack, "    ");
        exci_sb_puts(&sb, "\n");
    }
    return exci_sb_binary(&sb);
}

exc_term exc_format_exit(exc_term reason)
{
    exci_sb sb = {0};
    put_exit(&sb, reason, "\n    ");
    return exci_sb_binary(&sb);
}

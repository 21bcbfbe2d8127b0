/* Exception.message/1: the built-in exceptions' messages exactly as Elixir 1.14 words
** them, and dispatch to Mod.message/1 for exceptions defined by programs. */
#include "error/error_int.h"

#include <stdio.h>

#include "exc/call.h"

static exc_term F(exc_term e, const char *k) { return exci_err_field(e, k); }

/* "prefix" <> inspect(field). */
static exc_term prefixed(const char *prefix, exc_term v)
{
    exci_sb sb = {0};
    exci_sb_puts(&sb, prefix);
    exci_sb_inspect(&sb, v);
    return exci_sb_binary(&sb);
}

static exc_term key_error(exc_term e)
{
    if (exc_is_binary(F(e, "message"))) return F(e, "message");
    exci_sb sb = {0};
    exci_sb_puts(&sb, "key ");
    exci_sb_inspect(&sb, F(e, "key"));
    exci_sb_puts(&sb, " not found");
    if (F(e, "term") != EXC_A_nil) {
        exci_sb_puts(&sb, " in: ");
        exci_sb_inspect(&sb, F(e, "term"));
    }
    return exci_sb_binary(&sb);
}

static exc_term bad_arity(exc_term e)
{
    exc_term fun = F(e, "function"), args = F(e, "args");
    int64_t n = exc_list_length(args);
    exci_sb sb = {0};
    exci_sb_inspect(&sb, fun);
    exci_sb_puts(&sb, " with arity ");
    char buf[64];
    snprintf(buf, sizeof buf, "%u", exc_is_fun(fun) ? exc_fun_arity(fun) : 0u);
    exci_sb_puts(&sb, buf);
    if (n <= 0) {
        exci_sb_puts(&sb, " called with no arguments");
        return exci_sb_binary(&sb);
    }
    snprintf(buf, sizeof buf, " called with %lld argument%s (", (long long)n, n == 1 ? "" : "s");
    exci_sb_puts(&sb, buf);
    for (exc_term l = args; exc_is_cons(l); l = exc_tl(l)) {
        exci_sb_inspect(&sb, exc_hd(l));
        if (exc_is_cons(exc_tl(l))) exci_sb_puts(&sb, ", ");
    }
    exci_sb_puts(&sb, ")");
    return exci_sb_binary(&sb);
}

static exc_term undefined_function(exc_term e)
{
    if (exc_is_binary(F(e, "message"))) return F(e, "message");
    exc_term m = F(e, "module");
    exci_sb sb = {0};
    exci_sb_puts(&sb, "function ");
    exci_sb_bin(&sb, exc_format_mfa(m, F(e, "function"), F(e, "arity")));
    if (m == EXC_A_nil) {
        exci_sb_puts(&sb, " is undefined");
    } else if (exc_module_loaded(m)) {
        exci_sb_puts(&sb, " is undefined or private");
    } else {
        exci_sb_puts(&sb, " is undefined (module ");
        exci_sb_inspect(&sb, m);
        exci_sb_puts(&sb, " is not available)");
    }
    return exci_sb_binary(&sb);
}

/* The type name Protocol.UndefinedError shows for a value. */
static const char *type_name(exc_term v)
{
    if (exc_is_atom(v)) return "Atom";
    if (exc_is_integer(v)) return "Integer";
    if (exc_is_float(v)) return "Float";
    if (exc_is_list(v)) return "List";
    if (exc_is_tuple(v)) return "Tuple";
    if (exc_is_map(v)) return "Map";
    if (exc_is_bitstring(v)) return "BitString";
    if (exc_is_fun(v)) return "Function";
    if (exc_is_pid(v)) return "PID";
    return "Reference";
}

static exc_term protocol_undefined(exc_term e)
{
    exc_term v = F(e, "value"), d = F(e, "description");
    exci_sb sb = {0};
    exci_sb_puts(&sb, "protocol ");
    exci_sb_inspect(&sb, F(e, "protocol"));
    exci_sb_puts(&sb, " not implemented for ");
    exci_sb_inspect(&sb, v);
    exci_sb_puts(&sb, " of type ");
    exc_term st = exci_err_field(v, "__struct__");
    if (exc_is_map(v) && exc_is_atom(st) && st != EXC_A_nil) {
        exci_sb_inspect(&sb, st);
        exci_sb_puts(&sb, " (a struct)");
    } else {
        exci_sb_puts(&sb, type_name(v));
    }
    if (exc_is_binary(d) && exc_binary_size(d) > 0) {
        exci_sb_puts(&sb, ", ");
        exci_sb_bin(&sb, d);
    }
    return exci_sb_binary(&sb);
}

static exc_term bad_boolean(exc_term e)
{
    exci_sb sb = {0};
    exci_sb_puts(&sb, "expected a boolean on left-side of \"");
    size_t n;
    const char *op = exc_is_atom(F(e, "operator")) ? exc_atom_text(F(e, "operator"), &n) : "";
    exci_sb_puts(&sb, op);
    exci_sb_puts(&sb, "\", got: ");
    exci_sb_inspect(&sb, F(e, "term"));
    return exci_sb_binary(&sb);
}

static exc_term bad_struct(exc_term e)
{
    exci_sb sb = {0};
    exci_sb_puts(&sb, "expected a struct named ");
    exci_sb_inspect(&sb, F(e, "struct"));
    exci_sb_puts(&sb, ", got: ");
    exci_sb_inspect(&sb, F(e, "term"));
    return exci_sb_binary(&sb);
}

/* :file.format_error/1 of the posix reasons the file functions return (Erlang's
** erl_posix_msg wording, which is not always strerror's). */
static const char *posix_text(exc_term reason)
{
    static const char *const tab[][2] = {
        {"enoent", "no such file or directory"}, {"eacces", "permission denied"},
        {"eexist", "file already exists"},       {"eisdir", "illegal operation on a directory"},
        {"enotdir", "not a directory"},          {"enospc", "no space left on device"},
        {"erofs", "read-only file system"},      {"emfile", "too many open files"},
        {"eio", "I/O error"},                    {"ebadf", "bad file number"},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (reason == exc_atom(tab[i][0])) return tab[i][1];
    return NULL;
}

/* File.Error: could not <action> <inspect(path)>: <format_error(reason)> */
static exc_term file_error(exc_term e)
{
    exci_sb sb = {0};
    exci_sb_puts(&sb, "could not ");
    exci_sb_bin(&sb, F(e, "action"));
    exci_sb_puts(&sb, " ");
    exci_sb_inspect(&sb, F(e, "path"));
    exci_sb_puts(&sb, ": ");
    const char *t = posix_text(F(e, "reason"));
    if (t) exci_sb_puts(&sb, t);
    else exci_sb_inspect(&sb, F(e, "reason"));
    return exci_sb_binary(&sb);
}

static exc_term builtin_message(int i, exc_term e)
{
    switch ((enum exci_exc)i) {
    case EXCI_EXC_BadArityError: return bad_arity(e);
    case EXCI_EXC_BadBooleanError: return bad_boolean(e);
    case EXCI_EXC_BadFunctionError: return prefixed("expected a function, got: ", F(e, "term"));
    case EXCI_EXC_BadMapError: return prefixed("expected a map, got: ", F(e, "term"));
    case EXCI_EXC_BadStructError: return bad_struct(e);
    case EXCI_EXC_CaseClauseError: return prefixed("no case clause matching: ", F(e, "term"));
    case EXCI_EXC_CondClauseError: return exc_binary_cstr("no cond clause evaluated to a truthy value");
    case EXCI_EXC_ErlangError: return prefixed("Erlang error: ", F(e, "original"));
    case EXCI_EXC_FunctionClauseError: {
        if (F(e, "function") == EXC_A_nil) return exc_binary_cstr("no function clause matches");
        exci_sb sb = {0};
        exci_sb_puts(&sb, "no function clause matching in ");
        exci_sb_bin(&sb, exc_format_mfa(F(e, "module"), F(e, "function"), F(e, "arity")));
        exci_sb_puts(&sb, exci_err_clause_blame(e));
        return exci_sb_binary(&sb);
    }
    case EXCI_EXC_KeyError: return key_error(e);
    case EXCI_EXC_MatchError: return prefixed("no match of right hand side value: ", F(e, "term"));
    case EXCI_EXC_TryClauseError: return prefixed("no try clause matching: ", F(e, "term"));
    case EXCI_EXC_UndefinedFunctionError: return undefined_function(e);
    case EXCI_EXC_WithClauseError: return prefixed("no with clause matching: ", F(e, "term"));
    case EXCI_EXC_ProtocolUndefinedError: return protocol_undefined(e);
    case EXCI_EXC_FileError: return file_error(e);
    default: return F(e, "message");
    }
}

exc_term exc_exception_message(exc_term e)
{
    exc_term mod = F(e, "__struct__");
    int i = exci_err_builtin_index(mod);
    if (i >= 0) return builtin_message(i, e);
    exc_code code = exc_function_lookup(mod, exc_atom("message"), 1);
    if (code) return exc_call_code(code, 1, &e);
    return F(e, "message");
}

/* cgen_expr.c: expressions. Every expression compiles to statements appended to the
** current function plus a side-effect-free C expression (a local, a constant) for its
** value. In tail position a call becomes `EXC_MUSTTAIL return` and the result is NULL. */
#include "cgen.h"
#include "excstd_bits.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *ret_or(Fn *f, const char *v, bool tail)
{
    if (tail && v) {
        fn_emit(f, "return %s;", v);
        return NULL;
    }
    return v;
}

const char *cg_block(Fn *f, exc_term e, bool tail)
{
    if (!ast_is_call(e, "__block__", -1))
        return cg_expr(f, e, tail);
    exc_term l = ast_args(e);
    if (l == EXC_NIL_LIST)
        return ret_or(f, "EXC_A_nil", tail);
    const char *r = NULL;
    for (; exc_is_cons(l); l = exc_tl(l)) {
        bool last = exc_tl(l) == EXC_NIL_LIST;
        r = cg_expr(f, exc_hd(l), last && tail);
    }
    return r;
}

void cg_tail_or_assign(Fn *f, exc_term e, bool tail, const char *dst)
{
    const char *r = cg_block(f, e, tail);
    if (tail) {
        if (r)
            fn_emit(f, "return %s;", r);
    } else {
        fn_emit(f, "%s = %s;", dst, r);
    }
}

static const char *int_literal(Fn *f, exc_term e)
{
    if (exc_is_small(e))
        return cg_fmt("((exc_term)0x%" PRIx64 "u)", (uint64_t)e);
    char *digits = exc_integer_to_str(e, 10);
    return unit_const(f->unit, cg_fmt("exc_integer_from_str(\"%s\", 10)", digits));
}

const char *cg_literal(Fn *f, exc_term e)
{
    if (exc_is_integer(e))
        return int_literal(f, e);
    if (exc_is_float(e))
        return unit_const(f->unit, cg_fmt("exc_float(%a)", exc_float_val(e)));
    if (exc_is_atom(e))
        return unit_atom(f->unit, e);
    if (exc_is_binary(e)) {
        size_t n = exc_binary_size(e);
        return unit_const(f->unit, cg_fmt("exc_binary(%s, %zu)", cg_cstr((const char *)exc_binary_data(e), n), n));
    }
    return NULL;
}

/* Evaluates a list of expressions left to right into C values; the array has two
** spare slots for callers that append (a fun term, a terminator). */
const char **cg_args(Fn *f, exc_term args, int *n)
{
    int k = ast_len(args);
    const char **v = exc_alloc(sizeof *v * (size_t)(k + 2));
    for (int i = 0; i < k; i++)
        v[i] = cg_expr(f, ast_nth(args, i), false);
    *n = k;
    return v;
}

static char *join(const char **v, int n)
{
    Buf b = {0};
    buf_put(&b, "");
    for (int i = 0; i < n; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", v[i]);
    char *r = cg_fmt("%s", b.p);
    free(b.p);
    return r;
}

static const char *cg_list(Fn *f, exc_term e)
{
    if (e == EXC_NIL_LIST)
        return "EXC_NIL_LIST";
    int n = ast_len(e);
    exc_term last = ast_nth(e, n - 1);
    exc_term tail_ast = EXC_NONE;
    exc_term items = e;
    if (ast_is_call(last, "|", 2)) {
        tail_ast = ast_nth(ast_args(last), 1);
        exc_term rev = EXC_NIL_LIST;
        for (int i = 0; i < n - 1; i++)
            rev = exc_cons(ast_nth(e, i), rev);
        rev = exc_cons(ast_nth(ast_args(last), 0), rev);
        items = exc_list_reverse(rev);
    }
    int k;
    const char **v = cg_args(f, items, &k);
    const char *tl = tail_ast == EXC_NONE ? "EXC_NIL_LIST" : cg_expr(f, tail_ast, false);
    const char *t = fn_tmp(f);
    fn_emit(f, "%s = exc_list_from_array_tail((exc_term[]){%s}, %d, %s);", t, join(v, k), k, tl);
    return t;
}

static const char *cg_tuple(Fn *f, exc_term items)
{
    int k;
    const char **v = cg_args(f, items, &k);
    const char *t = fn_tmp(f);
    if (k == 0)
        fn_emit(f, "%s = exc_tuple_new(0);", t);
    else
        fn_emit(f, "%s = exc_tuple_from_array((exc_term[]){%s}, %d);", t, join(v, k), k);
    return t;
}

/* %{k => v} and %{m | k => v} */
static const char *cg_map(Fn *f, exc_term e)
{
    exc_term args = ast_args(e);
    const char *t = fn_tmp(f);
    if (ast_len(args) == 1 && ast_is_call(ast_nth(args, 0), "|", 2)) {
        exc_term up = ast_args(ast_nth(args, 0));
        const char *base = cg_expr(f, ast_nth(up, 0), false);
        fn_emit(f, "%s = %s;", t, base);
        fn_emit(f, "if (!exc_is_map(%s)) exc_error_badmap(%s);", t, t);
        for (exc_term l = ast_nth(up, 1); exc_is_cons(l); l = exc_tl(l)) {
            exc_term p = exc_hd(l);
            const char *k = cg_expr(f, exc_tuple_elems(p)[0], false);
            const char *v = cg_expr(f, exc_tuple_elems(p)[1], false);
            fn_emit(f, "if (exc_map_get(%s, %s) == EXC_NONE) exc_error_badkey1(%s);", t, k, k);
            fn_emit(f, "%s = exc_map_put(%s, %s, %s);", t, t, k, v);
        }
        return t;
    }
    int n = ast_len(args);
    Buf ks = {0}, vs = {0};
    buf_put(&ks, "");
    buf_put(&vs, "");
    for (int i = 0; i < n; i++) {
        exc_term p = ast_nth(args, i);
        const char *k = cg_expr(f, exc_tuple_elems(p)[0], false);
        const char *v = cg_expr(f, exc_tuple_elems(p)[1], false);
        buf_printf(&ks, "%s, ", k);
        buf_printf(&vs, "%s, ", v);
    }
    if (n == 0)
        fn_emit(f, "%s = exc_map_empty();", t);
    else
        fn_emit(f, "%s = exc_map_from_arrays((exc_term[]){%s}, (exc_term[]){%s}, %d);", t, ks.p, vs.p, n);
    free(ks.p);
    free(vs.p);
    return t;
}

/* <<...>>: string interpolation and binary construction. Each segment becomes a
** (value, size, flags) triple for excstd_bin_build; a literal string with a utf16/
** utf32 type becomes one segment per code point. */
static void bin_seg(Fn *f, Buf *parts, int *n, const char *v, exc_term size, int flags)
{
    const char *sz = size == EXC_NONE ? "EXC_NONE" : cg_expr(f, size, false);
    buf_printf(parts, "%s, %s, (exc_term)%d, ", v, sz, flags);
    (*n)++;
}

static const char *cg_bin(Fn *f, exc_term e)
{
    Buf parts = {0};
    buf_put(&parts, "");
    int n = 0;
    for (exc_term l = ast_args(e); exc_is_cons(l); l = exc_tl(l)) {
        exc_term val, size;
        int flags = cg_bin_segment(exc_hd(l), &val, &size);
        int t = flags & EXCSTD_BT_MASK;
        if (exc_is_binary(val) && (t == EXCSTD_BT_UTF16 || t == EXCSTD_BT_UTF32)) {
            exc_term cur = val;
            while (exc_binary_size(cur) > 0) {
                exc_term c = cg_utf8_next(&cur);
                bin_seg(f, &parts, &n, cg_literal(f, c), EXC_NONE, flags);
            }
            continue;
        }
        if (exc_is_binary(val) && t == EXCSTD_BT_UTF8)
            flags = EXCSTD_BT_BIN;
        bin_seg(f, &parts, &n, exc_is_binary(val) ? cg_literal(f, val) : cg_expr(f, val, false), size, flags);
    }
    const char *t = fn_tmp(f);
    fn_emit(f, "%s = excstd_bin_build((exc_term[]){%s0}, %d);", t, parts.p, n);
    free(parts.p);
    return t;
}

static const char *cg_match(Fn *f, exc_term e)
{
    exc_term pat = ast_nth(ast_args(e), 0);
    const char *v = cg_expr(f, ast_nth(ast_args(e), 1), false);
    const char *fail = fn_label(f), *ok = fn_label(f);
    match_pattern(f, pat, v, fail);
    fn_emit(f, "goto %s;", ok);
    fn_emit(f, "%s:; exc_error_badmatch(%s);", fail, v);
    fn_emit(f, "%s:;", ok);
    return v;
}

static const char *cg_var(Fn *f, exc_term e)
{
    exc_term name = exc_tuple_elems(e)[0];
    const char *s = atom_str(name);
    if (!strcmp(s, "__MODULE__"))
        return f->mod ? unit_atom(f->unit, f->mod->name) : "EXC_A_nil";
    if (!strcmp(s, "__STACKTRACE__"))
        return f->stacktrace ? f->stacktrace : "EXC_NIL_LIST";
    if (!strcmp(s, "__ENV__") || !strcmp(s, "__CALLER__"))
        cg_error(ast_line(e), "__ENV__ is not supported");
    const char *c = fn_lookup(f, name);
    if (c)
        return c;
    if (s[0] == '_' && s[1] == 0)
        cg_error(ast_line(e), "invalid use of _. _ can only be used inside patterns to ignore values and cannot be used in expressions. Make sure you are inside a pattern or change it accordingly");
    /* Elixir 1.14 expands an unknown variable to a call of a zero-arity function. */
    if (f->mod && mod_find_def(f->mod, name, 0))
        return NULL;
    cg_warn_at(ast_line(e), false, "warning: variable \"%s\" does not exist and is being expanded to \"%s()\", please use parentheses to remove the ambiguity or change the variable name\n", s, s);
    return NULL;
}

/* a && b, a || b, a and b, a or b */
static const char *cg_shortcircuit(Fn *f, exc_term e, const char *op)
{
    const char *a = cg_expr(f, ast_nth(ast_args(e), 0), false);
    const char *t = fn_tmp(f);
    const char *end = fn_label(f);
    bool strict = !strcmp(op, "and") || !strcmp(op, "or");
    bool is_and = !strcmp(op, "&&") || !strcmp(op, "and");
    fn_emit(f, "%s = %s;", t, a);
    if (strict)
        fn_emit(f, "if (!exc_is_boolean(%s)) exc_error_badbool(%s, %s);", t, unit_atom(f->unit, A(op)), t);
    fn_emit(f, "if (%sexc_truthy(%s)) goto %s;", is_and ? "!" : "", t, end);
    const char *b = cg_expr(f, ast_nth(ast_args(e), 1), false);
    fn_emit(f, "%s = %s;", t, b);
    fn_emit(f, "%s:;", end);
    return t;
}

static const char *cg_range(Fn *f, exc_term e, bool step)
{
    int n;
    const char **v = cg_args(f, ast_args(e), &n);
    const char *t = fn_tmp(f);
    fn_emit(f, "%s = excstd_range(%s, %s, %s);", t, v[0], v[1], step ? v[2] : "EXC_NONE");
    return t;
}

/* ~w(a b c)a, ~s, ~c, ~r is not supported */
static const char *cg_sigil(Fn *f, exc_term e, char kind)
{
    exc_term args = ast_args(e);
    exc_term body = ast_nth(args, 0);
    exc_term mods = ast_nth(args, 1);
    const char *b = cg_expr(f, body, false);
    if (kind == 's' || kind == 'S')
        return b;
    const char *t = fn_tmp(f);
    int mod = exc_is_cons(mods) ? (int)exc_small_val(exc_hd(mods)) : 's';
    if (kind == 'c' || kind == 'C')
        fn_emit(f, "%s = excstd_to_charlist(%s);", t, b);
    else if (kind == 'w' || kind == 'W')
        fn_emit(f, "%s = excstd_sigil_w(%s, %d);", t, b, mod);
    else
        cg_error(ast_line(e), "sigil ~%c is not supported", kind);
    return t;
}

exc_term cg_attr(Fn *f, exc_term name, int line)
{
    if (!f->mod)
        cg_error(line, "cannot invoke @/1 outside module");
    Mod *m = f->mod;
    int mark = f->attr_mark;
    for (int i = (mark < m->nattrs ? mark : m->nattrs) - 1; i >= 0; i--)
        if (m->attrs[i].name == name)
            return m->attrs[i].value;
    return EXC_NONE;
}

static const char *cg_attr_read(Fn *f, exc_term e)
{
    exc_term a = ast_nth(ast_args(e), 0);
    exc_term name = exc_tuple_elems(a)[0];
    int line = ast_line(e);
    exc_term v = cg_attr(f, name, line);
    if (v == EXC_NONE) {
        cg_warn_at(line, true, "warning: undefined module attribute @%s, please remove access to @%s or explicitly set it before access\n",
                atom_str(name), atom_str(name));
        return "EXC_A_nil";
    }
    int saved = f->attr_mark;
    /* the value may read earlier attributes */
    for (int i = 0; i < f->mod->nattrs; i++)
        if (f->mod->attrs[i].value == v && f->mod->attrs[i].name == name)
            f->attr_mark = i;
    const char *r = cg_expr(f, v, false);
    f->attr_mark = saved;
    return r;
}

/* x |> f(a) is f(x, a) */
static exc_term pipe_into(exc_term left, exc_term call, int line)
{
    if (!exc_is_tuple(call) || exc_tuple_arity(call) != 3)
        cg_error(line, "cannot pipe into this expression");
    exc_term *c = exc_tuple_elems(call);
    exc_term args = exc_is_list(c[2]) ? c[2] : EXC_NIL_LIST;
    return exc_tuple3(c[0], c[1], exc_cons(left, args));
}

static const char *expr(Fn *f, exc_term e, bool tail)
{
    if (exc_is_list(e))
        return ret_or(f, cg_list(f, e), tail);
    if (!exc_is_tuple(e) || exc_tuple_arity(e) != 3) {
        if (exc_is_tuple(e) && exc_tuple_arity(e) == 2)
            return ret_or(f, cg_tuple(f, exc_list_from_array(exc_tuple_elems(e), 2)), tail);
        const char *l = cg_literal(f, e);
        if (!l)
            cg_error(f->line, "unsupported literal");
        return ret_or(f, l, tail);
    }
    int line = ast_line(e);
    if (line)
        f->line = line;
    exc_term *el = exc_tuple_elems(e);
    if (ast_is_var(e)) {
        const char *v = cg_var(f, e);
        if (v)
            return ret_or(f, v, tail);
        return cg_call(f, exc_tuple3(el[0], el[1], EXC_NIL_LIST), tail);
    }
    if (!exc_is_atom(el[0]))
        return cg_call(f, e, tail);
    const char *op = atom_str(el[0]);
    int nargs = ast_len(el[2]);
    if (!strcmp(op, "__block__"))
        return cg_block(f, e, tail);
    if (!strcmp(op, "__aliases__"))
        return ret_or(f, unit_atom(f->unit, cg_resolve_mod(f, e)), tail);
    if (!strcmp(op, "=") && nargs == 2)
        return ret_or(f, cg_match(f, e), tail);
    if (!strcmp(op, "{}"))
        return ret_or(f, cg_tuple(f, el[2]), tail);
    if (!strcmp(op, "%{}"))
        return ret_or(f, cg_map(f, e), tail);
    if (!strcmp(op, "%") && nargs == 2)
        return ret_or(f, cg_struct(f, ast_nth(el[2], 0), ast_nth(el[2], 1), line), tail);
    if (!strcmp(op, "<<>>"))
        return ret_or(f, cg_bin(f, e), tail);
    if (!strcmp(op, "fn"))
        return ret_or(f, cg_fn_lambda(f, el[2], line), tail);
    if (!strcmp(op, "&") && nargs == 1 && !exc_is_integer(ast_nth(el[2], 0)))
        return ret_or(f, cg_capture(f, e), tail);
    if (!strcmp(op, "|>") && nargs == 2)
        return cg_expr(f, pipe_into(ast_nth(el[2], 0), ast_nth(el[2], 1), line), tail);
    if (!strcmp(op, "@") && nargs == 1)
        return ret_or(f, cg_attr_read(f, e), tail);
    if (!strcmp(op, "case") && nargs == 2)
        return cg_case(f, e, tail);
    if (!strcmp(op, "cond") && nargs == 1)
        return cg_cond(f, e, tail);
    if ((!strcmp(op, "if") || !strcmp(op, "unless")) && nargs == 2)
        return cg_if(f, e, tail, op[0] == 'u');
    if (!strcmp(op, "receive") && nargs == 1)
        return cg_receive(f, e, tail);
    if (!strcmp(op, "try") && nargs == 1)
        return cg_try(f, e, tail);
    if (!strcmp(op, "with"))
        return cg_with(f, e, tail);
    if (!strcmp(op, "for"))
        return ret_or(f, cg_for(f, e), tail);
    if (!strcmp(op, "^"))
        cg_error(line, "misplaced operator ^%s\n\nThe pin operator ^ is supported only inside matches or inside custom macros. Make sure you are inside a match or all necessary macros have been required",
                 ast_is_var(ast_nth(el[2], 0)) ? atom_str(exc_tuple_elems(ast_nth(el[2], 0))[0]) : "");
    if ((!strcmp(op, "&&") || !strcmp(op, "||") || !strcmp(op, "and") || !strcmp(op, "or")) && nargs == 2)
        return ret_or(f, cg_shortcircuit(f, e, op), tail);
    if (!strcmp(op, "..") && nargs == 2)
        return ret_or(f, cg_range(f, e, false), tail);
    if (!strcmp(op, "..//") && nargs == 3)
        return ret_or(f, cg_range(f, e, true), tail);
    if (!strncmp(op, "sigil_", 6) && op[6] && !op[7] && nargs == 2)
        return ret_or(f, cg_sigil(f, e, op[6]), tail);
    if ((!strcmp(op, "alias") || !strcmp(op, "import") || !strcmp(op, "require") || !strcmp(op, "use")) && nargs >= 1) {
        exc_term t = ast_nth(el[2], 0);
        return ret_or(f, ast_is_call(t, "__aliases__", -1) ? unit_atom(f->unit, cg_resolve_mod(f, t)) : "EXC_A_nil", tail);
    }
    return cg_call(f, e, tail);
}

/* Statements get the line of the innermost expression they belong to: a call whose
** arguments span lines keeps its own line (BEAM's `line` before the call). */
const char *cg_expr(Fn *f, exc_term e, bool tail)
{
    int saved = f->line;
    const char *r = expr(f, e, tail);
    f->line = saved;
    return r;
}

/* Call `code` (an exc_code C expression) with n argument values; selfarg (a fun term
** or NULL) goes in slot n. */
const char *cg_call_code(Fn *f, const char *code, int n, const char **args, bool tail, const char *selfarg)
{
    int slots = n + (selfarg ? 1 : 0);
    const char *v[EXC_MAX_ARITY + 2];
    for (int i = 0; i < n; i++)
        v[i] = args[i];
    if (selfarg)
        v[n] = selfarg;
    if (slots > 6) {
        fn_emit(f, "{ exc_term *excx2 = exc_xargs();");
        for (int i = 6; i < slots; i++)
            fn_emit(f, "  excx2[%d] = %s;", i - 6, v[i]);
        fn_emit(f, "}");
    }
    Buf b = {0};
    buf_put(&b, "");
    for (int i = 0; i < 6; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", i < slots ? v[i] : "0");
    bool can_tail = tail && f->try_depth == 0;
    const char *r = NULL;
    if (can_tail) {
        fn_emit(f, "EXC_MUSTTAIL return %s(%s);", code, b.p);
    } else {
        const char *t = fn_tmp(f);
        fn_emit(f, "%s = %s(%s);", t, code, b.p);
        r = ret_or(f, t, tail);
    }
    free(b.p);
    return r;
}

/* match.c: patterns and guards. A pattern compiles to a sequence of tests on the
** subject, each jumping to the failure label, and to bindings of fresh C locals;
** clauses are tried in order (the decision is a chain of such test sequences).
** Guards compile to expressions whose falsity (or error) jumps to the same label. */
#include "cgen.h"
#include "excstd_bits.h"
#include "dtree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int pat_mark; /* first var bound by the current pattern */

static void pat(Fn *f, exc_term p, const char *s, const char *fail);

static bool is_literal(exc_term p)
{
    return exc_is_integer(p) || exc_is_float(p) || exc_is_atom(p) || exc_is_binary(p);
}

static void pat_literal(Fn *f, exc_term p, const char *s, const char *fail)
{
    const char *l = cg_literal(f, p);
    if (exc_is_small(p) || exc_is_atom(p))
        fn_emit(f, "if (%s != %s) goto %s;", s, l, fail);
    else
        fn_emit(f, "if (!exc_eq_exact(%s, %s)) goto %s;", s, l, fail);
}

static void pat_var(Fn *f, exc_term p, const char *s)
{
    exc_term name = exc_tuple_elems(p)[0];
    const char *t = atom_str(name);
    if (t[0] == '_')
        return;
    if (!strcmp(t, "__MODULE__"))
        return;
    for (int i = f->nvars - 1; i >= pat_mark; i--)
        if (f->vars[i].name == name) {
            fn_emit(f, "if (!exc_eq_exact(%s, %s)) goto %s;", f->vars[i].c, s, "%FAIL%");
            return;
        }
    const char *c = fn_bind(f, name);
    fn_emit(f, "%s = %s;", c, s);
}

static void pat_list(Fn *f, exc_term p, const char *s, const char *fail)
{
    const char *cur = fn_tmp(f);
    fn_emit(f, "%s = %s;", cur, s);
    for (exc_term l = p; exc_is_cons(l); l = exc_tl(l)) {
        exc_term el = exc_hd(l);
        bool last = exc_tl(l) == EXC_NIL_LIST;
        if (last && ast_is_call(el, "|", 2)) {
            fn_emit(f, "if (!exc_is_cons(%s)) goto %s;", cur, fail);
            const char *h = fn_tmp(f), *t = fn_tmp(f);
            fn_emit(f, "%s = exc_hd(%s); %s = exc_tl(%s);", h, cur, t, cur);
            pat(f, ast_nth(ast_args(el), 0), h, fail);
            pat(f, ast_nth(ast_args(el), 1), t, fail);
            return;
        }
        fn_emit(f, "if (!exc_is_cons(%s)) goto %s;", cur, fail);
        const char *h = fn_tmp(f);
        fn_emit(f, "%s = exc_hd(%s); %s = exc_tl(%s);", h, cur, cur, cur);
        pat(f, el, h, fail);
    }
    fn_emit(f, "if (%s != EXC_NIL_LIST) goto %s;", cur, fail);
}

static void pat_tuple(Fn *f, exc_term items, const char *s, const char *fail)
{
    int n = ast_len(items);
    fn_emit(f, "if (!exc_is_tuple(%s) || exc_tuple_arity(%s) != %d) goto %s;", s, s, n, fail);
    for (int i = 0; i < n; i++) {
        const char *e = fn_tmp(f);
        fn_emit(f, "%s = exc_tuple_elems(%s)[%d];", e, s, i);
        pat(f, ast_nth(items, i), e, fail);
    }
}

/* A map key in a pattern: a literal or a pinned variable. */
static const char *pat_key(Fn *f, exc_term k)
{
    if (ast_is_call(k, "^", 1)) {
        exc_term v = ast_nth(ast_args(k), 0);
        const char *c = fn_lookup(f, exc_tuple_elems(v)[0]);
        if (!c)
            cg_error(ast_line(k), "undefined variable ^%s", atom_str(exc_tuple_elems(v)[0]));
        return c;
    }
    return cg_expr(f, k, false);
}

static void pat_map_pairs(Fn *f, exc_term kv, const char *s, const char *fail)
{
    for (exc_term l = kv; exc_is_cons(l); l = exc_tl(l)) {
        exc_term p = exc_hd(l);
        const char *k = pat_key(f, exc_tuple_elems(p)[0]);
        const char *v = fn_tmp(f);
        fn_emit(f, "%s = exc_map_get(%s, %s); if (%s == EXC_NONE) goto %s;", v, s, k, v, fail);
        pat(f, exc_tuple_elems(p)[1], v, fail);
    }
}

static void pat_struct(Fn *f, exc_term p, const char *s, const char *fail)
{
    exc_term name = ast_nth(ast_args(p), 0);
    exc_term map = ast_nth(ast_args(p), 1);
    fn_emit(f, "if (!exc_is_map(%s)) goto %s;", s, fail);
    const char *sn = fn_tmp(f);
    fn_emit(f, "%s = exc_map_get(%s, %s); if (%s == EXC_NONE) goto %s;", sn, s,
            unit_atom(f->unit, A("__struct__")), sn, fail);
    exc_term mod = cg_resolve_mod(f, name);
    if (mod != EXC_NONE)
        fn_emit(f, "if (%s != %s) goto %s;", sn, unit_atom(f->unit, mod), fail);
    else
        pat(f, name, sn, fail);
    pat_map_pairs(f, ast_args(map), s, fail);
}

static void pat_concat(Fn *f, exc_term p, const char *s, const char *fail)
{
    exc_term left = ast_nth(ast_args(p), 0);
    if (!exc_is_binary(left)) {
        const char *shown = ast_is_var(left) ? atom_str(exc_tuple_elems(left)[0]) : "expression";
        cg_error_kind("ArgumentError", ast_line(p),
                      "the left argument of <> operator inside a match should always be a literal binary because its size can't be verified. Got: %s",
                      shown);
    }
    const char *rest = fn_tmp(f);
    fn_emit(f, "%s = excstd_bin_prefix(%s, %s); if (%s == EXC_NONE) goto %s;", rest, s,
            cg_literal(f, left), rest, fail);
    pat(f, ast_nth(ast_args(p), 1), rest, fail);
}

/* <<a, b::binary-size(2), rest::binary>>: segment by segment with excstd_bin_take;
** literal strings (as binary or utf8) by prefix, or code point by code point. */
static void pat_bin_prefix(Fn *f, const char *cur, exc_term lit, const char *fail)
{
    const char *r = fn_tmp(f);
    fn_emit(f, "%s = excstd_bin_prefix(%s, %s); if (%s == EXC_NONE) goto %s;", r, cur,
            cg_literal(f, lit), r, fail);
    fn_emit(f, "%s = %s;", cur, r);
}

static void pat_bin_take(Fn *f, const char *cur, exc_term val, exc_term size, int flags,
                         const char *fail, int line)
{
    const char *sz = "EXC_NONE";
    if (size != EXC_NONE)
        sz = ast_is_var(size) ? fn_lookup(f, exc_tuple_elems(size)[0]) : cg_expr(f, size, false);
    if (!sz)
        cg_error(line, "undefined variable \"%s\" in bitstring segment",
                 atom_str(exc_tuple_elems(size)[0]));
    const char *v = fn_tmp(f);
    fn_emit(f, "%s = excstd_bin_take(&%s, %s, %d); if (%s == EXC_NONE) goto %s;", v, cur, sz,
            flags, v, fail);
    pat(f, val, v, fail);
}

static void pat_bin(Fn *f, exc_term p, const char *s, const char *fail)
{
    const char *cur = fn_tmp(f);
    fn_emit(f, "if (!exc_is_bitstring(%s)) goto %s;", s, fail);
    fn_emit(f, "%s = %s;", cur, s);
    for (exc_term l = ast_args(p); exc_is_cons(l); l = exc_tl(l)) {
        exc_term seg = exc_hd(l), val, size;
        int flags = cg_bin_segment(seg, &val, &size);
        int t = flags & EXCSTD_BT_MASK;
        if (exc_is_binary(val) && size == EXC_NONE &&
            (t == EXCSTD_BT_BIN || t == EXCSTD_BT_BITS || t == EXCSTD_BT_UTF8)) {
            pat_bin_prefix(f, cur, val, fail);
            continue;
        }
        if (exc_is_binary(val) && (t == EXCSTD_BT_UTF16 || t == EXCSTD_BT_UTF32)) {
            exc_term rest = val;
            while (exc_binary_size(rest) > 0)
                pat_bin_take(f, cur, cg_utf8_next(&rest), EXC_NONE, flags, fail, ast_line(seg));
            continue;
        }
        pat_bin_take(f, cur, val, size, flags, fail, ast_line(seg));
    }
    fn_emit(f, "if (exc_bitstring_bits(%s) != 0) goto %s;", cur, fail);
}

static void pat(Fn *f, exc_term p, const char *s, const char *fail)
{
    if (is_literal(p)) {
        pat_literal(f, p, s, fail);
        return;
    }
    if (exc_is_list(p)) {
        pat_list(f, p, s, fail);
        return;
    }
    if (exc_is_tuple(p) && exc_tuple_arity(p) == 2) {
        pat_tuple(f, exc_list_from_array(exc_tuple_elems(p), 2), s, fail);
        return;
    }
    if (!exc_is_tuple(p) || exc_tuple_arity(p) != 3)
        cg_error(f->line, "invalid pattern");
    if (ast_is_var(p)) {
        size_t mark = f->body.n;
        pat_var(f, p, s);
        /* patch the failure label of a repeated-variable test */
        char *hole = strstr(f->body.p + mark, "%FAIL%");
        if (hole) {
            f->body.n = (size_t)(hole - f->body.p);
            f->body.p[f->body.n] = 0;
            buf_printf(&f->body, "%s;\n", fail);
        }
        return;
    }
    exc_term *e = exc_tuple_elems(p);
    int line = ast_line(p);
    const char *op = exc_is_atom(e[0]) ? atom_str(e[0]) : "";
    if (!strcmp(op, "^")) {
        exc_term v = ast_nth(e[2], 0);
        const char *name = atom_str(exc_tuple_elems(v)[0]);
        int saved = f->nvars;
        f->nvars = pat_mark; /* a pin sees the variables from before the pattern */
        const char *c = fn_lookup(f, exc_tuple_elems(v)[0]);
        f->nvars = saved;
        if (!c)
            cg_error(line, "undefined variable ^%s. No variable \"%s\" has been defined before the current pattern", name, name);
        fn_emit(f, "if (!exc_eq_exact(%s, %s)) goto %s;", s, c, fail);
    } else if (!strcmp(op, "{}")) {
        pat_tuple(f, e[2], s, fail);
    } else if (!strcmp(op, "%{}")) {
        fn_emit(f, "if (!exc_is_map(%s)) goto %s;", s, fail);
        pat_map_pairs(f, e[2], s, fail);
    } else if (!strcmp(op, "%")) {
        pat_struct(f, p, s, fail);
    } else if (!strcmp(op, "=")) {
        pat(f, ast_nth(e[2], 0), s, fail);
        pat(f, ast_nth(e[2], 1), s, fail);
    } else if ((!strcmp(op, "..") && ast_len(e[2]) == 2) || (!strcmp(op, "..//") && ast_len(e[2]) == 3)) {
        static const char *keys[] = {"first", "last", "step"};
        fn_emit(f, "if (!exc_is_map(%s)) goto %s;", s, fail);
        const char *sn = fn_tmp(f);
        fn_emit(f, "%s = exc_map_get(%s, %s); if (%s != %s) goto %s;", sn, s, unit_atom(f->unit, A("__struct__")), sn,
                unit_atom(f->unit, A("Elixir.Range")), fail);
        for (int i = 0; i < ast_len(e[2]); i++) {
            const char *v = fn_tmp(f);
            fn_emit(f, "%s = exc_map_get(%s, %s);", v, s, unit_atom(f->unit, A(keys[i])));
            pat(f, ast_nth(e[2], i), v, fail);
        }
    } else if (!strcmp(op, "++") && exc_is_list(ast_nth(e[2], 0))) {
        exc_term l = ast_nth(e[2], 0), rest = ast_nth(e[2], 1);
        int n = ast_len(l);
        exc_term *v = exc_alloc(sizeof *v * (size_t)(n + 1));
        for (int i = 0; i < n; i++)
            v[i] = ast_nth(l, i);
        if (n == 0) {
            pat(f, rest, s, fail);
            return;
        }
        v[n - 1] = exc_tuple3(A("|"), EXC_NIL_LIST, exc_list_from_array((exc_term[]){v[n - 1], rest}, 2));
        pat_list(f, exc_list_from_array(v, (size_t)n), s, fail);
    } else if (!strcmp(op, "<>")) {
        pat_concat(f, p, s, fail);
    } else if (!strcmp(op, "<<>>")) {
        pat_bin(f, p, s, fail);
    } else if (!strcmp(op, "-") && ast_len(e[2]) == 1 && exc_is_number(ast_nth(e[2], 0))) {
        exc_term n = ast_nth(e[2], 0);
        pat_literal(f, exc_is_float(n) ? exc_float(-exc_float_val(n)) : exc_int_neg(n), s, fail);
    } else if (!strcmp(op, "@")) {
        exc_term v = cg_attr(f, exc_tuple_elems(ast_nth(e[2], 0))[0], line);
        pat(f, v == EXC_NONE ? EXC_A_nil : v, s, fail);
    } else if (ast_is_call(e[0], ".", 2)) {
        exc_term mod = cg_resolve_mod(f, ast_nth(ast_args(e[0]), 0));
        cg_error_post(line, "cannot invoke remote function %s.%s/%d inside a match",
                 mod != EXC_NONE ? mod_display(mod) : "expr", atom_str(ast_nth(ast_args(e[0]), 1)), ast_len(e[2]));
    } else if (!strcmp(op, "__aliases__")) {
        pat_literal(f, cg_resolve_mod(f, p), s, fail);
    } else if (!strcmp(op, "__MODULE__")) {
        pat_literal(f, f->mod ? f->mod->name : EXC_A_nil, s, fail);
    } else {
        const char *shown = op;
        static const char *ops[] = {"+", "-", "*", "/", "++", "--", "==", "!=", "<", ">", "<=", ">=", "and", "or", NULL};
        for (int i = 0; ops[i]; i++)
            if (!strcmp(op, ops[i]))
                cg_error_post(line, "cannot invoke remote function :erlang.%s/%d inside a match", op, ast_len(e[2]));
        cg_error_post(line, "cannot find or invoke local %s/%d inside match. Only macros can be invoked in a match and they must be defined before their invocation. Called as: %s(...)",
                 shown, ast_len(e[2]), shown);
    }
}

/* The patterns of a function head: one scope, so a variable repeated across
** arguments (`def f(x, x)`) means equality. */
void match_args(Fn *f, exc_term pats, int n, const char *fail)
{
    int saved = pat_mark;
    pat_mark = f->nvars;
    for (int i = 0; i < n; i++)
        pat(f, ast_nth(pats, i), cg_fmt("a%d", i), fail);
    pat_mark = saved;
}

int match_begin(Fn *f)
{
    int saved = pat_mark;
    pat_mark = f->nvars;
    return saved;
}

void match_sub(Fn *f, exc_term p, const char *subj, const char *fail) { pat(f, p, subj, fail); }

void match_end(int saved) { pat_mark = saved; }

void match_pattern(Fn *f, exc_term p, const char *subj, const char *fail)
{
    int saved = pat_mark;
    pat_mark = f->nvars;
    pat(f, p, subj, fail);
    pat_mark = saved;
}

/* Calls allowed in guards (besides operators and type tests the builtin table has). */
static bool guard_call_ok(Fn *f, exc_term g)
{
    exc_term *e = exc_tuple_elems(g);
    if (!exc_is_atom(e[0]))
        return true;
    int n = ast_len(e[2]);
    if (f->mod && mod_find_def(f->mod, e[0], n))
        return true; /* defguard */
    return true;
}

/* Guard errors make the guard false: the guard runs under a catch frame unless it
** only uses operations that cannot raise. */
static bool guard_may_raise(exc_term g)
{
    if (!exc_is_tuple(g) || exc_tuple_arity(g) != 3)
        return false;
    if (ast_is_var(g))
        return false;
    exc_term *e = exc_tuple_elems(g);
    if (!exc_is_atom(e[0]))
        return true;
    const char *op = atom_str(e[0]);
    static const char *safe[] = {"is_atom", "is_binary", "is_bitstring", "is_boolean", "is_float",
                                 "is_function", "is_integer", "is_list", "is_map", "is_nil", "is_number",
                                 "is_pid", "is_reference", "is_tuple", "==", "!=", "===", "!==", "<",
                                 ">", "<=", ">=", "and", "or", "not", "{}", "%{}", "is_struct", "is_exception", "in", NULL};
    bool ok = false;
    for (int i = 0; safe[i]; i++)
        if (!strcmp(op, safe[i]))
            ok = true;
    if (!ok)
        return true;
    bool strict = !strcmp(op, "and") || !strcmp(op, "or") || !strcmp(op, "not");
    for (exc_term l = e[2]; exc_is_cons(l); l = exc_tl(l)) {
        if (guard_may_raise(exc_hd(l)))
            return true;
        /* and/or/not raise on a non-boolean operand: only comparisons and type
        ** tests are known to give booleans */
        exc_term a = exc_hd(l);
        if (strict && (!exc_is_tuple(a) || exc_tuple_arity(a) != 3 || ast_is_var(a) ||
                       !exc_is_atom(exc_tuple_elems(a)[0]) || !strcmp(atom_str(exc_tuple_elems(a)[0]), "{}") ||
                       !strcmp(atom_str(exc_tuple_elems(a)[0]), "%{}")))
            return true;
    }
    return false;
}

static void check_guard(Fn *f, exc_term g)
{
    if (!exc_is_tuple(g) || exc_tuple_arity(g) != 3 || ast_is_var(g))
        return;
    exc_term *e = exc_tuple_elems(g);
    if (exc_is_atom(e[0]) && exc_is_list(e[2])) {
        const char *op = atom_str(e[0]);
        int n = ast_len(e[2]);
        bool known = (f->mod && mod_find_def(f->mod, e[0], n)) || !strcmp(op, "{}") || !strcmp(op, "%{}") ||
                     !strcmp(op, "and") || !strcmp(op, "or") || !strcmp(op, "in") || !strcmp(op, "<<>>") ||
                     !strcmp(op, "%") || !strcmp(op, "..") || !strcmp(op, "@") || !strcmp(op, "__block__");
        if (!known) {
            extern bool cg_is_kernel_builtin(const char *name, int arity);
            known = cg_is_kernel_builtin(op, n);
        }
        if (!known) {
            extern bool cg_is_imported(Fn *f, exc_term name, int arity);
            known = cg_is_imported(f, e[0], n);
        }
        if (f->mod) {
            Def *d = mod_find_def(f->mod, e[0], n);
            (void)d;
        }
        if (!known)
            cg_error_post(ast_line(g), "cannot find or invoke local %s/%d inside guards. Only macros can be invoked in a guards and they must be defined before their invocation. Called as: %s(%s)",
                     op, n, op, n == 1 && ast_is_var(ast_nth(e[2], 0)) ? atom_str(exc_tuple_elems(ast_nth(e[2], 0))[0]) : "...");
        (void)guard_call_ok;
    }
    for (exc_term l = e[2]; exc_is_cons(l); l = exc_tl(l))
        check_guard(f, exc_hd(l));
}

void match_guard(Fn *f, exc_term g, const char *fail)
{
    check_guard(f, g);
    if (!guard_may_raise(g)) {
        const char *v = cg_expr(f, g, false);
        fn_emit(f, "if (%s != EXC_A_true) goto %s;", v, fail);
        return;
    }
    const char *fr = cg_fmt("gf%d", f->ntmp++);
    buf_printf(&f->decls, "    exc_catch %s;\n", fr);
    const char *ok = fn_tmp(f);
    fn_emit(f, "%s = EXC_A_false;", ok);
    fn_emit(f, "if (EXC_TRY_QUIET(%s)) {", fr);
    f->try_depth++;
    const char *v = cg_expr(f, g, false);
    f->try_depth--;
    fn_emit(f, "%s = %s; exc_catch_pop(&%s);", ok, v, fr);
    fn_emit(f, "}");
    fn_emit(f, "if (%s != EXC_A_true) goto %s;", ok, fail);
}

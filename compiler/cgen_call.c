/* cgen_call.c: calls. Local calls go straight to the def's C function, built-ins
** (builtins.def) become runtime calls, calls to modules of the program are direct,
** other remote calls are resolved once through the module registry. Also captures,
** structs and module-name resolution. */
#include "cgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Builtin {
    const char *mod, *name;
    int arity;
    const char *tmpl;
} Builtin;

static const Builtin builtins[] = {
#define BUILTIN(m, n, a, t) {m, n, a, t},
#include "builtins.def"
#undef BUILTIN
};

static const Builtin *find_builtin(const char *mod, const char *name, int arity)
{
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (builtins[i].arity == arity && !strcmp(builtins[i].name, name) &&
            !strcmp(builtins[i].mod, mod))
            return &builtins[i];
    return NULL;
}

/* Module text for the builtin table: "Elixir.IO" -> "IO", ":lists" stays "lists". */
static const char *builtin_mod(exc_term mod)
{
    const char *s = atom_str(mod);
    return strncmp(s, "Elixir.", 7) == 0 ? s + 7 : s;
}

static const char *expand_tmpl(const char *t, const char **args)
{
    Buf b = {0};
    buf_put(&b, "");
    for (; *t; t++) {
        if (*t == '%' && t[1] >= '1' && t[1] <= '9') {
            buf_put(&b, args[t[1] - '1']);
            t++;
        } else {
            char c[2] = {*t, 0};
            buf_put(&b, c);
        }
    }
    char *r = cg_fmt("%s", b.p);
    free(b.p);
    return r;
}

static const char *emit_builtin(Fn *f, const Builtin *b, const char **args, bool tail)
{
    const char *t = fn_tmp(f);
    const char *tmpl = b->tmpl;
    /* `/` reports its operands only in script code (docs/backend-abi.md) */
    if (f->mod && !strcmp(tmpl, "exc_k_fdiv(%1, %2)"))
        tmpl = "exc_k_fdiv_in_def(%1, %2)";
    /* A call of a function of another module in tail position leaves no frame of the
    ** caller on BEAM; the C call does (unless clang makes it a sibling call), so its
    ** line carries EXC_LINE_TAIL and stack traces skip it (docs/backend.md). */
    bool remote = strcmp(b->mod, "Kernel") && strcmp(b->mod, "erlang");
    if (tail && f->try_depth == 0 && (remote || !strcmp(b->name, "struct!") || !strcmp(b->name, "struct")))
        f->line_flag = EXC_LINE_TAIL;
    fn_emit(f, "%s = %s;", t, expand_tmpl(tmpl, args));
    f->line_flag = 0;
    if (tail) {
        fn_emit(f, "return %s;", t);
        return NULL;
    }
    return t;
}

static const char *args_list(const char **v, int n)
{
    Buf b = {0};
    buf_put(&b, "exc_list_from_array((exc_term[]){");
    for (int i = 0; i < n; i++)
        buf_printf(&b, "%s, ", v[i]);
    buf_printf(&b, "0}, %d)", n);
    char *r = cg_fmt("%s", b.p);
    free(b.p);
    return r;
}

exc_term cg_resolve_mod(Fn *f, exc_term e)
{
    if (exc_is_atom(e))
        return e;
    if (ast_is_call(e, "__aliases__", -1))
        return expand_alias(f->unit->prog, f->mod, e);
    if (ast_is_call(e, "__MODULE__", -1) && f->mod)
        return f->mod->name;
    return EXC_NONE;
}

static bool any_arity(Mod *m, exc_term name)
{
    for (int i = 0; i < m->ndefs; i++)
        if (m->defs[i].name == name)
            return true;
    return false;
}

static const char *cg_local(Fn *f, exc_term name, exc_term args, bool tail, int line)
{
    int n = ast_len(args);
    const char *s = atom_str(name);
    if (f->mod) {
        Def *d = mod_find_def(f->mod, name, n);
        if (d) {
            int k;
            const char **v = cg_args(f, args, &k);
            /* A call that never returns keeps no frame (expr_noreturn in cgen.c). */
            if (d->noreturn && !tail && f->try_depth == 0) {
                cg_call_code(f, d->cname, k, v, true, NULL);
                return "EXC_A_nil";
            }
            return cg_call_code(f, d->cname, k, v, tail, NULL);
        }
    }
    if (!strcmp(s, "match?") && n == 2) {
        const char *v = cg_expr(f, ast_nth(args, 1), false);
        const char *t = fn_tmp(f), *fail = fn_label(f), *end = fn_label(f);
        int mark = f->nvars;
        match_pattern(f, ast_nth(args, 0), v, fail);
        fn_emit(f, "%s = EXC_A_true; goto %s;", t, end);
        fn_emit(f, "%s:; %s = EXC_A_false;", fail, t);
        fn_emit(f, "%s:;", end);
        f->nvars = mark;
        return tail ? (fn_emit(f, "return %s;", t), NULL) : t;
    }
    exc_term imps = f->mod ? f->mod->imports : f->unit->prog->imports;
    for (; exc_is_cons(imps); imps = exc_tl(imps)) {
        Mod *im = prog_find_mod(f->unit->prog, exc_hd(imps));
        Def *d = im ? mod_find_def(im, name, n) : NULL;
        if (d && !d->private)
            return cg_remote(f, im->name, name, args, tail, line);
        if (!im && !find_builtin("Kernel", s, n)) {
            const Builtin *ib = find_builtin(builtin_mod(exc_hd(imps)), s, n);
            if (ib) {
                int k;
                const char **v = cg_args(f, args, &k);
                return emit_builtin(f, ib, v, tail);
            }
        }
    }
    const Builtin *b = find_builtin("Kernel", s, n);
    if (b && cg_arith_fails(exc_tuple3(name, EXC_NIL_LIST, args))) {
        static const Builtin bif[] = {
            {"Kernel", "+", 2, "exc_k_add_bif(%1, %2)"}, {"Kernel", "-", 2, "exc_k_sub_bif(%1, %2)"},
            {"Kernel", "*", 2, "exc_k_mul(%1, %2)"}, {"Kernel", "/", 2, "exc_k_fdiv(%1, (%2))"}};
        for (int i = 0; i < 4; i++)
            if (!strcmp(bif[i].name, s))
                b = &bif[i];
    }
    if (b) {
        int k;
        const char **v = cg_args(f, args, &k);
        return emit_builtin(f, b, v, tail);
    }
    if (f->mod)
        cg_error_post(line, "undefined function %s/%d (expected %s to define such a function or for it to be imported, but none are available)",
                 s, n, mod_display(f->mod->name));
    (void)any_arity;
    cg_error_post(line, "undefined function %s/%d (there is no such import)", s, n);
}

/* mod.fun(args) with mod known at compile time. */
const char *cg_remote(Fn *f, exc_term mod, exc_term fun, exc_term args, bool tail, int line)
{
    int n = ast_len(args);
    Program *p = f->unit->prog;
    Mod *m = prog_find_mod(p, mod);
    (void)line;
    int k;
    if (m) {
        Def *d = mod_find_def(m, fun, n);
        if (d && !d->private) {
            const char **v = cg_args(f, args, &k);
            if (m != f->mod)
                buf_printf(&f->unit->protos, "exc_term %s(EXC_PARAMS);\n", d->cname);
            return cg_call_code(f, d->cname, k, v, tail, NULL);
        }
    }
    const Builtin *b = find_builtin(builtin_mod(mod), atom_str(fun), n);
    if (b && !m) {
        const char **v = cg_args(f, args, &k);
        return emit_builtin(f, b, v, tail);
    }
    const char **v = cg_args(f, args, &k);
    int site = f->unit->nsites++;
    const char *ma = unit_atom(f->unit, mod), *fa = unit_atom(f->unit, fun);
    buf_printf(&f->unit->protos, "static exc_code excsite%d;\n", site);
    fn_emit(f, "if (EXC_UNLIKELY(!excsite%d)) { excsite%d = exc_function_lookup(%s, %s, %d);", site, site, ma, fa, n);
    /* In a tail call BEAM raises undef after the caller's frame is gone. */
    fn_emit(f, "  if (!excsite%d) exc_error_undef%s(%s, %s, %s); }", site,
            tail && f->try_depth == 0 ? "_tail" : "", ma, fa, args_list(v, k));
    return cg_call_code(f, cg_fmt("excsite%d", site), k, v, tail, NULL);
}

/* f.(args) */
static const char *cg_funcall(Fn *f, exc_term fun, exc_term args, bool tail)
{
    const char *fv = cg_expr(f, fun, false);
    int k;
    const char **v = cg_args(f, args, &k);
    Buf b = {0};
    buf_put(&b, "");
    for (int i = 0; i < k; i++)
        buf_printf(&b, "%s, ", v[i]);
    fn_emit(f, "if (EXC_UNLIKELY(!exc_fun_ok(%s, %d))) exc_fun_call_error%s(%s, %d, (exc_term[]){%s0});",
            fv, k, tail && f->try_depth == 0 ? "" : "_body", fv, k, b.p);
    free(b.p);
    return cg_call_code(f, cg_fmt("exc_fun_code(%s)", fv), k, v, tail, fv);
}

/* `f do 1 -> 2 end` where f is a function, not one of the constructs: elixir's error. */
static void check_no_clauses(exc_term name, exc_term args, int line)
{
    if (!exc_is_cons(args)) return;
    exc_term last = ast_nth(args, ast_len(args) - 1);
    for (; exc_is_cons(last); last = exc_tl(last)) {
        exc_term kv = exc_hd(last);
        if (!exc_is_tuple(kv) || exc_tuple_arity(kv) != 2) return;
        exc_term v = exc_tuple_elems(kv)[1];
        if (exc_is_cons(v) && ast_is_call(exc_hd(v), "->", 2))
            cg_error(line, "the function \"%s\" cannot handle clauses with the -> operator because it is not a macro. Please make sure you are invoking the proper name and that it is a macro",
                     exc_is_atom(name) ? atom_str(name) : "?");
    }
}

const char *cg_call(Fn *f, exc_term e, bool tail)
{
    exc_term *el = exc_tuple_elems(e);
    int line = ast_line(e);
    exc_term args = exc_is_list(el[2]) ? el[2] : EXC_NIL_LIST;
    check_no_clauses(ast_is_call(el[0], ".", 2) ? ast_nth(ast_args(el[0]), 1) : el[0], args, line);
    if (exc_is_atom(el[0]))
        return cg_local(f, el[0], args, tail, line);
    if (ast_is_call(el[0], ".", 1))
        return cg_funcall(f, ast_nth(ast_args(el[0]), 0), args, tail);
    if (ast_is_call(el[0], ".", 2)) {
        exc_term target = ast_nth(ast_args(el[0]), 0);
        exc_term fun = ast_nth(ast_args(el[0]), 1);
        exc_term mod = cg_resolve_mod(f, target);
        if (mod != EXC_NONE)
            return cg_remote(f, mod, fun, args, tail, line);
        /* expr.field or mod_var.fun(args) */
        const char *tv = cg_expr(f, target, false);
        int k;
        const char **v = cg_args(f, args, &k);
        bool parens = kw_get(el[1], "no_parens") == EXC_NONE;
        /* A remote call in tail position leaves no frame of the caller (BEAM's
        ** call_ext_only): undef then names only the callee. */
        if (tail && f->try_depth == 0 && (k > 0 || parens)) {
            fn_emit(f, "EXC_MUSTTAIL return exc_apply_tail(%s, %s, %s, 0, 0, 0);", tv,
                    unit_atom(f->unit, fun), args_list(v, k));
            return NULL;
        }
        const char *t = fn_tmp(f);
        if (k == 0)
            fn_emit(f, "%s = excstd_dot(%s, %s);", t, tv, unit_atom(f->unit, fun));
        else
            fn_emit(f, "%s = exc_apply(%s, %s, %s);", t, tv, unit_atom(f->unit, fun), args_list(v, k));
        return tail ? (fn_emit(f, "return %s;", t), NULL) : t;
    }
    cg_error(line, "invalid call");
}

/* &Mod.fun/n of a built-in: a fun whose code runs the builtin's template (shown
** as &Mod.fun/n by inspect). One constant per unit and builtin. */
static const char *builtin_fun(Fn *f, const Builtin *b, exc_term mod, int n)
{
    Unit *u = f->unit;
    int idx = u->nlambdas++;
    const char *args[9];
    for (int i = 0; i < 9; i++)
        args[i] = cg_fmt("a%d", i);
    buf_printf(&u->protos, "static exc_term %s_bif%d(EXC_PARAMS)\n{\n", u->prefix, idx);
    for (int i = 0; i < 6; i++)
        buf_printf(&u->protos, "    (void)a%d;\n", i);
    buf_printf(&u->protos, "    return %s;\n}\n", expand_tmpl(b->tmpl, args));
    const char *mt = atom_str(mod);
    buf_printf(&u->protos, "static const exc_fun_info %s_bif%d_info = {%s, %s, %d, 0, 0, EXC_FUN_EXTERNAL};\n",
               u->prefix, idx, cg_cstr(mt, strlen(mt)), cg_cstr(b->name, strlen(b->name)), n);
    return unit_const(u, cg_fmt("exc_fun_make(%s_bif%d, %d, &%s_bif%d_info, 0)", u->prefix, idx, n, u->prefix, idx));
}

/* &1..&n inside a capture body become the lambda's parameters. */
static exc_term subst_args(exc_term t)
{
    if (ast_is_call(t, "&", 1) && exc_is_integer(ast_nth(ast_args(t), 0)))
        return exc_tuple3(A(cg_fmt("exc@c%d", (int)exc_small_val(ast_nth(ast_args(t), 0)))), EXC_NIL_LIST, EXC_A_nil);
    if (exc_is_tuple(t)) {
        size_t n = exc_tuple_arity(t);
        exc_term *v = exc_alloc(sizeof *v * (n + 1));
        for (size_t i = 0; i < n; i++)
            v[i] = subst_args(exc_tuple_elems(t)[i]);
        return exc_tuple_from_array(v, n);
    }
    if (exc_is_cons(t))
        return exc_cons(subst_args(exc_hd(t)), subst_args(exc_tl(t)));
    return t;
}

/* &Mod.fun/n, &fun/n, &(&1 + 1) */
const char *cg_capture(Fn *f, exc_term e)
{
    exc_term body = ast_nth(ast_args(e), 0);
    int line = ast_line(e);
    if (ast_is_call(body, "/", 2) && exc_is_integer(ast_nth(ast_args(body), 1))) {
        exc_term target = ast_nth(ast_args(body), 0);
        int n = (int)exc_small_val(ast_nth(ast_args(body), 1));
        exc_term *te = exc_tuple_elems(target);
        if (ast_is_call(te[0], ".", 2)) {
            exc_term mod = cg_resolve_mod(f, ast_nth(ast_args(te[0]), 0));
            exc_term fun = ast_nth(ast_args(te[0]), 1);
            const Builtin *b = mod != EXC_NONE && !prog_find_mod(f->unit->prog, mod)
                                   ? find_builtin(builtin_mod(mod), atom_str(fun), n) : NULL;
            if (b)
                return builtin_fun(f, b, mod, n);
            if (mod != EXC_NONE) {
                const char *t = fn_tmp(f);
                fn_emit(f, "%s = exc_capture(%s, %s, %d);", t, unit_atom(f->unit, mod), unit_atom(f->unit, fun), n);
                return t;
            }
        } else if (exc_is_atom(te[0])) {
            /* local: a lambda calling the function */
            exc_term params = EXC_NIL_LIST;
            for (int i = n; i >= 1; i--)
                params = exc_cons(exc_tuple3(A(cg_fmt("exc@c%d", i)), EXC_NIL_LIST, EXC_A_nil), params);
            exc_term call = exc_tuple3(te[0], te[1], params);
            exc_term cl = exc_tuple3(A("->"), EXC_NIL_LIST, exc_cons(params, exc_cons(call, EXC_NIL_LIST)));
            return cg_fn_lambda(f, exc_cons(cl, EXC_NIL_LIST), line);
        }
    }
    /* &(expr with &1..&n) */
    int maxn = 0;
    exc_term stack = exc_cons(body, EXC_NIL_LIST);
    while (exc_is_cons(stack)) {
        exc_term t = exc_hd(stack);
        stack = exc_tl(stack);
        if (ast_is_call(t, "&", 1) && exc_is_integer(ast_nth(ast_args(t), 0))) {
            int k = (int)exc_small_val(ast_nth(ast_args(t), 0));
            if (k > maxn)
                maxn = k;
        } else if (exc_is_tuple(t)) {
            for (uint64_t i = 0; i < exc_tuple_arity(t); i++)
                stack = exc_cons(exc_tuple_elems(t)[i], stack);
        } else if (exc_is_cons(t)) {
            for (; exc_is_cons(t); t = exc_tl(t))
                stack = exc_cons(exc_hd(t), stack);
        }
    }
    if (maxn == 0)
        cg_error(line, "invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote function, such as &Enum.map/2\n  * &fun/arity to capture a local or imported function, such as &is_atom/1\n  * &some_code(&1, ...) containing at least one argument as &1, such as &List.flatten(&1)\n\nGot: %s",
                 "expression");
    exc_term params = EXC_NIL_LIST;
    for (int i = maxn; i >= 1; i--)
        params = exc_cons(exc_tuple3(A(cg_fmt("exc@c%d", i)), EXC_NIL_LIST, EXC_A_nil), params);
    exc_term cl = exc_tuple3(A("->"), EXC_NIL_LIST, exc_cons(params, exc_cons(subst_args(body), EXC_NIL_LIST)));
    return cg_fn_lambda(f, exc_cons(cl, EXC_NIL_LIST), line);
}

/* %S{k: v} builds from S's defaults (checked at compile time when S is in the
** program); %S{s | k: v} updates. */
const char *cg_struct(Fn *f, exc_term modnode, exc_term mapnode, int line)
{
    exc_term mod = cg_resolve_mod(f, modnode);
    exc_term kv = ast_args(mapnode);
    if (mod == EXC_NONE)
        cg_error(line, "expected struct name to be a compile time atom or alias");
    Mod *m = prog_find_mod(f->unit->prog, mod);
    if (ast_len(kv) == 1 && ast_is_call(ast_nth(kv, 0), "|", 2)) {
        exc_term up = ast_args(ast_nth(kv, 0));
        const char *base = cg_expr(f, ast_nth(up, 0), false);
        const char *t = fn_tmp(f);
        fn_emit(f, "%s = %s;", t, base);
        fn_emit(f, "if (!exc_is_map(%s) || exc_map_get(%s, %s) != %s) exc_error_badstruct(%s, %s);", t, t,
                unit_atom(f->unit, A("__struct__")), unit_atom(f->unit, mod), unit_atom(f->unit, mod), t);
        for (exc_term l = ast_nth(up, 1); exc_is_cons(l); l = exc_tl(l)) {
            exc_term p = exc_hd(l);
            const char *k = cg_expr(f, exc_tuple_elems(p)[0], false);
            const char *v = cg_expr(f, exc_tuple_elems(p)[1], false);
            fn_emit(f, "if (exc_map_get(%s, %s) == EXC_NONE) exc_error_badkey1(%s);", t, k, k);
            fn_emit(f, "%s = exc_map_put(%s, %s, %s);", t, t, k, v);
        }
        return t;
    }
    cg_env_struct = mod_display(mod);
    if (m && m->struct_fields == EXC_NONE)
        cg_error(line, "%s.__struct__/1 is undefined, cannot expand struct %s. Make sure the struct name is correct. If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code",
                 mod_display(mod), mod_display(mod));
    if (!m) {
        if (exc_exception_builtin(mod, EXC_NIL_LIST) == EXC_NONE)
            cg_error(line, "%s.__struct__/1 is undefined, cannot expand struct %s. Make sure the struct name is correct. If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code",
                     mod_display(mod), mod_display(mod));
        cg_env_struct = NULL;
        const char *fields = cg_expr(f, exc_tuple3(A("%{}"), EXC_NIL_LIST, kv), false);
        const char *t = fn_tmp(f);
        fn_emit(f, "%s = excstd_builtin_struct(%s, %s);", t, unit_atom(f->unit, mod), fields);
        return t;
    }
    if (!f->mod)
        cg_error(line, "cannot access struct %s, the struct was not yet defined or the struct is being accessed in the same context that defines it", mod_display(mod));
    if (m) {
        for (exc_term l = kv; exc_is_cons(l); l = exc_tl(l)) {
            exc_term k = exc_tuple_elems(exc_hd(l))[0];
            bool found = false;
            for (exc_term s = m->struct_fields; exc_is_cons(s); s = exc_tl(s))
                if (exc_tuple_elems(exc_hd(s))[0] == k)
                    found = true;
            if (!found)
                cg_error_kind("KeyError", line, "key %s not found", exc_inspect_cstr(k, NULL, EXC_INSPECT_INFINITY, NULL));
        }
        for (exc_term l = m->enforce_keys; exc_is_cons(l); l = exc_tl(l)) {
            bool found = false;
            for (exc_term s = kv; exc_is_cons(s); s = exc_tl(s))
                if (exc_tuple_elems(exc_hd(s))[0] == exc_hd(l))
                    found = true;
            if (!found)
                cg_error_kind("ArgumentError", line, "the following keys must also be given when building struct %s: %s",
                              mod_display(mod), exc_inspect_cstr(m->enforce_keys, NULL, EXC_INSPECT_INFINITY, NULL));
        }
    }
    cg_env_struct = NULL;
    exc_term map = exc_tuple3(A("%{}"), EXC_NIL_LIST, kv);
    const char *fields = cg_expr(f, map, false);
    const char *t = fn_tmp(f);
    exc_term ma = mod;
    exc_term call = EXC_NONE;
    (void)call;
    int site = f->unit->nsites++;
    buf_printf(&f->unit->protos, "static exc_code excsite%d;\n", site);
    fn_emit(f, "if (EXC_UNLIKELY(!excsite%d)) { excsite%d = exc_function_lookup(%s, %s, 0);", site, site,
            unit_atom(f->unit, ma), unit_atom(f->unit, A("__struct__")));
    fn_emit(f, "  if (!excsite%d) exc_error_undef(%s, %s, EXC_NIL_LIST); }", site, unit_atom(f->unit, ma),
            unit_atom(f->unit, A("__struct__")));
    fn_emit(f, "%s = excstd_struct_merge(excsite%d(0, 0, 0, 0, 0, 0), %s);", t, site, fields);
    return t;
}

/* Used by guard checking: a Kernel function compiled inline. */
bool cg_is_kernel_builtin(const char *name, int arity)
{
    return find_builtin("Kernel", name, arity) != NULL;
}

/* A guard may call an imported defguard. */
bool cg_is_imported(Fn *f, exc_term name, int arity)
{
    exc_term imps = f->mod ? f->mod->imports : f->unit->prog->imports;
    for (; exc_is_cons(imps); imps = exc_tl(imps)) {
        Mod *im = prog_find_mod(f->unit->prog, exc_hd(imps));
        if (im && mod_find_def(im, name, arity))
            return true;
    }
    return false;
}

/* C text of libexcstd's registry entries for the built-ins (`exc c --builtins`, run
** at build time): one exc_code wrapper per builtins.def entry, grouped into one
** exc_module per module, so apply/spawn/captures reach them like compiled modules. */
void cg_gen_builtins(FILE *out)
{
    size_t n = sizeof builtins / sizeof builtins[0];
    const char *args[9];
    for (int i = 0; i < 9; i++)
        args[i] = cg_fmt("a%d", i);
    fputs("/* Generated by `exc c --builtins` from compiler/builtins.def: do not edit. */\n"
          "#include \"excstd.h\"\n#include \"exc/error.h\"\n#include \"exc/kernel.h\"\n"
          "#include \"exc/inspect.h\"\n\n", out);
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(builtins[i].mod, "exc"))
            continue;
        fprintf(out, "static exc_term bw%zu(EXC_PARAMS)\n{\n    (void)a0; (void)a1; (void)a2; (void)a3; (void)a4; (void)a5;\n"
                     "    return %s;\n}\n", i, expand_tmpl(builtins[i].tmpl, args));
    }
    fputs("\nvoid excstd_register_builtins(void);\nvoid excstd_register_builtins(void)\n{\n", out);
    for (size_t i = 0; i < n; i++) {
        bool first = true;
        for (size_t k = 0; k < i; k++)
            if (!strcmp(builtins[k].mod, builtins[i].mod))
                first = false;
        if (!first || !strcmp(builtins[i].mod, "exc"))
            continue; /* :exc natives are for the stdlib's direct calls only */
        const char *m = builtins[i].mod;
        bool elixir = m[0] >= 'A' && m[0] <= 'Z';
        fprintf(out, "    {\n        static const exc_export ex[] = {\n");
        int cnt = 0;
        for (size_t k = i; k < n; k++)
            if (!strcmp(builtins[k].mod, m)) {
                fprintf(out, "            {%s, %d, bw%zu},\n", cg_cstr(builtins[k].name, strlen(builtins[k].name)),
                        builtins[k].arity, k);
                cnt++;
            }
        fprintf(out, "        };\n        static const exc_module mod = {\"%s%s\", ex, %d};\n"
                     "        exc_module_register(&mod);\n    }\n", elixir ? "Elixir." : "", m, cnt);
    }
    fputs("}\n", out);
}

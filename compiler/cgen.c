/* cgen.c: C text of a module (its functions, export table, struct definition and
** registration) and of a script's top level with main(). Expressions are in
** cgen_expr.c, calls in cgen_call.c, control flow in cgen_ctrl.c, patterns in match.c. */
#include "cgen.h"
#include "dtree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *prelude =
    "#include \"exc.h\"\n"
    "#include \"exc/call.h\"\n"
    "#include \"exc/error.h\"\n"
    "#include \"exc/kernel.h\"\n"
    "#include \"exc/inspect.h\"\n"
    "#include \"excstd.h\"\n\n";

char *cg_def_cname(Mod *m, exc_term name, int arity)
{
    Buf b = {0};
    buf_put(&b, "");
    for (const char *s = atom_str(name); *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            buf_printf(&b, "%c", c);
        else
            buf_printf(&b, "_%02x", c);
    }
    char *r = cg_fmt("excf_%s__%s_%d", m->cname, b.p, arity);
    free(b.p);
    return r;
}

static void unit_init(Unit *u, Program *p, Mod *m, const char *prefix, const char *modtext)
{
    static int serials;
    memset(u, 0, sizeof *u);
    u->serial = ++serials;
    u->prog = p;
    u->mod = m;
    u->prefix = cg_fmt("%s", prefix);
    u->modtext = modtext;
    buf_put(&u->protos, "");
    buf_put(&u->code, "");
    buf_put(&u->atom_init, "");
    buf_put(&u->const_init, "");
    buf_put(&u->frames, "");
}

/* Registers a generated function for stack traces (exc_trace_register). */
static void unit_frame(Unit *u, const char *cname, const char *fun, int arity)
{
    buf_printf(&u->frames, "    {(const void *)%s, %s, %s, %d, false},\n", cname,
               cg_cstr(u->modtext, strlen(u->modtext)), cg_cstr(fun, strlen(fun)), arity);
    u->nframes++;
}

/* The registration call for a unit's init function. */
static char *frames_c(Unit *u)
{
    if (!u->nframes)
        return "";
    return cg_fmt("    static const exc_trace_fn excg_frames[] = {\n%s    };\n"
                  "    exc_trace_register(excg_frames, %d);\n", u->frames.p, u->nframes);
}

void fn_init(Fn *f, Unit *u, Fn *parent)
{
    memset(f, 0, sizeof *f);
    f->unit = u;
    f->mod = u->mod;
    f->parent = parent;
    buf_put(&f->decls, "");
    buf_put(&f->body, "");
}

/* Copies the overflow arguments first (docs/backend-abi.md), then the stack check
** and the reduction count. */
static void emit_prologue(Buf *out, const char *cname, int nslots)
{
    for (int i = 0; i < 6; i++)
        buf_printf(out, "    (void)a%d;\n", i);
    if (nslots > 6) {
        buf_put(out, "    exc_term *excx = exc_xargs();\n");
        for (int i = 6; i < nslots; i++)
            buf_printf(out, "    exc_term a%d = excx[%d];\n", i, i - 6);
    }
    /* The frame that calls excg_grow is the same call again on the next segment: stack
    ** traces skip it (EXC_LINE_TAIL), so a deep recursion shows as on BEAM. */
    const char *file = cg_line_file ? cg_line_file : cg_file_name;
    if (file)
        buf_printf(out, "#line %d %s\n", EXC_LINE_TAIL, cg_cstr(file, strlen(file)));
    buf_put(out, "    if (EXC_UNLIKELY(exc_stack_low())) {\n");
    if (nslots > 6) {
        buf_put(out, "        excx = exc_xargs();\n");
        for (int i = 6; i < nslots; i++)
            buf_printf(out, "        excx[%d] = a%d;\n", i - 6, i);
    }
    buf_printf(out, "        return excg_grow(%s, a0, a1, a2, a3, a4, a5);\n    }\n", cname);
    buf_put(out, "    EXC_REDUCE();\n");
}

/* Generated functions are never inlined: each keeps the stack-trace frame BEAM shows. */
static void emit_fn(Unit *u, Fn *f, const char *cname, bool is_static, int nslots, const char *extra)
{
    buf_printf(&u->protos, "%sexc_term %s(EXC_PARAMS);\n", is_static ? "static " : "", cname);
    buf_printf(&u->code, "%s__attribute__((noinline)) exc_term %s(EXC_PARAMS)\n{\n",
               is_static ? "static " : "", cname);
    emit_prologue(&u->code, cname, nslots);
    if (extra)
        buf_put(&u->code, extra);
    buf_put(&u->code, f->decls.p);
    buf_put(&u->code, f->body.p);
    buf_put(&u->code, "}\n\n");
}

/* The clauses of a def or fn over arguments a0..a(n-1), as one decision tree
** (dtree.c): the first whose patterns and guard match runs its body in tail
** position. */
static void clause_enter(Fn *f, int c, void *ctx)
{
    const Clause *cs = ctx;
    f->attr_mark = cs[c].attr_mark;
    f->line = cs[c].line;
}

static void clause_body(Fn *f, int c, const char *fail, void *ctx)
{
    const Clause *cs = ctx;
    (void)fail;
    const char *r = cg_block(f, cs[c].body, true);
    if (r)
        fn_emit(f, "return %s;", r);
}

/* nomatch runs with the line BEAM gives a function_clause frame (nomatch_line). */
static void emit_clauses(Fn *f, const Clause *cs, int ncl, int arity, const char *nomatch,
                         int nomatch_line)
{
    DtClause *dc = exc_alloc(sizeof *dc * (size_t)(ncl + 1));
    for (int c = 0; c < ncl; c++) {
        exc_term *p = exc_alloc(sizeof *p * (size_t)(arity + 1));
        for (int i = 0; i < arity; i++)
            p[i] = ast_nth(cs[c].args, i);
        dc[c] = (DtClause){p, cs[c].guard};
    }
    const char **subj = exc_alloc(sizeof *subj * (size_t)(arity + 1));
    for (int i = 0; i < arity; i++)
        subj[i] = cg_fmt("a%d", i);
    const char *fail = fn_label(f);
    DtHooks h = {clause_enter, clause_body, (void *)cs};
    dtree_match(f, dc, ncl, subj, arity, fail, &h);
    fn_emit(f, "%s:;", fail);
    f->line = nomatch_line;
    fn_emit(f, "%s", nomatch);
}

static const char *args_list_expr(int arity)
{
    Buf b = {0};
    buf_printf(&b, "exc_list_from_array((exc_term[]){");
    for (int i = 0; i < arity; i++)
        buf_printf(&b, "%sa%d", i ? ", " : "", i);
    buf_printf(&b, "%s}, %d)", arity ? "" : "0", arity);
    char *r = cg_fmt("%s", b.p);
    free(b.p);
    return r;
}

static void emit_def(Unit *u, Mod *m, Def *d)
{
    cg_env_def = d;
    Fn f;
    fn_init(&f, u, NULL);
    f.def = d;
    f.fname = atom_str(d->name);
    f.farity = d->arity;
    const char *nomatch = cg_fmt("exc_error_function_clause(%s, %s, %s);", unit_atom(u, m->name),
                                 unit_atom(u, d->name), args_list_expr(d->arity));
    emit_clauses(&f, d->clauses, d->nclauses, d->arity, nomatch, d->nclauses ? d->clauses[0].line : d->line);
    emit_fn(u, &f, d->cname, false, d->arity, NULL);
    unit_frame(u, d->cname, f.fname, d->arity);
    cg_env_def = NULL;
}

/* A lambda: its own C function; returns the C expression building the fun. */
const char *cg_fn_lambda(Fn *parent, exc_term clauses, int line)
{
    Unit *u = parent->unit;
    int n = -1, ncl = ast_len(clauses);
    Clause *cs = cg_zalloc((size_t)(ncl + 1) * sizeof *cs);
    for (int i = 0; i < ncl; i++) {
        exc_term cl = ast_nth(clauses, i);
        exc_term pats = ast_nth(ast_args(cl), 0), guard = EXC_NONE;
        if (ast_len(pats) == 1 && ast_is_call(ast_nth(pats, 0), "when", -1)) {
            exc_term w = ast_args(ast_nth(pats, 0));
            int wl = ast_len(w);
            guard = ast_nth(w, wl - 1);
            exc_term ps = EXC_NIL_LIST;
            for (int k = wl - 2; k >= 0; k--)
                ps = exc_cons(ast_nth(w, k), ps);
            pats = ps;
        }
        int a = ast_len(pats);
        if (n >= 0 && a != n)
            cg_error(ast_line(cl), "cannot mix clauses with different arities in anonymous functions");
        n = a;
        cs[i] = (Clause){pats, guard, ast_nth(ast_args(cl), 1), parent->attr_mark, ast_line(cl)};
    }
    int idx = u->nlambdas++;
    const char *cname = cg_fmt("%s_lam%d", u->prefix, idx);
    Fn f;
    fn_init(&f, u, parent);
    f.def = parent->def;
    f.fname = parent->fname;
    f.farity = parent->farity;
    f.attr_mark = parent->attr_mark;
    f.self = n < 6 ? cg_fmt("a%d", n) : cg_fmt("a%d", n);
    bool top = u->mod == NULL;
    const char *lname = top ? "anonymous fn" : cg_fmt("-%s/%d-fun-%d-", f.fname, f.farity, idx);
    (void)lname;
    const char *ename = cg_fmt("-%s/%d-fun-%d-", f.fname, f.farity, idx);
    const char *nomatch = cg_fmt(
        "exc_error_function_clause(%s, %s, %s);", unit_atom(u, A(u->modtext)),
        unit_atom(u, A(ename)), args_list_expr(n));
    emit_clauses(&f, cs, ncl, n, nomatch, line);
    Buf extra = {0};
    buf_put(&extra, "");
    if (f.ncaps) {
        buf_printf(&extra, "    exc_term *excenv = exc_fun_env(%s);\n", f.self);
        for (int i = 0; i < f.ncaps; i++)
            buf_printf(&extra, "    exc_term %s = excenv[%d];\n", f.caps[i].inner, i);
    }
    emit_fn(u, &f, cname, true, n + 1, extra.p);
    unit_frame(u, cname, ename, n);
    free(extra.p);
    /* script funs print as #Function<I.U in file:NAME> (see inspect.c) */
    const char *infomod = top ? cg_fmt("file:%s", cg_file_name) : u->modtext;
    buf_printf(&u->protos,
               "static const exc_fun_info %s_info = {%s, %s, %d, %d, %uu, EXC_FUN_LAMBDA};\n",
               cname, cg_cstr(infomod, strlen(infomod)), cg_cstr(f.fname, strlen(f.fname)),
               f.farity, idx, (unsigned)(0x5a17u * (unsigned)(idx + 1) + (unsigned)line));
    const char *fun = fn_tmp(parent);
    fn_emit(parent, "%s = exc_fun_make(%s, %d, &%s_info, %d);", fun, cname, n, cname, f.ncaps);
    for (int i = 0; i < f.ncaps; i++)
        fn_emit(parent, "exc_fun_env(%s)[%d] = %s;", fun, i, f.caps[i].outer);
    return fun;
}

static const char *grow_helper =
    "typedef struct { exc_code f; exc_term a[6]; exc_term r; } excg_grow_t;\n"
    "static void excg_grow_thunk(void *p)\n{\n"
    "    excg_grow_t *c = p;\n"
    "    c->r = c->f(c->a[0], c->a[1], c->a[2], c->a[3], c->a[4], c->a[5]);\n}\n"
    "static __attribute__((noinline, unused)) exc_term excg_grow(exc_code f, EXC_PARAMS)\n{\n"
    "    excg_grow_t c = {f, {a0, a1, a2, a3, a4, a5}, 0};\n"
    "    exc_stack_grow(excg_grow_thunk, &c);\n    return c.r;\n}\n\n";

static char *assemble(Unit *u, const char *tail)
{
    Buf out = {0};
    buf_put(&out, prelude);
    buf_printf(&out, "static __attribute__((unused)) exc_term excA[%d], excK[%d];\n", u->natoms + 1, u->nconsts + 1);
    buf_put(&out, grow_helper);
    buf_put(&out, u->protos.p);
    buf_put(&out, "\n");
    buf_put(&out, u->code.p);
    buf_put(&out, tail);
    return out.p;
}

static char *struct_fields_c(Unit *u, Mod *m)
{
    Buf b = {0};
    buf_put(&b, "");
    for (exc_term l = m->struct_fields; exc_is_cons(l); l = exc_tl(l))
        buf_printf(&b, "%s, ", unit_atom(u, exc_tuple_elems(exc_hd(l))[0]));
    return b.p;
}

/* __struct__/0 (the default struct), __struct__/1 (struct!-like with a keyword list)
** and, for exceptions, exception/1. */
static void emit_struct_fns(Unit *u, Mod *m, Buf *exports)
{
    Fn f;
    fn_init(&f, u, NULL);
    f.fname = "__struct__";
    f.attr_mark = m->nattrs;
    int n = ast_len(m->struct_fields);
    Buf kv = {0};
    buf_printf(&kv, "exc_term k[] = {%s, ", unit_atom(u, A("__struct__")));
    if (m->is_exception)
        buf_printf(&kv, "%s, ", unit_atom(u, A("__exception__")));
    for (int i = 0; i < n; i++)
        buf_printf(&kv, "%s, ", unit_atom(u, exc_tuple_elems(ast_nth(m->struct_fields, i))[0]));
    buf_printf(&kv, "};\n    exc_term v[] = {%s, ", unit_atom(u, m->name));
    if (m->is_exception)
        buf_put(&kv, "EXC_A_true, ");
    fn_emit(&f, "%s", "");
    const char **vals = cg_zalloc(((size_t)n + 1) * sizeof *vals);
    for (int i = 0; i < n; i++)
        vals[i] = cg_expr(&f, exc_tuple_elems(ast_nth(m->struct_fields, i))[1], false);
    for (int i = 0; i < n; i++)
        buf_printf(&kv, "%s, ", vals[i]);
    buf_put(&kv, "};\n");
    fn_emit(&f, "%s", kv.p);
    fn_emit(&f, "return exc_map_from_arrays(k, v, %d);", n + 1 + (m->is_exception ? 1 : 0));
    const char *c0 = cg_fmt("excf_%s____struct___0", m->cname);
    emit_fn(u, &f, c0, false, 0, NULL);
    unit_frame(u, c0, "__struct__", 0);
    buf_printf(exports, "    {\"__struct__\", 0, %s},\n", c0);
    const char *c1 = cg_fmt("excf_%s____struct___1", m->cname);
    buf_printf(&u->protos, "exc_term %s(EXC_PARAMS);\n", c1);
    buf_printf(&u->code,
               "exc_term %s(EXC_PARAMS)\n{\n    (void)a1; (void)a2; (void)a3; (void)a4; (void)a5;\n"
               "    return excstd_struct_new(%s(0, 0, 0, 0, 0, 0), a0, %s);\n}\n\n",
               c1, c0, m->enforce_keys == EXC_NIL_LIST ? "EXC_NIL_LIST" : "excg_enforce()");
    buf_printf(exports, "    {\"__struct__\", 1, %s},\n", c1);
    buf_printf(&u->frames, "    {(const void *)%s, %s, \"__struct__\", 1, true},\n", c1,
               cg_cstr(u->modtext, strlen(u->modtext)));
    u->nframes++;
    if (m->is_exception && !mod_find_def(m, A("exception"), 1)) {
        const char *c2 = cg_fmt("excf_%s__exception_1", m->cname);
        buf_printf(&u->protos, "exc_term %s(EXC_PARAMS);\n", c2);
        buf_printf(&u->code,
                   "exc_term %s(EXC_PARAMS)\n{\n    (void)a1; (void)a2; (void)a3; (void)a4; (void)a5;\n"
                   "    return excstd_struct_new(%s(0, 0, 0, 0, 0, 0), exc_is_binary(a0) ? exc_cons(exc_tuple2(exc_atom(\"message\"), a0), EXC_NIL_LIST) : a0, EXC_NIL_LIST);\n}\n\n",
                   c2, c0);
        buf_printf(exports, "    {\"exception\", 1, %s},\n", c2);
    }
    free(kv.p);
}

/* Whether e can never return, as OTP's type pass sees it (beam_call_types: throw/1,
** exit/1, error/1,2 return none; a local call to a function that returns none is
** none). BEAM then calls such a function without keeping the caller's frame, so
** stack traces miss the callers; exc makes those calls tail calls (cg_local). */
static bool expr_noreturn(Mod *m, exc_term e);

/* Some expression of list l (all evaluated, in order) never returns. */
static bool any_noreturn(Mod *m, exc_term l)
{
    for (; exc_is_cons(l); l = exc_tl(l))
        if (expr_noreturn(m, exc_hd(l)))
            return true;
    return false;
}

/* A literal OTP's types know is not a number: atom, string, list, tuple, map. */
bool cg_non_number_literal(exc_term e)
{
    if (exc_is_atom(e) || exc_is_binary(e) || exc_is_list(e))
        return true;
    if (exc_is_tuple(e) && exc_tuple_arity(e) == 2)
        return true;
    return ast_is_call(e, "{}", -1) || ast_is_call(e, "%{}", -1);
}

/* a + b (- * /) with an operand that cannot be a number: always fails. */
bool cg_arith_fails(exc_term e)
{
    static const char *const ops[] = {"+", "-", "*", "/", NULL};
    for (int i = 0; ops[i]; i++)
        if (ast_is_call(e, ops[i], 2))
            return cg_non_number_literal(ast_nth(ast_args(e), 0)) ||
                   cg_non_number_literal(ast_nth(ast_args(e), 1));
    return false;
}

static bool expr_noreturn(Mod *m, exc_term e)
{
    if (cg_arith_fails(e))
        return true;
    if (exc_is_list(e))
        return any_noreturn(m, e);
    if (exc_is_tuple(e) && exc_tuple_arity(e) == 2)
        return expr_noreturn(m, exc_tuple_elems(e)[0]) || expr_noreturn(m, exc_tuple_elems(e)[1]);
    if (!exc_is_tuple(e) || exc_tuple_arity(e) != 3)
        return false;
    exc_term *el = exc_tuple_elems(e);
    if (!exc_is_list(el[2]))
        return false;
    int n = ast_len(el[2]);
    if (ast_is_call(e, "=", 2))
        return expr_noreturn(m, ast_nth(el[2], 1));
    if (ast_is_call(el[0], ".", 2)) {
        exc_term mod = ast_nth(ast_args(el[0]), 0), fun = ast_nth(ast_args(el[0]), 1);
        if (mod == A("erlang") && (((fun == A("throw") || fun == A("exit")) && n == 1) ||
                                   (fun == A("error") && (n == 1 || n == 2))))
            return true;
        return any_noreturn(m, el[2]);
    }
    if (!exc_is_atom(el[0]))
        return false;
    const char *op = atom_str(el[0]);
    /* Only what always runs: the subject or first operand of a branching form. */
    static const char *const branching[] = {"case", "cond", "if", "unless", "&&", "||", "and", "or", "receive", NULL};
    static const char *const opaque[] = {"fn", "try", "with", "for", "quote", "&", "^", "__aliases__", "@", NULL};
    for (int i = 0; opaque[i]; i++)
        if (!strcmp(op, opaque[i]))
            return false;
    for (int i = 0; branching[i]; i++)
        if (!strcmp(op, branching[i]))
            return n > 1 && expr_noreturn(m, ast_nth(el[2], 0));
    Def *d = mod_find_def(m, el[0], n);
    if (d && d->noreturn)
        return true;
    if (!d && (el[0] == A("throw") || el[0] == A("exit")) && n == 1)
        return true;
    return any_noreturn(m, el[2]);
}

static void find_noreturn(Mod *m)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < m->ndefs; i++) {
            Def *d = &m->defs[i];
            bool nr = d->nclauses > 0;
            for (int c = 0; c < d->nclauses && nr; c++)
                nr = expr_noreturn(m, d->clauses[c].body);
            if (nr && !d->noreturn)
                d->noreturn = changed = true;
        }
    }
}

char *cg_module_c(Program *p, Mod *m)
{
    cg_env_mod = m;
    cg_line_file = m->file;
    find_noreturn(m);
    Unit u;
    unit_init(&u, p, m, cg_fmt("excm_%s", m->cname), atom_str(m->name));
    Buf exports = {0};
    buf_put(&exports, "");
    for (int i = 0; i < m->ndefs; i++) {
        Def *d = &m->defs[i];
        emit_def(&u, m, d);
        if (!d->private)
            buf_printf(&exports, "    {%s, %d, %s},\n",
                       cg_cstr(atom_str(d->name), strlen(atom_str(d->name))), d->arity, d->cname);
    }
    if (m->struct_fields != EXC_NONE) {
        Buf enf = {0};
        buf_put(&enf, "static __attribute__((unused)) exc_term excg_enforce(void)\n{\n    return ");
        int ne = ast_len(m->enforce_keys);
        buf_printf(&enf, "exc_list_from_array((exc_term[]){");
        for (int i = 0; i < ne; i++)
            buf_printf(&enf, "%s, ", unit_atom(&u, ast_nth(m->enforce_keys, i)));
        buf_printf(&enf, "0}, %d);\n}\n", ne);
        buf_put(&u.protos, enf.p);
        emit_struct_fns(&u, m, &exports);
    }
    /* struct field atoms first: the init text below must list every atom. */
    char *sf = m->struct_fields != EXC_NONE ? struct_fields_c(&u, m) : NULL;
    const char *modatom = unit_atom(&u, m->name);
    Buf t2 = {0};
    buf_printf(&t2, "static const exc_export excg_exports[] = {\n%s    {NULL, 0, NULL}\n};\n", exports.p);
    buf_printf(&t2, "static const exc_module excg_module = {%s, excg_exports, sizeof excg_exports / sizeof excg_exports[0] - 1};\n",
               cg_cstr(atom_str(m->name), strlen(atom_str(m->name))));
    buf_printf(&t2, "void %s_init(void);\nvoid %s_init(void)\n{\n%s%s", u.prefix, u.prefix, u.atom_init.p, u.const_init.p);
    if (m->struct_fields != EXC_NONE) {
        buf_printf(&t2, "    exc_term f[] = {%s%s0};\n", m->is_exception ? "exc_atom(\"__exception__\"), " : "", sf);
        buf_printf(&t2, "    exc_inspect_register_struct(%s, f, %d);\n", modatom,
                   ast_len(m->struct_fields) + (m->is_exception ? 1 : 0));
    }
    buf_put(&t2, frames_c(&u));
    buf_put(&t2, "    exc_module_register(&excg_module);\n}\n");
    return assemble(&u, t2.p);
}

char *cg_script_c(Program *p)
{
    Unit u;
    cg_env_mod = NULL;
    cg_env_def = NULL;
    cg_line_file = p->top_file;
    unit_init(&u, p, NULL, "excs", "elixir_compiler_0");
    Fn f;
    fn_init(&f, &u, NULL);
    f.fname = "__FILE__";
    f.farity = 1;
    /* The last expression is in tail position, as in the __FILE__/1 function elixir
    ** compiles a script into: its call leaves no (file) frame in stack traces. */
    exc_term top = p->toplevel == EXC_NIL_LIST ? exc_cons(EXC_A_nil, EXC_NIL_LIST) : p->toplevel;
    const char *r = cg_block(&f, exc_tuple3(A("__block__"), EXC_NIL_LIST, top), true);
    if (r)
        fn_emit(&f, "return %s;", r);
    emit_fn(&u, &f, "excs_toplevel", true, 0, NULL);
    unit_frame(&u, "excs_toplevel", "__FILE__", 1);
    Buf tail = {0};
    for (int i = 0; i < p->nmods; i++)
        buf_printf(&tail, "void excm_%s_init(void);\n", p->mods[i]->cname);
    buf_printf(&tail, "static void excs_main(void *arg)\n{\n    (void)arg;\n    exc_error_init();\n    excstd_init();\n");
    for (int i = 0; i < p->nmods; i++)
        buf_printf(&tail, "    excm_%s_init();\n", p->mods[i]->cname);
    buf_printf(&tail, "%s%s%s", u.atom_init.p, u.const_init.p, frames_c(&u));
    buf_put(&tail, "    excs_toplevel(0, 0, 0, 0, 0, 0);\n}\n\n");
    buf_put(&tail, "int main(int argc, char **argv)\n{\n    excstd_set_argv(argc, argv);\n"
                   "    static exc_main_body body = {excs_main, NULL};\n"
                   "    exc_runtime_main(argc, argv, exc_main_entry, &body);\n}\n");
    return assemble(&u, tail.p);
}

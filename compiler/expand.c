/* expand.c: from a file's quoted AST to a Program: modules (nested ones get their
** full names), their functions grouped by name/arity with every clause, default
** arguments turned into extra arities, attributes kept in order, defstruct and
** defexception fields, aliases; the rest of the file is the script's top level. */
#include "cgen.h"
#include "ast.h"

#include <stdlib.h>
#include <string.h>

static void *grow(void *p, int n, int *cap, size_t elt) { return cg_grow(p, n, cap, elt); }

Mod *prog_find_mod(Program *p, exc_term name)
{
    for (int i = 0; i < p->nmods; i++)
        if (p->mods[i]->name == name)
            return p->mods[i];
    return NULL;
}

Def *mod_find_def(Mod *m, exc_term name, int arity)
{
    for (int i = 0; i < m->ndefs; i++)
        if (m->defs[i].name == name && m->defs[i].arity == arity)
            return &m->defs[i];
    return NULL;
}

static void add_alias(Alias **a, int *n, int *cap, exc_term as, exc_term full)
{
    *a = grow(*a, *n, cap, sizeof **a);
    (*a)[(*n)++] = (Alias){as, full};
}

/* "Elixir.A.B" + "C" */
static exc_term join_alias(exc_term base, const char *seg)
{
    return A(cg_fmt("%s.%s", atom_str(base), seg));
}

static exc_term lookup_alias(Program *p, Mod *m, exc_term first)
{
    if (m)
        for (int i = m->naliases - 1; i >= 0; i--)
            if (m->aliases[i].as == first)
                return m->aliases[i].full;
    for (int i = p->naliases - 1; i >= 0; i--)
        if (p->aliases[i].as == first)
            return p->aliases[i].full;
    return EXC_NONE;
}

exc_term expand_alias(Program *p, Mod *m, exc_term node)
{
    if (ast_is_call(node, "__MODULE__", -1)) {
        if (!m)
            cg_error(ast_line(node), "invalid alias: \"__MODULE__\" outside of a module");
        return m->name;
    }
    if (exc_is_atom(node))
        return node;
    if (!ast_is_call(node, "__aliases__", -1) || !exc_is_cons(ast_args(node)))
        cg_error(ast_line(node), "invalid alias");
    exc_term parts = ast_args(node);
    exc_term first = exc_hd(parts);
    exc_term base;
    if (ast_is_call(first, "__MODULE__", -1) && m) {
        base = m->name;
    } else if (exc_is_atom(first)) {
        base = lookup_alias(p, m, first);
        if (base == EXC_NONE)
            base = A(cg_fmt("Elixir.%s", atom_str(first)));
    } else {
        cg_error(ast_line(node), "invalid alias");
    }
    for (exc_term l = exc_tl(parts); exc_is_cons(l); l = exc_tl(l))
        base = join_alias(base, atom_str(exc_hd(l)));
    return base;
}

/* Last segment of a module name ("Elixir.A.B" -> "B") as an atom. */
static exc_term last_segment(exc_term mod)
{
    const char *s = atom_str(mod);
    const char *dot = strrchr(s, '.');
    return A(dot ? dot + 1 : s);
}

static void expand_alias_form(Program *p, Mod *m, exc_term args)
{
    exc_term target = exc_hd(args);
    exc_term opts = exc_tl(args) != EXC_NIL_LIST ? exc_hd(exc_tl(args)) : EXC_NIL_LIST;
    Alias **a = m ? &m->aliases : &p->aliases;
    int *n = m ? &m->naliases : &p->naliases, *cap = m ? &m->alcap : &p->alcap;
    /* alias Foo.{A, B} */
    if (exc_is_tuple(target) && exc_tuple_arity(target) == 3 &&
        exc_is_tuple(exc_tuple_elems(target)[0])) {
        exc_term dot = exc_tuple_elems(target)[0];
        if (ast_is_call(dot, ".", 2)) {
            exc_term base = expand_alias(p, m, ast_nth(ast_args(dot), 0));
            for (exc_term l = ast_args(target); exc_is_cons(l); l = exc_tl(l)) {
                exc_term full = base;
                for (exc_term s = ast_args(exc_hd(l)); exc_is_cons(s); s = exc_tl(s))
                    full = join_alias(full, atom_str(exc_hd(s)));
                add_alias(a, n, cap, last_segment(full), full);
            }
            return;
        }
    }
    if (!ast_is_call(target, "__aliases__", -1))
        return;
    exc_term full = expand_alias(p, m, target);
    exc_term as = kw_get(opts, "as");
    exc_term short_name = as != EXC_NONE && ast_is_call(as, "__aliases__", -1)
                              ? exc_hd(ast_args(as))
                              : last_segment(full);
    add_alias(a, n, cap, A(atom_str(short_name)), full);
}

static Def *get_def(Mod *m, exc_term name, int arity, bool priv, int line)
{
    Def *d = mod_find_def(m, name, arity);
    if (d)
        return d;
    m->defs = grow(m->defs, m->ndefs, &m->cap, sizeof *m->defs);
    d = &m->defs[m->ndefs++];
    memset(d, 0, sizeof *d);
    d->name = name;
    d->arity = arity;
    d->private = priv;
    d->line = line;
    d->cname = cg_def_cname(m, name, arity);
    return d;
}

static void add_clause(Def *d, Clause c)
{
    d->clauses = grow(d->clauses, d->nclauses, &d->cap, sizeof *d->clauses);
    d->clauses[d->nclauses++] = c;
}

static exc_term mkvar(const char *name) { return exc_tuple3(A(name), EXC_NIL_LIST, EXC_A_nil); }

/* def f(a, b \\ 1): f/1 calls f/2 with the default. */
static void add_default_clauses(Mod *m, exc_term name, exc_term args, bool priv, int line, int mark)
{
    int n = ast_len(args), ndef = 0;
    for (int i = 0; i < n; i++)
        if (ast_is_call(ast_nth(args, i), "\\\\", 2))
            ndef++;
    for (int k = 1; k <= ndef; k++) {
        /* arity n - k: the first (ndef - k) defaults are taken from the caller */
        int keep = ndef - k, seen = 0;
        exc_term params = EXC_NIL_LIST, callargs = EXC_NIL_LIST;
        for (int i = n - 1; i >= 0; i--) {
            (void)0;
        }
        exc_term *pv = cg_zalloc((size_t)n * sizeof *pv + 8);
        exc_term *cv = cg_zalloc((size_t)n * sizeof *cv + 8);
        int np = 0;
        for (int i = 0; i < n; i++) {
            exc_term a = ast_nth(args, i);
            if (ast_is_call(a, "\\\\", 2)) {
                if (seen++ < keep) {
                    exc_term v = mkvar(cg_fmt("exc@d%d", i));
                    pv[np++] = v;
                    cv[i] = v;
                } else {
                    cv[i] = ast_nth(ast_args(a), 1);
                }
            } else {
                exc_term v = mkvar(cg_fmt("exc@d%d", i));
                pv[np++] = v;
                cv[i] = v;
            }
        }
        params = exc_list_from_array(pv, (size_t)np);
        callargs = exc_list_from_array(cv, (size_t)n);
        Def *d = get_def(m, name, np, priv, line);
        if (d->nclauses == 0)
            add_clause(d, (Clause){params, EXC_NONE,
                                   exc_tuple3(name, EXC_NIL_LIST, callargs), mark, line});
    }
}

static exc_term strip_defaults(exc_term args)
{
    int n = ast_len(args);
    exc_term *v = cg_zalloc(((size_t)n + 1) * sizeof *v);
    for (int i = 0; i < n; i++) {
        exc_term a = ast_nth(args, i);
        v[i] = ast_is_call(a, "\\\\", 2) ? ast_nth(ast_args(a), 0) : a;
    }
    exc_term r = exc_list_from_array(v, (size_t)n);
    return r;
}

/* The body of `def f ... do ... rescue ... end` is an implicit try. */
static exc_term def_body(exc_term kw, int line)
{
    if (kw_get(kw, "rescue") != EXC_NONE || kw_get(kw, "catch") != EXC_NONE ||
        kw_get(kw, "after") != EXC_NONE || kw_get(kw, "else") != EXC_NONE)
        return exc_tuple3(A("try"), ast_meta(line, 1), exc_cons(kw, EXC_NIL_LIST));
    exc_term b = kw_get(kw, "do");
    return b == EXC_NONE ? EXC_A_nil : b;
}

static void expand_def(Mod *m, exc_term form, bool priv)
{
    exc_term args = ast_args(form);
    int line = ast_line(form);
    exc_term head = ast_nth(args, 0), guard = EXC_NONE;
    if (ast_is_call(head, "when", 2)) {
        guard = ast_nth(ast_args(head), 1);
        head = ast_nth(ast_args(head), 0);
    }
    if (!exc_is_tuple(head) || exc_tuple_arity(head) != 3 || !exc_is_atom(exc_tuple_elems(head)[0]))
        cg_error(line, "invalid function head");
    exc_term name = exc_tuple_elems(head)[0];
    exc_term params = exc_tuple_elems(head)[2];
    if (!exc_is_list(params))
        params = EXC_NIL_LIST;
    bool guarddef = ast_is_call(form, "defguard", -1) || ast_is_call(form, "defguardp", -1);
    add_default_clauses(m, name, params, priv, line, m->nattrs);
    exc_term plain = strip_defaults(params);
    Def *d = get_def(m, name, ast_len(plain), priv, line);
    bool defaults = false;
    for (exc_term l = params; exc_is_cons(l); l = exc_tl(l))
        defaults |= ast_is_call(exc_hd(l), "\\\\", 2);
    if (defaults && d->has_defaults)
        cg_error(line, "%s %s/%d defines defaults multiple times. Elixir allows defaults to be declared once per definition. Instead of:\n\n"
                       "    def foo(:first_clause, b \\\\ :default) do ... end\n"
                       "    def foo(:second_clause, b \\\\ :default) do ... end\n\n"
                       "one should write:\n\n"
                       "    def foo(a, b \\\\ :default)\n"
                       "    def foo(:first_clause, b) do ... end\n"
                       "    def foo(:second_clause, b) do ... end\n",
                 priv ? "defp" : "def", atom_str(name), d->arity);
    d->has_defaults |= defaults;
    if (guarddef) {
        add_clause(d, (Clause){plain, EXC_NONE, guard, m->nattrs, line});
        return;
    }
    if (ast_len(args) < 2)
        return; /* bodiless head: defaults only */
    add_clause(d, (Clause){plain, guard, def_body(ast_nth(args, 1), line), m->nattrs, line});
}

static void add_attr(Mod *m, exc_term name, exc_term value)
{
    m->attrs = grow(m->attrs, m->nattrs, &m->acap, sizeof *m->attrs);
    m->attrs[m->nattrs++] = (Attr){name, value};
}

/* defstruct [:a, b: 1] -> [{:a, nil}, {:b, 1}] */
static exc_term struct_fields(exc_term spec)
{
    exc_term out = EXC_NIL_LIST;
    for (exc_term l = spec; exc_is_cons(l); l = exc_tl(l)) {
        exc_term f = exc_hd(l);
        out = exc_cons(exc_is_atom(f) ? exc_tuple2(f, EXC_A_nil) : f, out);
    }
    return exc_list_reverse(out);
}

static Mod *expand_module(Program *p, Mod *parent, exc_term form);
static exc_term defimpl_as_module(Program *p, Mod *m, exc_term form);

/* Forms of a module body that only matter while compiling (or are handled above). */
static bool is_compile_time_form(exc_term f)
{
    static const char *const names[] = {
        "import", "require", "use", "alias", "@", "defmacro", "defmacrop", "defdelegate",
        "defoverridable", "defprotocol", "defstruct", "defexception", "defimpl",
        "defguard", "defguardp", "def", "defp",
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (ast_is_call(f, names[i], -1)) return true;
    return false;
}

/* The other expressions of a module body run when the module is defined, as under
** elixir: for a script, at the defmodule's place among the top-level expressions (a
** nested module's at its place in the parent's body). They become the body of the
** module's __MODULE__/1 (BEAM's name for module body code, so stack traces show
** "(module)"; a user cannot define a function of that name), called with nil from
** there. Limitation: module attributes read in them have their value as of the end
** of the module body. */
#define BODY_FN "__MODULE__"

static exc_term body_call(Mod *m)
{
    if (m->body == EXC_NIL_LIST) return EXC_NONE;
    exc_term meta = ast_meta(m->line, 1);
    exc_term dot = exc_tuple3(A("."), meta, exc_list_from_array((exc_term[]){m->name, A(BODY_FN)}, 2));
    return exc_tuple3(dot, meta, exc_cons(EXC_A_nil, EXC_NIL_LIST));
}

static void expand_body_form(Program *p, Mod *m, exc_term f)
{
    if (ast_is_call(f, "def", -1) || ast_is_call(f, "defguard", -1))
        expand_def(m, f, false);
    else if (ast_is_call(f, "defp", -1) || ast_is_call(f, "defguardp", -1))
        expand_def(m, f, true);
    else if (ast_is_call(f, "defmodule", 2)) {
        exc_term call = body_call(expand_module(p, m, f));
        if (call != EXC_NONE) m->body = exc_cons(call, m->body);
    }
    else if (ast_is_call(f, "defimpl", 3))
        expand_module(p, NULL, defimpl_as_module(p, m, f));
    else if (ast_is_call(f, "alias", -1))
        expand_alias_form(p, m, ast_args(f));
    else if (ast_is_call(f, "import", -1) && ast_is_call(ast_nth(ast_args(f), 0), "__aliases__", -1))
        m->imports = exc_cons(expand_alias(p, m, ast_nth(ast_args(f), 0)), m->imports);
    else if (ast_is_call(f, "defstruct", 1))
        m->struct_fields = struct_fields(ast_nth(ast_args(f), 0));
    else if (ast_is_call(f, "defexception", 1)) {
        m->struct_fields = struct_fields(ast_nth(ast_args(f), 0));
        m->is_exception = true;
    } else if (ast_is_call(f, "@", 1)) {
        exc_term a = ast_nth(ast_args(f), 0);
        if (exc_is_tuple(a) && exc_tuple_arity(a) == 3 && exc_is_list(ast_args(a)) &&
            ast_len(ast_args(a)) == 1) {
            exc_term name = exc_tuple_elems(a)[0];
            add_attr(m, name, ast_nth(ast_args(a), 0));
            if (name == A("enforce_keys"))
                m->enforce_keys = ast_nth(ast_args(a), 0);
        }
    }
    else if (!is_compile_time_form(f))
        m->body = exc_cons(f, m->body);
}

static Mod *expand_module(Program *p, Mod *parent, exc_term form);
static exc_term defimpl_as_module(Program *p, Mod *m, exc_term form);

/* defimpl Proto, for: T do ... end is the module Proto.T (how the runtime finds
** String.Chars implementations). */
static exc_term defimpl_as_module(Program *p, Mod *m, exc_term form)
{
    exc_term args = ast_args(form);
    exc_term proto = expand_alias(p, m, ast_nth(args, 0));
    exc_term target = kw_get(ast_nth(args, 1), "for");
    exc_term t = ast_is_call(target, "__aliases__", -1) ? expand_alias(p, m, target) : (m ? m->name : EXC_A_nil);
    const char *tt = atom_str(t);
    exc_term name = A(cg_fmt("%s.%s", atom_str(proto), strncmp(tt, "Elixir.", 7) == 0 ? tt + 7 : tt));
    return exc_tuple3(A("defmodule"), exc_tuple_elems(form)[1],
                      exc_list_from_array((exc_term[]){name, ast_nth(args, 2)}, 2));
}

/* The value of a defmodule expression: {:module, M, <<>>, value of the last body
** form} (a def's value is {name, arity}; a body expression's, what the module's body
** function returns, so it runs once, here). */
static exc_term module_value(Mod *m, exc_term form)
{
    exc_term body = kw_get(ast_nth(ast_args(form), 1), "do");
    exc_term last = body;
    if (ast_is_call(body, "__block__", -1))
        last = ast_nth(ast_args(body), ast_len(ast_args(body)) - 1);
    exc_term call = body_call(m);
    exc_term v = EXC_A_nil;
    if (ast_is_call(last, "def", -1) || ast_is_call(last, "defp", -1)) {
        exc_term head = ast_nth(ast_args(last), 0);
        if (ast_is_call(head, "when", -1))
            head = ast_nth(ast_args(head), 0);
        exc_term params = exc_tuple_elems(head)[2];
        v = exc_tuple2(exc_tuple_elems(head)[0], exc_small(exc_is_list(params) ? ast_len(params) : 0));
    } else if (call != EXC_NONE && last == ast_nth(m->body, ast_len(m->body) - 1)) {
        v = call;
    }
    exc_term tuple = exc_tuple3(A("{}"), EXC_NIL_LIST,
                                exc_list_from_array((exc_term[]){A("module"), m->name, exc_binary("", 0), v}, 4));
    if (call == EXC_NONE || v == call)
        return tuple;
    return exc_tuple3(A("__block__"), EXC_NIL_LIST, exc_list_from_array((exc_term[]){call, tuple}, 2));
}

/* defmodule inside a top-level expression: defined like the others, replaced by
** its value. */
static exc_term lift_modules(Program *p, exc_term t)
{
    if (ast_is_call(t, "defmodule", 2))
        return module_value(expand_module(p, NULL, t), t);
    if (exc_is_tuple(t)) {
        size_t n = exc_tuple_arity(t);
        exc_term *v = exc_alloc(sizeof *v * (n + 1));
        for (size_t i = 0; i < n; i++)
            v[i] = lift_modules(p, exc_tuple_elems(t)[i]);
        return exc_tuple_from_array(v, n);
    }
    if (exc_is_cons(t))
        return exc_cons(lift_modules(p, exc_hd(t)), lift_modules(p, exc_tl(t)));
    return t;
}

static Mod *expand_module(Program *p, Mod *parent, exc_term form)
{
    exc_term args = ast_args(form);
    exc_term namenode = ast_nth(args, 0);
    exc_term name;
    if (exc_is_atom(namenode))
        name = namenode;
    else if (!ast_is_call(namenode, "__aliases__", -1))
        cg_error(ast_line(form), "invalid module name");
    else if (parent) {
        exc_term first = exc_hd(ast_args(namenode));
        name = join_alias(parent->name, atom_str(first));
        for (exc_term l = exc_tl(ast_args(namenode)); exc_is_cons(l); l = exc_tl(l))
            name = join_alias(name, atom_str(exc_hd(l)));
        add_alias(&parent->aliases, &parent->naliases, &parent->alcap, first,
                  join_alias(parent->name, atom_str(first)));
    } else
        name = expand_alias(p, NULL, namenode);
    Mod *m = cg_zalloc(sizeof *m);
    m->name = name;
    m->line = ast_line(form);
    m->file = parent ? parent->file : cg_form_file(form);
    m->struct_fields = EXC_NONE;
    m->enforce_keys = EXC_NIL_LIST;
    m->imports = parent ? parent->imports : EXC_NIL_LIST;
    const char *t = atom_str(name);
    Buf b = {0};
    for (const char *s = t; *s; s++)
        buf_printf(&b, (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ? "%c" : "_%02x", (unsigned char)*s);
    m->cname = cg_fmt("%s", b.p);
    free(b.p);
    if (parent)
        for (int i = 0; i < parent->naliases; i++)
            add_alias(&m->aliases, &m->naliases, &m->alcap, parent->aliases[i].as,
                      parent->aliases[i].full);
    p->mods = grow(p->mods, p->nmods, &p->cap, sizeof *p->mods);
    p->mods[p->nmods++] = m;
    m->body = EXC_NIL_LIST;
    exc_term body = kw_get(ast_nth(args, 1), "do");
    Mod *outer = cg_env_mod;
    cg_env_mod = m;
    if (ast_is_call(body, "__block__", -1))
        for (exc_term l = ast_args(body); exc_is_cons(l); l = exc_tl(l))
            expand_body_form(p, m, exc_hd(l));
    else if (body != EXC_NONE)
        expand_body_form(p, m, body);
    if (m->body != EXC_NIL_LIST) {
        m->body = exc_list_reverse(m->body);
        exc_term meta = ast_meta(m->line, 1);
        exc_term head = exc_tuple3(A(BODY_FN), meta, exc_cons(exc_tuple3(A("_env"), meta, EXC_A_nil), EXC_NIL_LIST));
        exc_term block = exc_tuple3(A("__block__"), meta, m->body);
        exc_term kw = exc_cons(exc_tuple2(A("do"), block), EXC_NIL_LIST);
        expand_def(m, exc_tuple3(A("def"), meta, exc_list_from_array((exc_term[]){head, kw}, 2)), false);
    }
    cg_env_mod = outer;
    return m;
}

Program *expand_program(const char *file, exc_term ast)
{
    Program *p = cg_zalloc(sizeof *p);
    p->file = file;
    p->imports = EXC_NIL_LIST;
    exc_term forms = ast_is_call(ast, "__block__", -1) ? ast_args(ast) : exc_cons(ast, EXC_NIL_LIST);
    exc_term top = EXC_NIL_LIST;
    for (exc_term l = forms; exc_is_cons(l); l = exc_tl(l)) {
        exc_term f = exc_hd(l);
        if (ast_is_call(f, "defmodule", 2)) {
            exc_term call = body_call(expand_module(p, NULL, f));
            if (call != EXC_NONE) top = exc_cons(call, top);
        } else if (ast_is_call(f, "defimpl", 3))
            expand_module(p, NULL, defimpl_as_module(p, NULL, f));
        else if (ast_is_call(f, "defprotocol", 2))
            continue;
        else {
            if (ast_is_call(f, "alias", -1))
                expand_alias_form(p, NULL, ast_args(f));
            if (ast_is_call(f, "import", -1) && ast_is_call(ast_nth(ast_args(f), 0), "__aliases__", -1))
                p->imports = exc_cons(expand_alias(p, NULL, ast_nth(ast_args(f), 0)), p->imports);
            if (cg_form_file(f))
                p->top_file = cg_form_file(f);
            top = exc_cons(lift_modules(p, f), top);
        }
    }
    p->toplevel = exc_list_reverse(top);
    return p;
}

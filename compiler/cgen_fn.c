/* cgen_fn.c: state of one generated C function (temporaries, labels, the variable
** environment with Elixir's scoping, captures of lambdas) and of one unit (atom and
** constant tables). */
#include "cgen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *grow(void *p, int n, int *cap, size_t elt) { return cg_grow(p, n, cap, elt); }

/* A fresh local, declared (and zeroed, so setjmp/goto paths never read garbage) at
** the top of the function. */
char *fn_tmp(Fn *f)
{
    char *n = cg_fmt("t%d", f->ntmp++);
    buf_printf(&f->decls, "    exc_term %s = 0; (void)%s;\n", n, n);
    return n;
}

char *fn_label(Fn *f) { return cg_fmt("L%d", f->ntmp++); }

/* `#line` of the Elixir expression being compiled before each statement, so the C
** line table is the Elixir one (stack traces: docs/backend.md). */
static void emit_line(Fn *f)
{
    static const char *qfile;
    static const char *qfor;
    const char *file = cg_line_file ? cg_line_file : cg_file_name;
    if (f->line <= 0 || !file)
        return;
    if (qfor != file) {
        qfile = cg_cstr(file, strlen(file));
        qfor = file;
    }
    buf_printf(&f->body, "#line %d %s\n", f->line + f->line_flag, qfile);
}

void fn_emit(Fn *f, const char *fmt, ...)
{
    emit_line(f);
    va_list ap;
    va_start(ap, fmt);
    char buf[4096];
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    /* labels may be unreferenced (a pattern without tests): mark them unused */
    char *lab = n > 2 && n < (int)sizeof buf - 40 ? strstr(buf, ":;") : NULL;
    if (lab && buf[0] == 'L' && lab - buf < 12) {
        char rest[4096];
        snprintf(rest, sizeof rest, "%s", lab + 2);
        snprintf(lab, sizeof buf - (size_t)(lab - buf), ": __attribute__((unused));%s", rest);
        n = (int)strlen(buf);
    }
    if (n >= (int)sizeof buf) {
        char *big = exc_alloc_atomic((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        buf_put(&f->body, "    ");
        buf_put(&f->body, big);
    } else {
        buf_put(&f->body, "    ");
        buf_put(&f->body, buf);
    }
    buf_put(&f->body, "\n");
}

static char *sanitize(const char *s)
{
    Buf b = {0};
    buf_put(&b, "");
    for (int i = 0; s[i] && i < 24; i++) {
        char c = s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
            buf_printf(&b, "%c", c);
    }
    char *r = cg_fmt("%s", b.p);
    free(b.p);
    return r;
}

const char *fn_bind(Fn *f, exc_term name)
{
    char *c = cg_fmt("v%d_%s", f->ntmp++, sanitize(atom_str(name)));
    buf_printf(&f->decls, "    exc_term %s = 0; (void)%s;\n", c, c);
    f->vars = grow(f->vars, f->nvars, &f->vcap, sizeof *f->vars);
    f->vars[f->nvars++] = (Var){name, c};
    return c;
}

/* A variable of an enclosing function becomes a captured value of the lambda. */
static const char *capture(Fn *f, exc_term name)
{
    const char *outer = fn_lookup(f->parent, name);
    if (!outer)
        return NULL;
    for (int i = 0; i < f->ncaps; i++)
        if (strcmp(f->caps[i].outer, outer) == 0)
            return f->caps[i].inner;
    char *inner = cg_fmt("c%d_%s", f->ncaps, sanitize(atom_str(name)));
    f->caps = grow(f->caps, f->ncaps, &f->ccap, sizeof *f->caps);
    f->caps[f->ncaps++] = (Capture){outer, inner};
    return inner;
}

const char *fn_lookup(Fn *f, exc_term name)
{
    for (int i = f->nvars - 1; i >= 0; i--)
        if (f->vars[i].name == name)
            return f->vars[i].c;
    if (f->parent)
        return capture(f, name);
    return NULL;
}

const char *unit_atom(Unit *u, exc_term atom)
{
    if (atom == EXC_A_nil)
        return "EXC_A_nil";
    if (atom == EXC_A_true)
        return "EXC_A_true";
    if (atom == EXC_A_false)
        return "EXC_A_false";
    size_t len;
    const char *t = exc_atom_text(atom, &len);
    /* A linear scan of the init text would be slow; keep a side table. */
    static struct { int u; exc_term a; int i; } *tab;
    static int ntab, cap;
    for (int i = 0; i < ntab; i++)
        if (tab[i].u == u->serial && tab[i].a == atom)
            return cg_fmt("excA[%d]", tab[i].i);
    tab = grow(tab, ntab, &cap, sizeof *tab);
    tab[ntab].u = u->serial;
    tab[ntab].a = atom;
    tab[ntab].i = u->natoms;
    ntab++;
    buf_printf(&u->atom_init, "    excA[%d] = exc_atom_n(%s, %zu);\n", u->natoms, cg_cstr(t, len), len);
    return cg_fmt("excA[%d]", u->natoms++);
}

const char *unit_const(Unit *u, const char *init_expr)
{
    buf_printf(&u->const_init, "    excK[%d] = %s;\n", u->nconsts, init_expr);
    return cg_fmt("excK[%d]", u->nconsts++);
}

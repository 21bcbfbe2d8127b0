/* dtree.c: the clauses of a multi-clause match (function heads, fn, case, receive)
** compiled together into a backtracking automaton (Le Fessant & Maranget, "Optimizing
** pattern matching", 2001; the same column rule as OTP's v3_kernel), instead of one
** test chain per clause.
**
** A clause matrix has one column per subject and one row per clause. The first
** column where the first row has a constructor (literal, tuple of arity n, [] or a
** cons) is split on: the maximal run of rows that all have a constructor there is
** grouped by constructor; each constructor is tested once, and its rows continue on
** the constructor's sub-terms (tuple elements, head and tail) as new columns. As
** constructors are disjoint, rows of different groups never both match, so running a
** group before an earlier row of another group keeps Elixir's first-match order;
** within a group the rows keep their order. When a group fails, matching goes on
** with the rows after the run (backtracking): every clause is emitted exactly once,
** so bodies are never duplicated. A row with no constructor left is a leaf: its
** remaining patterns (variables, pins, maps, binaries, aliases, ...) go through
** match.c's per-pattern tests, in left-to-right order, then its guard; a failure
** continues with the next row.
**
** EXC_DTREE=0 in the environment of the compiler turns every pattern into a leaf
** pattern, which is the former clause-by-clause chain (kept to measure and compare). */
#include "dtree.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef enum { K_NONE, K_LIT, K_CONS, K_TUPLE } Kind;

typedef struct Con {
    Kind k;
    exc_term lit;  /* K_LIT: the literal */
    int arity;     /* number of sub-terms */
} Con;

typedef struct Row {
    int clause;
    exc_term *pats; /* one per column */
} Row;

typedef struct Mat {
    const DtClause *cs;
    const DtHooks *h;
} Mat;

static bool dtree_on(void)
{
    static int on = -1;
    if (on < 0) {
        const char *e = getenv("EXC_DTREE");
        on = !(e && !strcmp(e, "0"));
    }
    return on;
}

static bool is_tuple_ast(exc_term p, exc_term *items)
{
    if (!exc_is_tuple(p) || exc_tuple_arity(p) != 3 || ast_is_var(p))
        return false;
    exc_term *e = exc_tuple_elems(p);
    if (!exc_is_atom(e[0]) || strcmp(atom_str(e[0]), "{}") || !exc_is_list(e[2]))
        return false;
    *items = e[2];
    return true;
}

/* The constructor a pattern tests first, K_NONE for leaf patterns. */
static Con con_of(exc_term p)
{
    Con none = {K_NONE, 0, 0};
    exc_term items;
    if (!dtree_on())
        return none;
    if (exc_is_integer(p) || exc_is_float(p) || exc_is_atom(p) || exc_is_binary(p) || p == EXC_NIL_LIST)
        return (Con){K_LIT, p, 0};
    if (exc_is_cons(p)) {
        /* `[a | t]` only as the last element; anything else is left to match.c */
        if (ast_is_call(exc_hd(p), "|", 2) && exc_tl(p) != EXC_NIL_LIST)
            return none;
        return (Con){K_CONS, 0, 2};
    }
    if (exc_is_tuple(p) && exc_tuple_arity(p) == 2)
        return (Con){K_TUPLE, 0, 2};
    if (is_tuple_ast(p, &items))
        return (Con){K_TUPLE, 0, ast_len(items)};
    if (ast_is_call(p, "-", 1) && exc_is_number(ast_nth(ast_args(p), 0))) {
        exc_term n = ast_nth(ast_args(p), 0);
        return (Con){K_LIT, exc_is_float(n) ? exc_float(-exc_float_val(n)) : exc_int_neg(n), 0};
    }
    return none;
}

static bool con_same(Con a, Con b)
{
    if (a.k != b.k)
        return false;
    if (a.k == K_LIT)
        return exc_eq_exact(a.lit, b.lit);
    return a.arity == b.arity;
}

/* The sub-patterns of p under its constructor c, into out[0..c.arity). */
static void con_subs(exc_term p, Con c, exc_term *out)
{
    exc_term items;
    if (c.k == K_CONS) {
        exc_term h = exc_hd(p);
        if (ast_is_call(h, "|", 2)) {
            out[0] = ast_nth(ast_args(h), 0);
            out[1] = ast_nth(ast_args(h), 1);
        } else {
            out[0] = h;
            out[1] = exc_tl(p);
        }
    } else if (c.k == K_TUPLE && exc_is_tuple(p) && exc_tuple_arity(p) == 2) {
        out[0] = exc_tuple_elems(p)[0];
        out[1] = exc_tuple_elems(p)[1];
    } else if (c.k == K_TUPLE && is_tuple_ast(p, &items)) {
        for (int i = 0; i < c.arity; i++)
            out[i] = ast_nth(items, i);
    }
}

/* The C test of constructor c on subject s. */
static const char *con_test(Fn *f, Con c, const char *s)
{
    switch (c.k) {
    case K_LIT:
        if (c.lit == EXC_NIL_LIST)
            return cg_fmt("%s == EXC_NIL_LIST", s);
        if (exc_is_small(c.lit) || exc_is_atom(c.lit))
            return cg_fmt("%s == %s", s, cg_literal(f, c.lit));
        return cg_fmt("exc_eq_exact(%s, %s)", s, cg_literal(f, c.lit));
    case K_CONS:
        return cg_fmt("exc_is_cons(%s)", s);
    case K_TUPLE:
        return cg_fmt("exc_is_tuple(%s) && exc_tuple_arity(%s) == %d", s, s, c.arity);
    default:
        return "1";
    }
}

static void compile(Fn *f, const Mat *m, Row *rows, int nrows, const char **subj, int ncol, const char *fail);

/* The first row has no constructor left: its own tests, guard and body; a failure
** goes to the returned label, where matching goes on with the next rows. */
static const char *leaf(Fn *f, const Mat *m, const Row *row, const char **subj, int ncol)
{
    const char *next = fn_label(f);
    int mark = f->nvars, c = row->clause;
    if (m->h->enter)
        m->h->enter(f, c, m->h->ctx);
    fn_emit(f, "{");
    int saved = match_begin(f);
    for (int j = 0; j < ncol; j++)
        match_sub(f, row->pats[j], subj[j], next);
    match_end(saved);
    if (m->cs[c].guard != EXC_NONE)
        match_guard(f, m->cs[c].guard, next);
    m->h->body(f, c, next, m->h->ctx);
    fn_emit(f, "}");
    f->nvars = mark;
    return next;
}

/* One constructor group of a run split on column col: test it once, then match its
** rows on the sub-terms; on failure goto fail. */
static void group(Fn *f, const Mat *m, Row *rows, int nrows, const char **subj, int ncol, int col, Con c,
                  const char *fail)
{
    const char *s = subj[col];
    int nc = ncol - 1 + c.arity;
    const char **ns = exc_alloc(sizeof *ns * (size_t)(nc + 1));
    fn_emit(f, "if (%s) {", con_test(f, c, s));
    int k = 0;
    for (int j = 0; j < col; j++)
        ns[k++] = subj[j];
    for (int a = 0; a < c.arity; a++) {
        const char *t = fn_tmp(f);
        if (c.k == K_CONS)
            fn_emit(f, "%s = %s(%s);", t, a == 0 ? "exc_hd" : "exc_tl", s);
        else
            fn_emit(f, "%s = exc_tuple_elems(%s)[%d];", t, s, a);
        ns[k++] = t;
    }
    for (int j = col + 1; j < ncol; j++)
        ns[k++] = subj[j];
    Row *nr = exc_alloc(sizeof *nr * (size_t)nrows);
    for (int r = 0; r < nrows; r++) {
        exc_term *p = exc_alloc(sizeof *p * (size_t)(nc + 1));
        k = 0;
        for (int j = 0; j < col; j++)
            p[k++] = rows[r].pats[j];
        con_subs(rows[r].pats[col], c, p + k);
        k += c.arity;
        for (int j = col + 1; j < ncol; j++)
            p[k++] = rows[r].pats[j];
        nr[r] = (Row){rows[r].clause, p};
    }
    compile(f, m, nr, nrows, ns, nc, fail);
    fn_emit(f, "}");
}

/* Rows one after the other (a loop, not recursion: functions may have thousands of
** clauses): a leaf row, or a run of rows split on one column. */
static void compile(Fn *f, const Mat *m, Row *rows, int nrows, const char **subj, int ncol, const char *fail)
{
    while (nrows > 0) {
        int col = -1;
        for (int j = 0; j < ncol && col < 0; j++)
            if (con_of(rows[0].pats[j]).k != K_NONE)
                col = j;
        if (col < 0) {
            fn_emit(f, "%s:;", leaf(f, m, rows, subj, ncol));
            rows++, nrows--;
            continue;
        }
        int run = 1;
        while (run < nrows && con_of(rows[run].pats[col]).k != K_NONE)
            run++;
        const char *next = fn_label(f);
        bool *done = exc_alloc(sizeof *done * (size_t)run);
        memset(done, 0, sizeof *done * (size_t)run);
        Row *g = exc_alloc(sizeof *g * (size_t)run);
        for (int r = 0; r < run; r++) {
            if (done[r])
                continue;
            Con c = con_of(rows[r].pats[col]);
            int ng = 0;
            for (int q = r; q < run; q++)
                if (!done[q] && con_same(c, con_of(rows[q].pats[col]))) {
                    done[q] = true;
                    g[ng++] = rows[q];
                }
            group(f, m, g, ng, subj, ncol, col, c, next);
        }
        fn_emit(f, "%s:;", next);
        rows += run, nrows -= run;
    }
    fn_emit(f, "goto %s;", fail);
}

void dtree_match(Fn *f, const DtClause *cs, int ncl, const char *const *subj, int n, const char *nomatch,
                 const DtHooks *h)
{
    Mat m = {cs, h};
    Row *rows = exc_alloc(sizeof *rows * (size_t)(ncl + 1));
    for (int c = 0; c < ncl; c++)
        rows[c] = (Row){c, cs[c].pats};
    const char **s = exc_alloc(sizeof *s * (size_t)(n + 1));
    for (int j = 0; j < n; j++)
        s[j] = subj[j];
    compile(f, &m, rows, ncl, s, n, nomatch);
}

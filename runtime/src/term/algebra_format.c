/* algebra_format.c: format/2 and fits?/4 of Elixir 1.14's Inspect.Algebra.
**
** Elixir walks a list of {indent, mode, doc} triples; here that list is an explicit
** stack (top = head of the list). fits? reads the formatter's remaining stack
** without copying it and keeps its own stack on top; a TAIL marker in that stack
** stands for Elixir's `{:tail, b?, t}` cell and restores the "a break was seen"
** flag when popped. Clause order follows algebra.ex exactly, since it matters. */
#include "term/algebra.h"

#include <stdlib.h>
#include <string.h>

enum mode { M_FLAT, M_BREAK, M_FLAT_NO_BREAK, M_BREAK_NO_FLAT, M_TAIL };

typedef struct entry {
    int64_t indent; /* for M_TAIL: the saved b? flag */
    int mode;
    const exci_doc *doc;
} entry;

typedef struct stack {
    entry *e;
    size_t n, cap;
} stack;

static void push(stack *s, int64_t indent, int mode, const exci_doc *doc)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->e = realloc(s->e, s->cap * sizeof *s->e);
        if (!s->e) abort();
    }
    s->e[s->n++] = (entry){indent, mode, doc};
}

static int64_t sat_add(int64_t a, int64_t b)
{
    return a > EXCI_ALG_INFINITY - b ? EXCI_ALG_INFINITY : a + b;
}

static int64_t apply_nesting(int64_t i, int64_t k, int64_t j)
{
    if (j == EXCI_ALG_CURSOR) return k;
    if (j == EXCI_ALG_RESET) return 0;
    return i + j;
}

/* {doc_limit, empty(), w}: restores the width `w` once reached. */
static const exci_doc *limit_doc(exci_alg_arena *tmp, int64_t w)
{
    exci_doc *d = exci_alg_alloc(tmp, sizeof *d);
    memset(d, 0, sizeof *d);
    d->kind = EXCI_DOC_LIMIT;
    d->n = w;
    d->a = exci_alg_empty();
    return d;
}

/* State of one fits? call: the local stack and how much of the formatter's
** remaining stack (`rest[0..nrest)`, top last) is still unread. */
typedef struct fits_state {
    stack local;
    exci_alg_arena *tmp; /* for the width-restoring doc_limit entries */
    const entry *rest;
    size_t nrest;
} fits_state;

static bool fits_pop(fits_state *fs, entry *out)
{
    if (fs->local.n) {
        *out = fs->local.e[--fs->local.n];
        return true;
    }
    if (fs->nrest) {
        *out = fs->rest[--fs->nrest];
        return true;
    }
    return false;
}

/* fits?/4: does the rest of the current line fit in `w` columns? `b` says whether a
** break has been seen (a line longer than w only fails after a break). */
static bool fits(int64_t w, int64_t k, bool b, fits_state *fs)
{
    entry e;
    for (;;) {
        if (k > w && b) return false;
        if (!fits_pop(fs, &e)) return true;
        if (e.mode == M_TAIL) {
            b = e.indent != 0;
            continue;
        }
        const exci_doc *d = e.doc;
        int m = e.mode;
        int64_t i = e.indent;
        switch (d->kind) {
        case EXCI_DOC_FITS:
            if (d->flag == EXCI_FITS_DISABLED || m == M_FLAT_NO_BREAK)
                push(&fs->local, i, M_FLAT_NO_BREAK, d->a);
            else
                push(&fs->local, i, M_BREAK_NO_FLAT, d->a);
            continue;
        case EXCI_DOC_FORCE:
            if (m == M_BREAK_NO_FLAT) {
                push(&fs->local, i, M_BREAK_NO_FLAT, d->a);
                continue;
            }
            return false;
        case EXCI_DOC_BREAK:
            if (m == M_BREAK_NO_FLAT || m == M_BREAK) return true;
            k = sat_add(k, (int64_t)d->len);
            b = true;
            continue;
        case EXCI_DOC_LINE:
            if (m == M_BREAK_NO_FLAT || m == M_BREAK) return true;
            k = i;
            b = false;
            continue;
        case EXCI_DOC_GROUP:
            push(&fs->local, b, M_TAIL, NULL);
            push(&fs->local, i, m == M_BREAK ? M_FLAT : m, d->a);
            continue;
        case EXCI_DOC_NIL: continue;
        case EXCI_DOC_STRING: k = sat_add(k, d->n); continue;
        case EXCI_DOC_BIN: k = sat_add(k, (int64_t)d->len); continue;
        case EXCI_DOC_NEST:
            if (d->flag == EXCI_NEST_BREAK)
                push(&fs->local, i, m, d->a);
            else
                push(&fs->local, apply_nesting(i, k, d->n), m, d->a);
            continue;
        case EXCI_DOC_CONS:
            push(&fs->local, i, m, d->b);
            push(&fs->local, i, m, d->a);
            continue;
        case EXCI_DOC_LIMIT:
            /* {doc_limit, x, infinity}: measure x unbounded, then restore w. */
            if (d->n == EXCI_ALG_INFINITY && w != EXCI_ALG_INFINITY) {
                push(&fs->local, i, m, limit_doc(fs->tmp, w));
                push(&fs->local, i, M_FLAT, d->a);
                w = EXCI_ALG_INFINITY;
                continue;
            }
            w = d->n;
            push(&fs->local, i, m, d->a);
            continue;
        }
    }
}

/* fits? over a fresh list [{i, flat, doc}] (group) or over the formatter's
** remaining stack (flex break). */
static bool fits_group(exci_alg_arena *tmp, int64_t w, int64_t k, int64_t i, const exci_doc *d)
{
    fits_state fs = {{0}, tmp, NULL, 0};
    push(&fs.local, i, M_FLAT, d);
    bool r = fits(w, k, false, &fs);
    free(fs.local.e);
    return r;
}

static bool fits_rest(exci_alg_arena *tmp, int64_t w, int64_t k, const stack *rest)
{
    fits_state fs = {{0}, tmp, rest->e, rest->n};
    bool r = fits(w, k, true, &fs);
    free(fs.local.e);
    return r;
}

static void indent(exci_buf *out, int64_t i)
{
    exci_buf_putc(out, '\n');
    for (int64_t j = 0; j < i; j++) exci_buf_putc(out, ' ');
}

/* One step of format/3 on entry `e`; returns the new column. */
static int64_t format_one(exci_alg_arena *tmp, int64_t *w, int64_t k, entry e, stack *s,
                          exci_buf *out)
{
    const exci_doc *d = e.doc;
    int64_t i = e.indent;
    int m = e.mode;
    switch (d->kind) {
    case EXCI_DOC_NIL: return k;
    case EXCI_DOC_LINE: indent(out, i); return i;
    case EXCI_DOC_CONS:
        push(s, i, m, d->b);
        push(s, i, m, d->a);
        return k;
    case EXCI_DOC_STRING: exci_buf_put(out, d->s, d->len); return sat_add(k, d->n);
    case EXCI_DOC_BIN: exci_buf_put(out, d->s, d->len); return sat_add(k, (int64_t)d->len);
    case EXCI_DOC_FORCE:
    case EXCI_DOC_FITS: push(s, i, m, d->a); return k;
    case EXCI_DOC_BREAK: {
        int64_t k2 = sat_add(k, (int64_t)d->len);
        bool flat = d->flag == EXCI_BREAK_FLEX
                        ? (*w == EXCI_ALG_INFINITY || m == M_FLAT || fits_rest(tmp, *w, k2, s))
                        : m != M_BREAK;
        if (flat) {
            exci_buf_put(out, d->s, d->len);
            return k2;
        }
        indent(out, i);
        return i;
    }
    case EXCI_DOC_NEST: {
        bool apply = d->flag == EXCI_NEST_ALWAYS || m == M_BREAK;
        push(s, apply ? apply_nesting(i, k, d->n) : i, m, d->a);
        return k;
    }
    case EXCI_DOC_GROUP:
        if (m == M_BREAK && d->flag == EXCI_GROUP_INHERIT)
            push(s, i, M_BREAK, d->a);
        else
            push(s, i, (*w == EXCI_ALG_INFINITY || fits_group(tmp, *w, k, i, d->a)) ? M_FLAT : M_BREAK,
                 d->a);
        return k;
    case EXCI_DOC_LIMIT:
        *w = d->n;
        push(s, i, m, d->a);
        return k;
    }
    return k;
}

void exci_alg_format(const exci_doc *d, int64_t width, exci_buf *out)
{
    stack s = {0};
    exci_alg_arena tmp;
    int64_t k = 0, w = width;
    exci_alg_arena_init(&tmp);
    push(&s, 0, M_FLAT, d);
    while (s.n) {
        entry e = s.e[--s.n];
        /* {doc_limit, x, infinity} under a finite width: format x unbounded, then
        ** restore the width through a trailing limit entry. */
        if (e.doc->kind == EXCI_DOC_LIMIT && e.doc->n == EXCI_ALG_INFINITY &&
            w != EXCI_ALG_INFINITY) {
            push(&s, e.indent, e.mode, limit_doc(&tmp, w));
            push(&s, e.indent, M_FLAT, e.doc->a);
            w = EXCI_ALG_INFINITY;
            continue;
        }
        k = format_one(&tmp, &w, k, e, &s, out);
    }
    free(s.e);
    exci_alg_arena_free(&tmp);
}

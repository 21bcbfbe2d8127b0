/* algebra.c: document constructors, the arena and output buffer, and container_doc
** of Elixir 1.14's Inspect.Algebra. The layout engine (format/fits?) is in
** algebra_format.c. */
#include "term/algebra.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- arena ----------------------------------------------------------------- */

struct exci_alg_chunk {
    struct exci_alg_chunk *next;
    max_align_t data[];
};

#define ARENA_CHUNK 16384

void exci_alg_arena_init(exci_alg_arena *ar)
{
    ar->chunks = NULL;
    ar->cur = NULL;
    ar->left = 0;
}

void exci_alg_arena_free(exci_alg_arena *ar)
{
    struct exci_alg_chunk *c = ar->chunks;
    while (c) {
        struct exci_alg_chunk *next = c->next;
        free(c);
        c = next;
    }
    exci_alg_arena_init(ar);
}

/* Bump allocation, 16-byte aligned; large requests get a chunk of their own. */
void *exci_alg_alloc(exci_alg_arena *ar, size_t bytes)
{
    bytes = (bytes + 15) & ~(size_t)15;
    if (bytes > ar->left) {
        size_t size = bytes > ARENA_CHUNK ? bytes : ARENA_CHUNK;
        struct exci_alg_chunk *c = malloc(sizeof *c + size);
        if (!c) abort();
        c->next = ar->chunks;
        ar->chunks = c;
        ar->cur = (char *)c->data;
        ar->left = size;
    }
    void *p = ar->cur;
    ar->cur += bytes;
    ar->left -= bytes;
    return p;
}

/* ---- output buffer ----------------------------------------------------------- */

void exci_buf_put(exci_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) abort();
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void exci_buf_putc(exci_buf *b, char c) { exci_buf_put(b, &c, 1); }
void exci_buf_puts(exci_buf *b, const char *s) { exci_buf_put(b, s, strlen(s)); }

/* ---- constructors ------------------------------------------------------------ */

static const exci_doc doc_nil = {.kind = EXCI_DOC_NIL};
static const exci_doc doc_line = {.kind = EXCI_DOC_LINE};

const exci_doc *exci_alg_empty(void) { return &doc_nil; }
const exci_doc *exci_alg_line(void) { return &doc_line; }

static exci_doc *node(exci_alg_arena *ar, enum exci_doc_kind kind)
{
    exci_doc *d = exci_alg_alloc(ar, sizeof *d);
    memset(d, 0, sizeof *d);
    d->kind = (uint8_t)kind;
    return d;
}

/* A binary document; the text is copied into the arena. */
const exci_doc *exci_alg_bin(exci_alg_arena *ar, const char *s, size_t len)
{
    exci_doc *d = node(ar, EXCI_DOC_BIN);
    char *copy = exci_alg_alloc(ar, len + 1);
    memcpy(copy, s, len);
    copy[len] = '\0';
    d->s = copy;
    d->len = len;
    return d;
}

const exci_doc *exci_alg_cstr(exci_alg_arena *ar, const char *s)
{
    return exci_alg_bin(ar, s, strlen(s));
}

/* A binary document over text that outlives the arena (string literals). */
const exci_doc *exci_alg_lit(exci_alg_arena *ar, const char *static_text)
{
    exci_doc *d = node(ar, EXCI_DOC_BIN);
    d->s = static_text;
    d->len = strlen(static_text);
    return d;
}

/* String.length/1: extended grapheme clusters (invalid bytes count one each). */
static int64_t utf8_length(const char *s, size_t len)
{
    const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
    utf8proc_int32_t prev = -1, cp;
    utf8proc_int32_t state = 0;
    int64_t n = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0) {
            n++, i++, prev = -1, state = 0;
            continue;
        }
        if (prev < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state)) n++;
        prev = cp;
        i += (size_t)k;
    }
    return n;
}

const exci_doc *exci_alg_string(exci_alg_arena *ar, const char *s, size_t len)
{
    exci_doc *d = (exci_doc *)exci_alg_bin(ar, s, len);
    d->kind = EXCI_DOC_STRING;
    d->n = utf8_length(s, len);
    return d;
}

const exci_doc *exci_alg_concat(exci_alg_arena *ar, const exci_doc *a, const exci_doc *b)
{
    exci_doc *d = node(ar, EXCI_DOC_CONS);
    d->a = a;
    d->b = b;
    return d;
}

const exci_doc *exci_alg_break(exci_alg_arena *ar, const char *s, int flavour)
{
    exci_doc *d = node(ar, EXCI_DOC_BREAK);
    d->s = s;
    d->len = strlen(s);
    d->flag = (uint8_t)flavour;
    return d;
}

/* nest(doc, 0) is the document itself, as in Elixir. */
const exci_doc *exci_alg_nest(exci_alg_arena *ar, const exci_doc *a, int64_t level, int mode)
{
    if (level == 0) return a;
    exci_doc *d = node(ar, EXCI_DOC_NEST);
    d->a = a;
    d->n = level;
    d->flag = (uint8_t)mode;
    return d;
}

static const exci_doc *wrap(exci_alg_arena *ar, enum exci_doc_kind kind, const exci_doc *a,
                            int flag)
{
    exci_doc *d = node(ar, kind);
    d->a = a;
    d->flag = (uint8_t)flag;
    return d;
}

const exci_doc *exci_alg_group(exci_alg_arena *ar, const exci_doc *a, int mode)
{
    return wrap(ar, EXCI_DOC_GROUP, a, mode);
}

const exci_doc *exci_alg_force_unfit(exci_alg_arena *ar, const exci_doc *a)
{
    return wrap(ar, EXCI_DOC_FORCE, a, 0);
}

const exci_doc *exci_alg_next_break_fits(exci_alg_arena *ar, const exci_doc *a, int mode)
{
    return wrap(ar, EXCI_DOC_FITS, a, mode);
}

const exci_doc *exci_alg_no_limit(exci_alg_arena *ar, const exci_doc *a)
{
    exci_doc *d = (exci_doc *)wrap(ar, EXCI_DOC_LIMIT, a, 0);
    d->n = EXCI_ALG_INFINITY;
    return d;
}

const exci_doc *exci_alg_glue(exci_alg_arena *ar, const exci_doc *a, const char *brk,
                              const exci_doc *b)
{
    const exci_doc *br = exci_alg_break(ar, brk, EXCI_BREAK_STRICT);
    return exci_alg_concat(ar, a, exci_alg_concat(ar, br, b));
}

const exci_doc *exci_alg_flex_glue(exci_alg_arena *ar, const exci_doc *a, const char *brk,
                                   const exci_doc *b)
{
    const exci_doc *br = exci_alg_break(ar, brk, EXCI_BREAK_FLEX);
    return exci_alg_concat(ar, a, exci_alg_concat(ar, br, b));
}

/* ---- container_doc ----------------------------------------------------------- */

bool exci_alg_is_simple(const exci_doc *d)
{
    switch (d->kind) {
    case EXCI_DOC_CONS: return exci_alg_is_simple(d->a) && exci_alg_is_simple(d->b);
    case EXCI_DOC_STRING:
    case EXCI_DOC_NIL:
    case EXCI_DOC_BIN: return true;
    default: return false;
    }
}

const exci_doc *exci_alg_join(exci_alg_arena *ar, const exci_doc *left, const exci_doc *right,
                              bool flex, const char *sep)
{
    if (right->kind == EXCI_DOC_NIL) return left;
    if (left->kind == EXCI_DOC_NIL) return right;
    const exci_doc *l = exci_alg_concat(ar, left, exci_alg_lit(ar, sep));
    return flex ? exci_alg_flex_glue(ar, l, " ", right) : exci_alg_glue(ar, l, " ", right);
}

/* The part of container_doc/6 after container_each: fold the element documents
** with join/4 (right fold, as fold_doc does) and wrap them in a group. */
const exci_doc *exci_alg_container(exci_alg_arena *ar, const exci_doc *left,
                                   const exci_doc **docs, size_t ndocs, bool simple,
                                   const exci_doc *right, int brk, const char *sep)
{
    if (ndocs == 0) return exci_alg_concat(ar, left, right);
    bool flex = (simple && brk == EXCI_CONTAINER_MAYBE) || brk == EXCI_CONTAINER_FLEX;
    const exci_doc *body = docs[ndocs - 1];
    for (size_t i = ndocs - 1; i-- > 0;) body = exci_alg_join(ar, docs[i], body, flex, sep);
    if (flex) {
        const exci_doc *inner = exci_alg_concat(ar, left, exci_alg_nest(ar, body, 1, 0));
        return exci_alg_group(ar, exci_alg_concat(ar, inner, right), EXCI_GROUP_SELF);
    }
    const exci_doc *open = exci_alg_nest(ar, exci_alg_glue(ar, left, "", body), 2, 0);
    return exci_alg_group(ar, exci_alg_glue(ar, open, "", right), EXCI_GROUP_SELF);
}

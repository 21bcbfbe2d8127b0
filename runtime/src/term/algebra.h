/* algebra.h: a port of Elixir 1.14's Inspect.Algebra (Wadler/Lindig pretty printer
** with Elixir's strict/flex breaks, nesting modes, groups and next_break_fits).
**
** Documents are trees of struct exci_doc allocated in an arena that the caller
** frees after formatting; strings are copied into the arena. The constructors mirror
** the Elixir functions of the same name, and exci_alg_format is algebra.ex's
** format/2 (with fits?/4), producing the same text byte for byte. Colors and
** collapse_lines are not ported: inspect never produces them without
** :syntax_colors. */
#ifndef EXC_TERM_ALGEBRA_H
#define EXC_TERM_ALGEBRA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* "infinity" for widths and limits. */
#define EXCI_ALG_INFINITY INT64_MAX
/* Special nest levels (nest(doc, :cursor) and nest(doc, :reset)). */
#define EXCI_ALG_CURSOR INT64_MIN
#define EXCI_ALG_RESET (INT64_MIN + 1)

enum exci_doc_kind {
    EXCI_DOC_NIL,    /* doc_nil: the empty document */
    EXCI_DOC_LINE,   /* doc_line: a mandatory newline */
    EXCI_DOC_BIN,    /* a binary: width counted in bytes */
    EXCI_DOC_STRING, /* doc_string: width given explicitly (String.length) */
    EXCI_DOC_CONS,   /* doc_cons(a, b) */
    EXCI_DOC_BREAK,  /* doc_break(s, strict | flex) */
    EXCI_DOC_NEST,   /* doc_nest(a, level, always | break) */
    EXCI_DOC_GROUP,  /* doc_group(a, self | inherit) */
    EXCI_DOC_FORCE,  /* doc_force(a): force_unfit */
    EXCI_DOC_FITS,   /* doc_fits(a, enabled | disabled): next_break_fits */
    EXCI_DOC_LIMIT,  /* doc_limit(a, width): no_limit */
};

/* Per-kind flag stored in exci_doc.flag. */
enum {
    EXCI_BREAK_STRICT = 0, EXCI_BREAK_FLEX = 1,
    EXCI_NEST_ALWAYS = 0, EXCI_NEST_BREAK = 1,
    EXCI_GROUP_SELF = 0, EXCI_GROUP_INHERIT = 1,
    EXCI_FITS_ENABLED = 0, EXCI_FITS_DISABLED = 1,
};

/* One document node. Invariant: `s`/`len` are set for BIN, STRING and BREAK;
** `a` for CONS, NEST, GROUP, FORCE, FITS, LIMIT; `b` for CONS only; `n` is the
** nest level (NEST), display width (STRING) or width (LIMIT). */
typedef struct exci_doc {
    uint8_t kind;
    uint8_t flag;
    const char *s;
    size_t len;
    int64_t n;
    const struct exci_doc *a, *b;
} exci_doc;

/* A bump allocator for documents and their strings, freed in one call. */
typedef struct exci_alg_arena {
    struct exci_alg_chunk *chunks;
    char *cur;
    size_t left;
} exci_alg_arena;

void exci_alg_arena_init(exci_alg_arena *ar);
void exci_alg_arena_free(exci_alg_arena *ar);
void *exci_alg_alloc(exci_alg_arena *ar, size_t bytes);

/* A growable output buffer (malloc-backed; the caller frees `p`). */
typedef struct exci_buf {
    char *p;
    size_t len, cap;
} exci_buf;

void exci_buf_put(exci_buf *b, const char *s, size_t n);
void exci_buf_putc(exci_buf *b, char c);
void exci_buf_puts(exci_buf *b, const char *s);

/* Constructors, named after Inspect.Algebra's functions. */
const exci_doc *exci_alg_empty(void);
const exci_doc *exci_alg_line(void);
const exci_doc *exci_alg_bin(exci_alg_arena *ar, const char *s, size_t len);
const exci_doc *exci_alg_cstr(exci_alg_arena *ar, const char *s);
const exci_doc *exci_alg_lit(exci_alg_arena *ar, const char *static_text);
const exci_doc *exci_alg_string(exci_alg_arena *ar, const char *s, size_t len);
const exci_doc *exci_alg_concat(exci_alg_arena *ar, const exci_doc *a, const exci_doc *b);
const exci_doc *exci_alg_break(exci_alg_arena *ar, const char *s, int flavour);
const exci_doc *exci_alg_nest(exci_alg_arena *ar, const exci_doc *d, int64_t level, int mode);
const exci_doc *exci_alg_group(exci_alg_arena *ar, const exci_doc *d, int mode);
const exci_doc *exci_alg_glue(exci_alg_arena *ar, const exci_doc *a, const char *brk,
                              const exci_doc *b);
const exci_doc *exci_alg_flex_glue(exci_alg_arena *ar, const exci_doc *a, const char *brk,
                                   const exci_doc *b);
const exci_doc *exci_alg_force_unfit(exci_alg_arena *ar, const exci_doc *d);
const exci_doc *exci_alg_next_break_fits(exci_alg_arena *ar, const exci_doc *d, int mode);
const exci_doc *exci_alg_no_limit(exci_alg_arena *ar, const exci_doc *d);

/* simple?/1 of container_doc: only strings, nil and concatenations of them. */
bool exci_alg_is_simple(const exci_doc *d);

/* container_doc/6 minus the per-element callback, which the inspector drives itself:
** the caller has already turned elements into `docs` (with "..." appended when the
** limit cut the collection) and computed `simple` as container_each does.
** `brk` is 0 (:maybe), 1 (:strict) or 2 (:flex). */
enum { EXCI_CONTAINER_MAYBE, EXCI_CONTAINER_STRICT, EXCI_CONTAINER_FLEX };
const exci_doc *exci_alg_container(exci_alg_arena *ar, const exci_doc *left,
                                   const exci_doc **docs, size_t ndocs, bool simple,
                                   const exci_doc *right, int brk, const char *sep);

/* join/4 of container_doc: `left <> sep` glued (flex or strict) to `right`. */
const exci_doc *exci_alg_join(exci_alg_arena *ar, const exci_doc *left, const exci_doc *right,
                              bool flex, const char *sep);

/* format/2: lays the document out at `width` (EXCI_ALG_INFINITY for one line),
** appending the text to `out`. */
void exci_alg_format(const exci_doc *d, int64_t width, exci_buf *out);

#endif

/* ast.h: building Elixir's quoted form ({name, meta, args} 3-tuples, literals as
** themselves) out of runtime terms, plus the literal helpers the lexer needs
** (numbers, escapes, UTF-8). Meta is the keyword list [line: L, column: C]. */
#ifndef EXC_COMPILER_AST_H
#define EXC_COMPILER_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "exc.h"

/* Atoms and literals. */
exc_term ast_atom(const char *s, size_t n);
exc_term ast_atomz(const char *s);
exc_term ast_integer(const char *digits, int base);
exc_term ast_float(const char *text);     /* EXC_NONE when out of range */
exc_term ast_binary(const char *s, size_t n);
exc_term ast_charlist(const char *s, size_t n);

/* During a parse (bracketed by ast_begin/ast_end) every term the front end creates
** is either carved from a GC-allocated chunk (ast.c: per thread, kept alive between
** parses) or is a runtime-allocated term (binary, float, bignum); chunks filled during
** the parse and runtime terms are recorded in `roots`, a GC-allocated vector that the
** AstChunk (kept by the caller on its C stack, where the collector looks) points to.
** So terms stay alive while they sit in malloc memory the collector cannot see
** (lemon's stack, token vectors) until the parse ends; afterwards only what the AST
** references survives. Outside a parse the constructors allocate directly. */
#define AST_META_COLS 160
typedef struct AstChunk {
    void **roots;           /* filled chunks and other terms made during the parse */
    size_t nroots, caproots;
    bool overflowed;        /* the parse filled a chunk (ast.c) */
    /* Meta lists share their parts within a parse: {line, L} for the current line
    ** and the tail [{column, C}] per column. */
    int meta_line;
    exc_term line_tuple;
    exc_term col_tail[AST_META_COLS];
    int ncols;              /* col_tail[0..ncols) initialised (cleared lazily) */
} AstChunk;

/* Keep T alive until the parse ends (no-op outside a parse or for immediates). */
void ast_root(exc_term t);
/* SRCLEN (bytes of source) sizes the parse's first chunk. */
void ast_begin(AstChunk *chunk, AstChunk **saved, size_t srclen);
void ast_end(AstChunk *saved);

exc_term ast_cons(exc_term head, exc_term tail);
exc_term ast_tuple2(exc_term a, exc_term b);
exc_term ast_tuple4(exc_term a, exc_term b, exc_term c, exc_term d);

/* [line: L, column: C] */
exc_term ast_meta(int line, int col);

/* {name, meta, args} */
exc_term ast_node(exc_term name, exc_term meta, exc_term args);

/* Lists. */
exc_term ast_list1(exc_term a);
exc_term ast_list2(exc_term a, exc_term b);
exc_term ast_reverse(exc_term l);
exc_term ast_append(exc_term a, exc_term b);
exc_term ast_reverse_onto(exc_term l, exc_term tail);   /* reverse(l) ++ tail */

/* Lists the grammar builds in source order keep {first cell, last cell} and grow by
** setting the last cell's tail to TAIL (returned): a mutation, allowed only on cells
** this parse made for a value under construction, which nothing else references. */
exc_term ast_link(exc_term last, exc_term tail);

/* Escapes of strings, atoms and charlists (elixir_interpolation:unescape_chars).
** Writes at most 4*n bytes to OUT and returns the length; *err gets a message on a
** bad \x or \u escape. */
size_t ast_unescape(const char *s, size_t n, char *out, const char **err);
/* The code point an escape letter stands for (?\n is 10; unknown letters map to
** themselves). */
int ast_unescape_char(int c);

/* Decode one UTF-8 code point at S (never past END); returns its byte length (1 for
** invalid bytes, which decode as themselves). */
int ast_utf8_decode(const char *s, const char *end, int *cp);

#endif

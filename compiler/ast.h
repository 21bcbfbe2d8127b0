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
** parses) or is a runtime-allocated term (binary, float, bignum). The collector reads
** only a chunk's links, which reach every runtime-made term of the parse and the
** chunks it overflowed across, and the current chunk is held by a per-thread root;
** so terms stay alive while they sit in malloc memory the collector cannot see
** (lemon's stack, token vectors) until the parse ends, and afterwards as long as the
** AST references them. Outside a parse the constructors allocate directly. */
typedef struct AstChunk {
    bool overflowed;        /* the parse filled a chunk (ast.c) */
} AstChunk;

/* Keep the runtime-made term T alive as long as the current parse's terms (no-op
** outside a parse or for immediates). */
void ast_root(exc_term t);
/* SRCLEN (bytes of source) decides whether the parse fits the held chunk. Parses do
** not nest (interpolations parse inside their file's parse, under its AstChunk); a
** nested one would also have to root its chunks in the outer parse. */
void ast_begin(AstChunk *chunk, AstChunk **saved, size_t srclen);
void ast_end(AstChunk *saved);

/* The bump pointer of the current chunk (ast.c): ast_left is 0 outside a parse, so
** every allocation there goes through ast_words_slow. The constructors below are
** inline because the grammar's actions call them for every node. */
extern _Thread_local exc_term *ast_next;
extern _Thread_local size_t ast_left;
exc_term *ast_words_slow(size_t n);
void ast_gc_stress(void);   /* EXC_DEBUG_GC_STRESS builds: a collection every N nodes */

/* Forced inline: the grammar's actions sit in one huge function (the directly coded
** engine, lempar.c), where clang's size budget otherwise leaves these as calls. */
#define AST_INLINE static inline __attribute__((always_inline))

AST_INLINE exc_term *ast_words(size_t n)
{
    if (n <= ast_left) {
        exc_term *p = ast_next;
        ast_next += n;
        ast_left -= n;
        return p;
    }
    return ast_words_slow(n);
}

AST_INLINE exc_term ast_cons(exc_term head, exc_term tail)
{
    exc_term *w = ast_words(2);
    w[0] = head;
    w[1] = tail;
    return (exc_term)(uintptr_t)w | 2;
}

AST_INLINE exc_term ast_tuple2(exc_term a, exc_term b)
{
    exc_term *w = ast_words(3);
    w[0] = exc_header(2, EXC_T_TUPLE);
    w[1] = a;
    w[2] = b;
    return (exc_term)(uintptr_t)w;
}

exc_term ast_tuple4(exc_term a, exc_term b, exc_term c, exc_term d);

/* [line: L, column: C]. Terms are immutable, so every meta of a thread shares its
** parts: the tuple {line, L} per line and the tail [{column, C}] per column, made
** once (ast.c, outside the AST chunks) and kept in per-thread tables the collector
** scans. A meta then costs one cons cell (inline: every node has one). */
extern _Thread_local exc_term *ast_meta_lines, *ast_meta_cols;
extern _Thread_local unsigned ast_meta_nlines, ast_meta_ncols;
exc_term ast_meta_slow(int line, int col);

AST_INLINE exc_term ast_meta(int line, int col)
{
    if ((unsigned)line < ast_meta_nlines && (unsigned)col < ast_meta_ncols) {
        exc_term l = ast_meta_lines[line], c = ast_meta_cols[col];
        if (l && c)
            return ast_cons(l, c);
    }
    return ast_meta_slow(line, col);
}

/* {name, meta, args} */
AST_INLINE exc_term ast_node(exc_term name, exc_term meta, exc_term args)
{
#ifdef EXC_DEBUG_GC_STRESS
    ast_gc_stress();
#endif
    exc_term *w = ast_words(4);
    w[0] = exc_header(3, EXC_T_TUPLE);
    w[1] = name;
    w[2] = meta;
    w[3] = args;
    return (exc_term)(uintptr_t)w;
}

/* Lists. */
AST_INLINE exc_term ast_list1(exc_term a) { return ast_cons(a, EXC_NIL_LIST); }

AST_INLINE exc_term ast_list2(exc_term a, exc_term b)
{
    exc_term *w = ast_words(4);
    w[0] = a;
    w[1] = (exc_term)(uintptr_t)&w[2] | 2;
    w[2] = b;
    w[3] = EXC_NIL_LIST;
    return (exc_term)(uintptr_t)w | 2;
}
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

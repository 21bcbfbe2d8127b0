/* front.h: the front end as one call: Elixir source text in, quoted AST (runtime
** terms, see ast.h) or a located error out. Used by `exc parse`, the fuzz target and
** later stages. */
#ifndef EXC_COMPILER_FRONT_H
#define EXC_COMPILER_FRONT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "exc.h"
#include "token.h"

/* Bump allocator (malloc memory, never scanned by the collector) for tokens, parts
** and literal bytes; everything is freed at once when the parse ends. */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
    size_t next_size;       /* size of the next block */
} Arena;

void *arena_alloc(Arena *a, size_t n);
void arena_free(Arena *a);



/* State shared by lexer and parser for one parse. Tokens, lemon's stack and the
** arena are malloc memory; the terms they hold stay alive through the held AST chunk
** and its links (ast.h). */
typedef struct Front {
    Arena arena;
    Diag diag;
    int depth;              /* interpolation nesting, bounded against stack overflow */
} Front;


/* Tokenize SRC[0..len) (lexer.re). On success toks and ntoks hold the tokens. */
bool lex_tokenize(Front *f, const char *src, size_t len, Tok **toks, int *ntoks);

/* Parse a token stream into a quoted expression (parser.y). */
bool parse_tokens(Front *f, Tok *toks, int ntoks, exc_term *out);

/* Tokenize and parse SRC. On failure D holds the error. */
bool front_parse(const char *src, size_t len, exc_term *ast, Diag *d);

/* Tokenize SRC and throw the tokens away; false (D holds the error) on a lexing
** error. For `exc parse --bench --lex`, which times the lexer alone. */
bool front_lex(const char *src, size_t len, Diag *d);

/* Print the token stream of SRC, one token per line (exc --dump-tokens). */
bool front_dump_tokens(FILE *out, const char *src, size_t len, Diag *d);

#endif

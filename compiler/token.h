/* token.h: the tokens the lexer hands to the parser, mirroring the token tuples of
** Elixir 1.14's elixir_tokenizer.erl ({Kind, {Line, Column, Extra}, Value}). */
#ifndef EXC_COMPILER_TOKEN_H
#define EXC_COMPILER_TOKEN_H

#include <stdbool.h>
#include <stddef.h>

#include "exc.h"

struct Tok;

/* One piece of a string-like literal: raw bytes, or an interpolation #{...} holding
** its own token stream (lexed recursively, as elixir_interpolation does). */
typedef struct Part {
    bool interp;
    const char *bytes;      /* bytes of a literal piece (not NUL-terminated) */
    size_t len;
    int line, col;          /* start of the #{ */
    struct Tok *toks;       /* tokens inside #{ ... } */
    int ntoks;
} Part;

/* A token. kind is a TK_ code from the generated parser.h. */
typedef struct Tok {
    int kind;
    int line, col;
    int eol;                /* eol/','/';': newline count; others: preceding newlines */
    exc_term val;           /* atom of identifiers/operators, value of numbers */
    const char *text;       /* source text of the token (numbers, error messages) */
    int textlen;
    int nparts;
    Part *parts;            /* strings, heredocs, sigils, quoted atoms/keys */
    const char *mods;       /* sigil modifiers */
    int nmods;
    int sigil;              /* sigil letter */
} Tok;

#endif

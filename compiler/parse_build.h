/* parse_build.h: the AST builders the grammar actions call (the helper functions of
** elixir_parser.yrl: build_op, build_call, build_stab, ...), and the parser state. */
#ifndef EXC_COMPILER_PARSE_BUILD_H
#define EXC_COMPILER_PARSE_BUILD_H

#include "ast.h"
#include "front.h"
#include "token.h"

/* A grammar symbol's value: a term, a token, or both (an operator and its right
** operand); u is a second term where a rule yields a pair, or the last cell of a
** list built in source order (ast_link). */
typedef struct V {
    exc_term t;
    Tok *k;
    exc_term u;
} V;

/* One parse (a file, or an interpolation's tokens). */
typedef struct PState {
    Front *f;
    exc_term result;
    bool failed;
    Tok *last;              /* last token fed, for errors at end of input */
} PState;

#define M(k) ast_meta((k)->line, (k)->col)

/* A constant atom (TEXT must be a literal), interned once per call site (a GNU
** statement expression; racing initialisations store the same value). */
#define CATOM(text)                                                                \
    ({                                                                             \
        static exc_term catom_;                                                    \
        catom_ ? catom_ : (catom_ = ast_atomz("" text));                         \
    })
#define A_(P, name) ((void)(P), CATOM(name))

exc_term b_empty_block(void);
exc_term b_block(exc_term exprs);
exc_term b_op(PState *P, exc_term left, Tok *op, exc_term right);
exc_term b_unary(Tok *op, exc_term expr);
/* K, D: a dot_*_identifier's value as two fields (its token; or, K NULL, the dot
** term), not the V: a V argument is copied with 16-byte moves, which cannot take the
** value from the two 8-byte stores the identifier's action made just before (a
** store-forwarding stall, about 3% of a parse). */
exc_term b_call(Tok *k, exc_term d, exc_term args);    /* args EXC_NONE: no arguments */
exc_term b_nested(Tok *k, exc_term d, exc_term args1, exc_term args2);
exc_term b_dot(Tok *dot, exc_term left, Tok *ident);
exc_term b_dot_alias(PState *P, Tok *dot, exc_term left, Tok *alias);
exc_term b_dot_container(PState *P, Tok *dot, exc_term left, exc_term args);
exc_term b_access(exc_term expr, exc_term arg, exc_term meta);
exc_term b_fn(PState *P, Tok *fn, exc_term stab);
exc_term b_paren_stab(PState *P, Tok *open, exc_term stab);
exc_term b_stab(PState *P, exc_term stab);
exc_term b_stab_op(Tok *op, exc_term args, exc_term body);
exc_term b_do_block(Tok *d, exc_term body, exc_term items);
exc_term b_unwrap_splice(exc_term args);
exc_term b_unwrap_when(exc_term args);
exc_term b_tuple(PState *P, Tok *open, exc_term args);
exc_term b_map(PState *P, Tok *open, exc_term args);
exc_term b_map_update(PState *P, Tok *open, Tok *pipe, exc_term base, exc_term args, exc_term extra);
exc_term b_bin_string(PState *P, Tok *k);
exc_term b_list_string(PState *P, Tok *k);
exc_term b_sigil(PState *P, Tok *k);
exc_term b_quoted_atom(PState *P, Tok *k);

/* Errors raised from actions (elixir_parser.yrl return_error): record and return a
** harmless value. */
exc_term b_invalid_kw(PState *P, Tok *k);
exc_term b_no_parens_many_strict(PState *P, exc_term node);
exc_term b_no_parens_container_strict(PState *P, exc_term node);
exc_term b_no_parens_strict(PState *P, Tok *open);
exc_term b_bad_kw_call(PState *P, Tok *comma);
exc_term b_bad_kw_data(PState *P, Tok *comma);
void b_syntax_error(PState *P, Tok *k);
void b_stack_overflow(PState *P);

#endif

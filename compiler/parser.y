/* parser.y: the lemon grammar of Elixir 1.14, a port of lib/elixir/src/elixir_parser.yrl
** (same nonterminals, same rules, same AST actions). yecc and lemon differ in how a
** rule gets its precedence (yecc: the last symbol of rhs++lhs that has one, where
** nonterminals like dual_op_eol may carry it; "none" counts as lowest), so every rule
** names its precedence explicitly with [P_*] and every terminal has one (P0 = yecc's
** "no precedence"). Actions are one-liners calling the b_* builders below. */

%name parser
%token_prefix TK_
%token_type {Tok *}
%default_type {V}
%extra_argument {PState *P}
%start_symbol grammar

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "front.h"
#include "parse_build.h"
}

%code {
/* Parsers are reused: one per interpolation depth per thread, reset between uses, so
** a parse costs no allocation once the stack has grown. */
#define PARSER_CACHE 8
static _Thread_local yyParser *parser_cache[PARSER_CACHE];

void *parser_acquire(int depth)
{
    yyParser *p = depth < PARSER_CACHE ? parser_cache[depth] : NULL;
    if (!p)
        return parserAlloc(malloc);
    if (depth < PARSER_CACHE)
        parser_cache[depth] = NULL;
    p->yytos = p->yystack;
    p->yystack[0].stateno = 0;
    return p;
}

void parser_release(void *raw, int depth)
{
    yyParser *p = raw;
    if (depth < PARSER_CACHE && !parser_cache[depth] && p->yystack != &p->yystk0)
        parser_cache[depth] = p;
    else
        parserFree(p, free);
}
}

%syntax_error { b_syntax_error(P, TOKEN); }
%parse_failure { b_syntax_error(P, NULL); }
%stack_overflow { b_stack_overflow(P); }
%stack_size 0

/* yecc's "no precedence": lowest; ties shift, as yecc's default resolution. */
%right P0 EOL SEMI FN END ALIAS ATOM ATOM_QUOTED ATOM_SAFE ATOM_UNSAFE BIN_STRING
       LIST_STRING SIGIL BIN_HEREDOC LIST_HEREDOC OP_IDENTIFIER KW_IDENTIFIER
       KW_IDENTIFIER_SAFE KW_IDENTIFIER_UNSAFE BRACKET_IDENTIFIER PAREN_IDENTIFIER
       DO_IDENTIFIER BLOCK_IDENTIFIER TRUE FALSE NIL LPAREN RPAREN LBRACKET RBRACKET
       LCURLY RCURLY LBIT RBIT MAPOPEN PERCENT INT FLT CHAR.
%left P_DO DO.
%right P_STAB STAB_OP.
%left P_COMMA COMMA.
%left P_IN_MATCH IN_MATCH_OP.
%right P_WHEN WHEN_OP.
%right P_TYPE TYPE_OP.
%right P_PIPE PIPE_OP.
%right P_ASSOC ASSOC_OP.
%nonassoc P_CAPTURE CAPTURE_OP.
%right P_MATCH MATCH_OP.
%left P_OR OR_OP.
%left P_AND AND_OP.
%left P_COMP COMP_OP.
%left P_REL REL_OP.
%left P_ARROW ARROW_OP.
%left P_IN IN_OP.
%left P_XOR XOR_OP.
%right P_TERNARY TERNARY_OP.
%right P_CONCAT CONCAT_OP RANGE_OP.
%left P_DUAL DUAL_OP.
%left P_MULT MULT_OP.
%left P_POWER POWER_OP.
%nonassoc P_UNARY UNARY_OP.
%left P_DOT DOT DOT_CALL_OP.
%nonassoc P_AT AT_OP.
%nonassoc P_DOTID IDENTIFIER.

/* ---- main flow of expressions ---------------------------------------------- */

grammar ::= eoe. [P0] { P->result = b_empty_block(); }
grammar ::= expr_list(A). [P0] { P->result = b_block(A.t); }
grammar ::= eoe expr_list(A). [P0] { P->result = b_block(A.t); }
grammar ::= expr_list(A) eoe. [P0] { P->result = b_block(A.t); }
grammar ::= eoe expr_list(A) eoe. [P0] { P->result = b_block(A.t); }
grammar ::= . [P0] { P->result = b_empty_block(); }

expr_list(R) ::= expr(A). [P0] { R.t = R.u = ast_list1(A.t); }
expr_list(R) ::= expr_list(A) eoe expr(B). [P0] { R.t = A.t; R.u = ast_link(A.u, ast_list1(B.t)); }

expr(A) ::= matched_expr(A). [P0]
expr(A) ::= no_parens_expr(A). [P0]
expr(A) ::= unmatched_expr(A). [P0]

matched_expr(R) ::= matched_expr(A) matched_op_expr(B). [P0] { R.t = b_op(P, A.t, B.k, B.t); }
matched_expr(R) ::= unary_op_eol(O) matched_expr(A). [P_UNARY] { R.t = b_unary(O.k, A.t); }
matched_expr(R) ::= at_op_eol(O) matched_expr(A). [P_AT] { R.t = b_unary(O.k, A.t); }
matched_expr(R) ::= capture_op_eol(O) matched_expr(A). [P_CAPTURE] { R.t = b_unary(O.k, A.t); }
matched_expr(A) ::= no_parens_one_expr(A). [P0]
matched_expr(A) ::= no_parens_zero_expr(A). [P0]
matched_expr(A) ::= access_expr(A). [P0]
matched_expr(R) ::= access_expr KW_IDENTIFIER(K). [P0] { R.t = b_invalid_kw(P, K); }

unmatched_expr(R) ::= matched_expr(A) unmatched_op_expr(B). [P0] { R.t = b_op(P, A.t, B.k, B.t); }
unmatched_expr(R) ::= unmatched_expr(A) matched_op_expr(B). [P0] { R.t = b_op(P, A.t, B.k, B.t); }
unmatched_expr(R) ::= unmatched_expr(A) unmatched_op_expr(B). [P0] { R.t = b_op(P, A.t, B.k, B.t); }
unmatched_expr(R) ::= unmatched_expr(A) no_parens_op_expr(B). [P0] { R.t = b_op(P, A.t, B.k, B.t); }
unmatched_expr(R) ::= unary_op_eol(O) expr(A). [P_UNARY] { R.t = b_unary(O.k, A.t); }
unmatched_expr(R) ::= at_op_eol(O) expr(A). [P_AT] { R.t = b_unary(O.k, A.t); }
unmatched_expr(R) ::= capture_op_eol(O) expr(A). [P_CAPTURE] { R.t = b_unary(O.k, A.t); }
unmatched_expr(A) ::= block_expr(A). [P0]

no_parens_expr(R) ::= matched_expr(A) no_parens_op_expr(B). [P0] { R.t = b_op(P, A.t, B.k, B.t); }
no_parens_expr(R) ::= unary_op_eol(O) no_parens_expr(A). [P_UNARY] { R.t = b_unary(O.k, A.t); }
no_parens_expr(R) ::= at_op_eol(O) no_parens_expr(A). [P_AT] { R.t = b_unary(O.k, A.t); }
no_parens_expr(R) ::= capture_op_eol(O) no_parens_expr(A). [P_CAPTURE] { R.t = b_unary(O.k, A.t); }
no_parens_expr(A) ::= no_parens_one_ambig_expr(A). [P0]
no_parens_expr(A) ::= no_parens_many_expr(A). [P0]

block_expr(R) ::= dot_call_identifier(I) call_args_parens(A) do_block(D). [P0] { R.t = b_call(I.k, I.t, ast_append(A.t, D.t)); }
block_expr(R) ::= dot_call_identifier(I) call_args_parens(A) call_args_parens(B) do_block(D). [P0] { R.t = b_nested(I.k, I.t, A.t, ast_append(B.t, D.t)); }
block_expr(R) ::= dot_do_identifier(I) do_block(D). [P0] { R.t = b_call(I.k, I.t, D.t); }
block_expr(R) ::= dot_op_identifier(I) call_args_no_parens_all(A) do_block(D). [P0] { R.t = b_call(I.k, I.t, ast_append(A.t, D.t)); }
block_expr(R) ::= dot_identifier(I) call_args_no_parens_all(A) do_block(D). [P_DOTID] { R.t = b_call(I.k, I.t, ast_append(A.t, D.t)); }

matched_op_expr(R) ::= match_op_eol(O) matched_expr(A). [P_MATCH] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= dual_op_eol(O) matched_expr(A). [P_DUAL] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= mult_op_eol(O) matched_expr(A). [P_MULT] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= power_op_eol(O) matched_expr(A). [P_POWER] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= concat_op_eol(O) matched_expr(A). [P_CONCAT] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= range_op_eol(O) matched_expr(A). [P_CONCAT] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= ternary_op_eol(O) matched_expr(A). [P_TERNARY] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= xor_op_eol(O) matched_expr(A). [P_XOR] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= and_op_eol(O) matched_expr(A). [P_AND] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= or_op_eol(O) matched_expr(A). [P_OR] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= in_op_eol(O) matched_expr(A). [P_IN] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= in_match_op_eol(O) matched_expr(A). [P_IN_MATCH] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= type_op_eol(O) matched_expr(A). [P_TYPE] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= when_op_eol(O) matched_expr(A). [P_WHEN] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= pipe_op_eol(O) matched_expr(A). [P_PIPE] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= comp_op_eol(O) matched_expr(A). [P_COMP] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= rel_op_eol(O) matched_expr(A). [P_REL] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= arrow_op_eol(O) matched_expr(A). [P_ARROW] { R.k = O.k; R.t = A.t; }
matched_op_expr(R) ::= arrow_op_eol(O) no_parens_one_expr(A). [P_ARROW] { R.k = O.k; R.t = A.t; }

unmatched_op_expr(R) ::= match_op_eol(O) unmatched_expr(A). [P_MATCH] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= dual_op_eol(O) unmatched_expr(A). [P_DUAL] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= mult_op_eol(O) unmatched_expr(A). [P_MULT] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= power_op_eol(O) unmatched_expr(A). [P_POWER] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= concat_op_eol(O) unmatched_expr(A). [P_CONCAT] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= range_op_eol(O) unmatched_expr(A). [P_CONCAT] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= ternary_op_eol(O) unmatched_expr(A). [P_TERNARY] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= xor_op_eol(O) unmatched_expr(A). [P_XOR] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= and_op_eol(O) unmatched_expr(A). [P_AND] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= or_op_eol(O) unmatched_expr(A). [P_OR] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= in_op_eol(O) unmatched_expr(A). [P_IN] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= in_match_op_eol(O) unmatched_expr(A). [P_IN_MATCH] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= type_op_eol(O) unmatched_expr(A). [P_TYPE] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= when_op_eol(O) unmatched_expr(A). [P_WHEN] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= pipe_op_eol(O) unmatched_expr(A). [P_PIPE] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= comp_op_eol(O) unmatched_expr(A). [P_COMP] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= rel_op_eol(O) unmatched_expr(A). [P_REL] { R.k = O.k; R.t = A.t; }
unmatched_op_expr(R) ::= arrow_op_eol(O) unmatched_expr(A). [P_ARROW] { R.k = O.k; R.t = A.t; }

no_parens_op_expr(R) ::= match_op_eol(O) no_parens_expr(A). [P_MATCH] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= dual_op_eol(O) no_parens_expr(A). [P_DUAL] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= mult_op_eol(O) no_parens_expr(A). [P_MULT] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= power_op_eol(O) no_parens_expr(A). [P_POWER] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= concat_op_eol(O) no_parens_expr(A). [P_CONCAT] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= range_op_eol(O) no_parens_expr(A). [P_CONCAT] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= ternary_op_eol(O) no_parens_expr(A). [P_TERNARY] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= xor_op_eol(O) no_parens_expr(A). [P_XOR] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= and_op_eol(O) no_parens_expr(A). [P_AND] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= or_op_eol(O) no_parens_expr(A). [P_OR] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= in_op_eol(O) no_parens_expr(A). [P_IN] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= in_match_op_eol(O) no_parens_expr(A). [P_IN_MATCH] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= type_op_eol(O) no_parens_expr(A). [P_TYPE] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= when_op_eol(O) no_parens_expr(A). [P_WHEN] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= pipe_op_eol(O) no_parens_expr(A). [P_PIPE] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= comp_op_eol(O) no_parens_expr(A). [P_COMP] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= rel_op_eol(O) no_parens_expr(A). [P_REL] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= arrow_op_eol(O) no_parens_expr(A). [P_ARROW] { R.k = O.k; R.t = A.t; }
no_parens_op_expr(R) ::= when_op_eol(O) call_args_no_parens_kw(A). [P_WHEN] { R.k = O.k; R.t = A.t; }

no_parens_one_ambig_expr(R) ::= dot_op_identifier(I) call_args_no_parens_ambig(A). [P0] { R.t = b_call(I.k, I.t, A.t); }
no_parens_one_ambig_expr(R) ::= dot_identifier(I) call_args_no_parens_ambig(A). [P_DOTID] { R.t = b_call(I.k, I.t, A.t); }

no_parens_many_expr(R) ::= dot_op_identifier(I) call_args_no_parens_many_strict(A). [P0] { R.t = b_call(I.k, I.t, A.t); }
no_parens_many_expr(R) ::= dot_identifier(I) call_args_no_parens_many_strict(A). [P_DOTID] { R.t = b_call(I.k, I.t, A.t); }

no_parens_one_expr(R) ::= dot_op_identifier(I) call_args_no_parens_one(A). [P0] { R.t = b_call(I.k, I.t, A.t); }
no_parens_one_expr(R) ::= dot_identifier(I) call_args_no_parens_one(A). [P_DOTID] { R.t = b_call(I.k, I.t, A.t); }
no_parens_zero_expr(R) ::= dot_do_identifier(I). [P0] { R.t = b_call(I.k, I.t, EXC_NONE); }
no_parens_zero_expr(R) ::= dot_identifier(I). [P_DOTID] { R.t = b_call(I.k, I.t, EXC_NONE); }

/* Constructs that can be followed by the access syntax a[b]. */
access_expr(A) ::= bracket_at_expr(A). [P0]
access_expr(A) ::= bracket_expr(A). [P0]
access_expr(R) ::= capture_op_eol(O) INT(N). [P_CAPTURE] { R.t = b_unary(O.k, N->val); }
access_expr(R) ::= fn_eoe(F) stab(S) end_eoe. [P0] { R.t = b_fn(P, F.k, S.t); }
access_expr(R) ::= open_paren(O) stab(S) close_paren. [P0] { R.t = b_paren_stab(P, O.k, S.t); }
access_expr(R) ::= open_paren(O) stab(S) SEMI close_paren. [P0] { R.t = b_paren_stab(P, O.k, S.t); }
access_expr(R) ::= open_paren(O) SEMI stab(S) SEMI close_paren. [P0] { R.t = b_paren_stab(P, O.k, S.t); }
access_expr(R) ::= open_paren(O) SEMI stab(S) close_paren. [P0] { R.t = b_paren_stab(P, O.k, S.t); }
access_expr(R) ::= open_paren(O) SEMI close_paren. [P0] { R.t = b_paren_stab(P, O.k, EXC_NIL_LIST); }
access_expr(R) ::= empty_paren. [P0] { R.t = b_empty_block(); }
access_expr(R) ::= INT(N). [P0] { R.t = N->val; }
access_expr(R) ::= FLT(N). [P0] { R.t = N->val; }
access_expr(R) ::= CHAR(N). [P0] { R.t = N->val; }
access_expr(A) ::= list(A). [P0]
access_expr(A) ::= map(A). [P0]
access_expr(A) ::= tuple(A). [P0]
access_expr(R) ::= TRUE(K). [P0] { R.t = K->val; }
access_expr(R) ::= FALSE(K). [P0] { R.t = K->val; }
access_expr(R) ::= NIL(K). [P0] { R.t = K->val; }
access_expr(R) ::= BIN_STRING(K). [P0] { R.t = b_bin_string(P, K); }
access_expr(R) ::= LIST_STRING(K). [P0] { R.t = b_list_string(P, K); }
access_expr(R) ::= BIN_HEREDOC(K). [P0] { R.t = b_bin_string(P, K); }
access_expr(R) ::= LIST_HEREDOC(K). [P0] { R.t = b_list_string(P, K); }
access_expr(A) ::= bit_string(A). [P0]
access_expr(R) ::= SIGIL(K). [P0] { R.t = b_sigil(P, K); }
access_expr(R) ::= ATOM(K). [P0] { R.t = K->val; }
access_expr(R) ::= ATOM_QUOTED(K). [P0] { R.t = K->val; }
access_expr(R) ::= ATOM_SAFE(K). [P0] { R.t = b_quoted_atom(P, K); }
access_expr(R) ::= ATOM_UNSAFE(K). [P0] { R.t = b_quoted_atom(P, K); }
access_expr(A) ::= dot_alias(A). [P0]
access_expr(A) ::= parens_call(A). [P0]
access_expr(R) ::= RANGE_OP(K). [P0] { R.t = ast_node(K->val, M(K), EXC_NIL_LIST); }

parens_call(R) ::= dot_call_identifier(I) call_args_parens(A). [P0] { R.t = b_call(I.k, I.t, A.t); }
parens_call(R) ::= dot_call_identifier(I) call_args_parens(A) call_args_parens(B). [P0] { R.t = b_nested(I.k, I.t, A.t, B.t); }

bracket_arg(R) ::= open_bracket(O) kw(A) close_bracket. [P0] { R.t = A.t; R.u = M(O.k); }
bracket_arg(R) ::= open_bracket(O) container_expr(A) close_bracket. [P0] { R.t = A.t; R.u = M(O.k); }
bracket_arg(R) ::= open_bracket(O) container_expr(A) COMMA close_bracket. [P_COMMA] { R.t = A.t; R.u = M(O.k); }

bracket_expr(R) ::= dot_bracket_identifier(I) bracket_arg(A). [P0] { R.t = b_access(b_call(I.k, I.t, EXC_NONE), A.t, A.u); }
bracket_expr(R) ::= access_expr(E) bracket_arg(A). [P0] { R.t = b_access(E.t, A.t, A.u); }

bracket_at_expr(R) ::= at_op_eol(O) dot_bracket_identifier(I) bracket_arg(A). [P_AT] { R.t = b_access(b_unary(O.k, b_call(I.k, I.t, EXC_NONE)), A.t, A.u); }
bracket_at_expr(R) ::= at_op_eol(O) access_expr(E) bracket_arg(A). [P_AT] { R.t = b_access(b_unary(O.k, E.t), A.t, A.u); }

/* ---- blocks ------------------------------------------------------------------ */

do_block(R) ::= do_eoe(D) END. [P0] { R.t = b_do_block(D.k, b_empty_block(), EXC_NIL_LIST); }
do_block(R) ::= do_eoe(D) stab(S) end_eoe. [P0] { R.t = b_do_block(D.k, b_stab(P, S.t), EXC_NIL_LIST); }
do_block(R) ::= do_eoe(D) block_list(B) END. [P0] { R.t = b_do_block(D.k, b_empty_block(), B.t); }
do_block(R) ::= do_eoe(D) stab_eoe(S) block_list(B) END. [P0] { R.t = b_do_block(D.k, b_stab(P, S.t), B.t); }

eoe(R) ::= EOL(K). [P0] { R.k = K; }
eoe(R) ::= SEMI(K). [P0] { R.k = K; }
eoe(R) ::= EOL(K) SEMI. [P0] { R.k = K; }

fn_eoe(R) ::= FN(K). [P0] { R.k = K; }
fn_eoe(R) ::= FN(K) eoe. [P0] { R.k = K; }

do_eoe(R) ::= DO(K). [P_DO] { R.k = K; }
do_eoe(R) ::= DO(K) eoe. [P_DO] { R.k = K; }

end_eoe(R) ::= END(K). [P0] { R.k = K; }
end_eoe(R) ::= eoe END(K). [P0] { R.k = K; }

block_eoe(R) ::= BLOCK_IDENTIFIER(K). [P0] { R.k = K; }
block_eoe(R) ::= BLOCK_IDENTIFIER(K) eoe. [P0] { R.k = K; }

stab(R) ::= stab_expr(A). [P0] { R.t = ast_list1(A.t); }
stab(R) ::= stab(S) eoe stab_expr(A). [P0] { R.t = ast_cons(A.t, S.t); }

stab_eoe(S) ::= stab(S). [P0]
stab_eoe(R) ::= stab(S) eoe. [P0] { R = S; }

stab_expr(A) ::= expr(A). [P0]
stab_expr(R) ::= stab_op_eol_and_expr(S). [P0] { R.t = b_stab_op(S.k, EXC_NIL_LIST, S.t); }
stab_expr(R) ::= empty_paren stab_op_eol_and_expr(S). [P0] { R.t = b_stab_op(S.k, EXC_NIL_LIST, S.t); }
stab_expr(R) ::= empty_paren WHEN_OP(W) expr(G) stab_op_eol_and_expr(S). [P0] { R.t = b_stab_op(S.k, ast_list1(ast_node(W->val, M(W), ast_list1(G.t))), S.t); }
stab_expr(R) ::= call_args_no_parens_all(A) stab_op_eol_and_expr(S). [P0] { R.t = b_stab_op(S.k, b_unwrap_when(b_unwrap_splice(A.t)), S.t); }
stab_expr(R) ::= stab_parens_many(A) stab_op_eol_and_expr(S). [P0] { R.t = b_stab_op(S.k, b_unwrap_splice(A.t), S.t); }
stab_expr(R) ::= stab_parens_many(A) WHEN_OP(W) expr(G) stab_op_eol_and_expr(S). [P0] { R.t = b_stab_op(S.k, ast_list1(ast_node(W->val, M(W), ast_append(b_unwrap_splice(A.t), ast_list1(G.t)))), S.t); }

stab_op_eol_and_expr(R) ::= stab_op_eol(O) expr(A). [P_STAB] { R.k = O.k; R.t = A.t; }
stab_op_eol_and_expr(R) ::= stab_op_eol(O). [P_STAB] { R.k = O.k; R.t = EXC_A_nil; }

block_item(R) ::= block_eoe(B) stab_eoe(S). [P0] { R.t = ast_tuple2(B.k->val, b_stab(P, S.t)); }
block_item(R) ::= block_eoe(B). [P0] { R.t = ast_tuple2(B.k->val, b_empty_block()); }

block_list(R) ::= block_item(A). [P0] { R.t = ast_list1(A.t); }
block_list(R) ::= block_item(A) block_list(B). [P0] { R.t = ast_cons(A.t, B.t); }

/* ---- helpers ------------------------------------------------------------------ */

open_paren(R) ::= LPAREN(K). [P0] { R.k = K; }
open_paren(R) ::= LPAREN(K) EOL. [P0] { R.k = K; }
close_paren(R) ::= RPAREN(K). [P0] { R.k = K; }
close_paren(R) ::= EOL RPAREN(K). [P0] { R.k = K; }

empty_paren(R) ::= open_paren(O) RPAREN. [P0] { R = O; }

open_bracket(R) ::= LBRACKET(K). [P0] { R.k = K; }
open_bracket(R) ::= LBRACKET(K) EOL. [P0] { R.k = K; }
close_bracket(R) ::= RBRACKET(K). [P0] { R.k = K; }
close_bracket(R) ::= EOL RBRACKET(K). [P0] { R.k = K; }

open_bit(R) ::= LBIT(K). [P0] { R.k = K; }
open_bit(R) ::= LBIT(K) EOL. [P0] { R.k = K; }
close_bit(R) ::= RBIT(K). [P0] { R.k = K; }
close_bit(R) ::= EOL RBIT(K). [P0] { R.k = K; }

open_curly(R) ::= LCURLY(K). [P0] { R.k = K; }
open_curly(R) ::= LCURLY(K) EOL. [P0] { R.k = K; }
close_curly(R) ::= RCURLY(K). [P0] { R.k = K; }
close_curly(R) ::= EOL RCURLY(K). [P0] { R.k = K; }

/* Operators: the newline after an operator is part of it. */
unary_op_eol(R) ::= UNARY_OP(K). [P_UNARY] { R.k = K; }
unary_op_eol(R) ::= UNARY_OP(K) EOL. [P_UNARY] { R.k = K; }
unary_op_eol(R) ::= DUAL_OP(K). [P_UNARY] { R.k = K; }
unary_op_eol(R) ::= DUAL_OP(K) EOL. [P_UNARY] { R.k = K; }
unary_op_eol(R) ::= TERNARY_OP(K). [P_UNARY] { R.k = K; }
unary_op_eol(R) ::= TERNARY_OP(K) EOL. [P_UNARY] { R.k = K; }
capture_op_eol(R) ::= CAPTURE_OP(K). [P_CAPTURE] { R.k = K; }
capture_op_eol(R) ::= CAPTURE_OP(K) EOL. [P_CAPTURE] { R.k = K; }
at_op_eol(R) ::= AT_OP(K). [P_AT] { R.k = K; }
at_op_eol(R) ::= AT_OP(K) EOL. [P_AT] { R.k = K; }
match_op_eol(R) ::= MATCH_OP(K). [P_MATCH] { R.k = K; }
match_op_eol(R) ::= MATCH_OP(K) EOL. [P_MATCH] { R.k = K; }
dual_op_eol(R) ::= DUAL_OP(K). [P_DUAL] { R.k = K; }
dual_op_eol(R) ::= DUAL_OP(K) EOL. [P_DUAL] { R.k = K; }
mult_op_eol(R) ::= MULT_OP(K). [P_MULT] { R.k = K; }
mult_op_eol(R) ::= MULT_OP(K) EOL. [P_MULT] { R.k = K; }
power_op_eol(R) ::= POWER_OP(K). [P_POWER] { R.k = K; }
power_op_eol(R) ::= POWER_OP(K) EOL. [P_POWER] { R.k = K; }
concat_op_eol(R) ::= CONCAT_OP(K). [P_CONCAT] { R.k = K; }
concat_op_eol(R) ::= CONCAT_OP(K) EOL. [P_CONCAT] { R.k = K; }
range_op_eol(R) ::= RANGE_OP(K). [P_CONCAT] { R.k = K; }
range_op_eol(R) ::= RANGE_OP(K) EOL. [P_CONCAT] { R.k = K; }
ternary_op_eol(R) ::= TERNARY_OP(K). [P_TERNARY] { R.k = K; }
ternary_op_eol(R) ::= TERNARY_OP(K) EOL. [P_TERNARY] { R.k = K; }
xor_op_eol(R) ::= XOR_OP(K). [P_XOR] { R.k = K; }
xor_op_eol(R) ::= XOR_OP(K) EOL. [P_XOR] { R.k = K; }
pipe_op_eol(R) ::= PIPE_OP(K). [P_PIPE] { R.k = K; }
pipe_op_eol(R) ::= PIPE_OP(K) EOL. [P_PIPE] { R.k = K; }
and_op_eol(R) ::= AND_OP(K). [P_AND] { R.k = K; }
and_op_eol(R) ::= AND_OP(K) EOL. [P_AND] { R.k = K; }
or_op_eol(R) ::= OR_OP(K). [P_OR] { R.k = K; }
or_op_eol(R) ::= OR_OP(K) EOL. [P_OR] { R.k = K; }
in_op_eol(R) ::= IN_OP(K). [P_IN] { R.k = K; }
in_op_eol(R) ::= IN_OP(K) EOL. [P_IN] { R.k = K; }
in_match_op_eol(R) ::= IN_MATCH_OP(K). [P_IN_MATCH] { R.k = K; }
in_match_op_eol(R) ::= IN_MATCH_OP(K) EOL. [P_IN_MATCH] { R.k = K; }
type_op_eol(R) ::= TYPE_OP(K). [P_TYPE] { R.k = K; }
type_op_eol(R) ::= TYPE_OP(K) EOL. [P_TYPE] { R.k = K; }
when_op_eol(R) ::= WHEN_OP(K). [P_WHEN] { R.k = K; }
when_op_eol(R) ::= WHEN_OP(K) EOL. [P_WHEN] { R.k = K; }
stab_op_eol(R) ::= STAB_OP(K). [P0] { R.k = K; }
stab_op_eol(R) ::= STAB_OP(K) EOL. [P_STAB] { R.k = K; }
comp_op_eol(R) ::= COMP_OP(K). [P_COMP] { R.k = K; }
comp_op_eol(R) ::= COMP_OP(K) EOL. [P_COMP] { R.k = K; }
rel_op_eol(R) ::= REL_OP(K). [P_REL] { R.k = K; }
rel_op_eol(R) ::= REL_OP(K) EOL. [P_REL] { R.k = K; }
arrow_op_eol(R) ::= ARROW_OP(K). [P_ARROW] { R.k = K; }
arrow_op_eol(R) ::= ARROW_OP(K) EOL. [P_ARROW] { R.k = K; }

/* ---- dot operator ------------------------------------------------------------ */

dot_op(R) ::= DOT(K). [P_DOT] { R.k = K; }
dot_op(R) ::= DOT(K) EOL. [P_DOT] { R.k = K; }

dot_identifier(R) ::= IDENTIFIER(K). [P_DOTID] { R.k = K; R.t = EXC_NONE; }
dot_identifier(R) ::= matched_expr(A) dot_op(D) IDENTIFIER(K). [P_DOTID] { R.k = NULL; R.t = b_dot(D.k, A.t, K); }

dot_alias(R) ::= ALIAS(K). [P0] { R.t = ast_node(A_(P, "__aliases__"), M(K), ast_list1(K->val)); }
dot_alias(R) ::= matched_expr(A) dot_op(D) ALIAS(K). [P_DOT] { R.t = b_dot_alias(P, D.k, A.t, K); }
dot_alias(R) ::= matched_expr(A) dot_op(D) open_curly RCURLY. [P_DOT] { R.t = b_dot_container(P, D.k, A.t, EXC_NIL_LIST); }
dot_alias(R) ::= matched_expr(A) dot_op(D) open_curly container_args(C) close_curly. [P_DOT] { R.t = b_dot_container(P, D.k, A.t, C.t); }

dot_op_identifier(R) ::= OP_IDENTIFIER(K). [P0] { R.k = K; R.t = EXC_NONE; }
dot_op_identifier(R) ::= matched_expr(A) dot_op(D) OP_IDENTIFIER(K). [P_DOT] { R.k = NULL; R.t = b_dot(D.k, A.t, K); }

dot_do_identifier(R) ::= DO_IDENTIFIER(K). [P0] { R.k = K; R.t = EXC_NONE; }
dot_do_identifier(R) ::= matched_expr(A) dot_op(D) DO_IDENTIFIER(K). [P_DOT] { R.k = NULL; R.t = b_dot(D.k, A.t, K); }

dot_bracket_identifier(R) ::= BRACKET_IDENTIFIER(K). [P0] { R.k = K; R.t = EXC_NONE; }
dot_bracket_identifier(R) ::= matched_expr(A) dot_op(D) BRACKET_IDENTIFIER(K). [P_DOT] { R.k = NULL; R.t = b_dot(D.k, A.t, K); }

dot_paren_identifier(R) ::= PAREN_IDENTIFIER(K). [P0] { R.k = K; R.t = EXC_NONE; }
dot_paren_identifier(R) ::= matched_expr(A) dot_op(D) PAREN_IDENTIFIER(K). [P_DOT] { R.k = NULL; R.t = b_dot(D.k, A.t, K); }

dot_call_identifier(A) ::= dot_paren_identifier(A). [P0]
dot_call_identifier(R) ::= matched_expr(A) DOT_CALL_OP(K). [P_DOT] { R.k = NULL; R.t = ast_node(K->val, M(K), ast_list1(A.t)); }

/* ---- function calls with no parentheses ---------------------------------------- */

call_args_no_parens_expr(A) ::= matched_expr(A). [P0]
call_args_no_parens_expr(R) ::= no_parens_expr(A). [P0] { R.t = b_no_parens_many_strict(P, A.t); }

call_args_no_parens_comma_expr(R) ::= matched_expr(A) COMMA call_args_no_parens_expr(B). [P_COMMA] { R.t = ast_list2(A.t, B.t); R.u = exc_tl(R.t); }
call_args_no_parens_comma_expr(R) ::= call_args_no_parens_comma_expr(A) COMMA call_args_no_parens_expr(B). [P_COMMA] { R.t = A.t; R.u = ast_link(A.u, ast_list1(B.t)); }

call_args_no_parens_all(A) ::= call_args_no_parens_one(A). [P0]
call_args_no_parens_all(A) ::= call_args_no_parens_ambig(A). [P0]
call_args_no_parens_all(A) ::= call_args_no_parens_many(A). [P0]

call_args_no_parens_one(R) ::= call_args_no_parens_kw(A). [P0] { R.t = ast_list1(A.t); }
call_args_no_parens_one(R) ::= matched_expr(A). [P0] { R.t = ast_list1(A.t); }

call_args_no_parens_ambig(R) ::= no_parens_expr(A). [P0] { R.t = ast_list1(A.t); }

call_args_no_parens_many(R) ::= matched_expr(A) COMMA call_args_no_parens_kw(B). [P_COMMA] { R.t = ast_list2(A.t, B.t); }
call_args_no_parens_many(A) ::= call_args_no_parens_comma_expr(A). [P0]
call_args_no_parens_many(R) ::= call_args_no_parens_comma_expr(A) COMMA call_args_no_parens_kw(B). [P_COMMA] { ast_link(A.u, ast_list1(B.t)); R.t = A.t; }

call_args_no_parens_many_strict(A) ::= call_args_no_parens_many(A). [P0]
call_args_no_parens_many_strict(R) ::= open_paren(O) call_args_no_parens_kw close_paren. [P0] { R.t = b_no_parens_strict(P, O.k); }
call_args_no_parens_many_strict(R) ::= open_paren(O) call_args_no_parens_many close_paren. [P0] { R.t = b_no_parens_strict(P, O.k); }

stab_parens_many(R) ::= open_paren call_args_no_parens_kw(A) close_paren. [P0] { R.t = ast_list1(A.t); }
stab_parens_many(R) ::= open_paren call_args_no_parens_many(A) close_paren. [P0] { R = A; }

/* ---- containers ---------------------------------------------------------------- */

container_expr(A) ::= matched_expr(A). [P0]
container_expr(A) ::= unmatched_expr(A). [P0]
container_expr(R) ::= no_parens_expr(A). [P0] { R.t = b_no_parens_container_strict(P, A.t); }

container_args_base(R) ::= container_expr(A). [P0] { R.t = R.u = ast_list1(A.t); }
container_args_base(R) ::= container_args_base(L) COMMA container_expr(A). [P_COMMA] { R.t = L.t; R.u = ast_link(L.u, ast_list1(A.t)); }

container_args(L) ::= container_args_base(L). [P0]
container_args(R) ::= container_args_base(L) COMMA. [P_COMMA] { R.t = L.t; }
container_args(R) ::= container_args_base(L) COMMA kw(K). [P_COMMA] { ast_link(L.u, ast_list1(K.t)); R.t = L.t; }

/* ---- function calls with parentheses --------------------------------------------- */

call_args_parens_expr(A) ::= matched_expr(A). [P0]
call_args_parens_expr(A) ::= unmatched_expr(A). [P0]
call_args_parens_expr(R) ::= no_parens_expr(A). [P0] { R.t = b_no_parens_many_strict(P, A.t); }

call_args_parens_base(R) ::= call_args_parens_expr(A). [P0] { R.t = R.u = ast_list1(A.t); }
call_args_parens_base(R) ::= call_args_parens_base(L) COMMA call_args_parens_expr(A). [P_COMMA] { R.t = L.t; R.u = ast_link(L.u, ast_list1(A.t)); }

call_args_parens(R) ::= open_paren RPAREN. [P0] { R.t = EXC_NIL_LIST; }
call_args_parens(R) ::= open_paren no_parens_expr(A) close_paren. [P0] { R.t = ast_list1(A.t); }
call_args_parens(R) ::= open_paren kw_call(K) close_paren. [P0] { R.t = ast_list1(K.t); }
call_args_parens(R) ::= open_paren call_args_parens_base(L) close_paren. [P0] { R.t = L.t; }
call_args_parens(R) ::= open_paren call_args_parens_base(L) COMMA kw_call(K) close_paren. [P_COMMA] { ast_link(L.u, ast_list1(K.t)); R.t = L.t; }

/* ---- keyword lists ------------------------------------------------------------ */

kw_eol(R) ::= KW_IDENTIFIER(K). [P0] { R.t = K->val; }
kw_eol(R) ::= KW_IDENTIFIER(K) EOL. [P0] { R.t = K->val; }
kw_eol(R) ::= KW_IDENTIFIER_SAFE(K). [P0] { R.t = b_quoted_atom(P, K); }
kw_eol(R) ::= KW_IDENTIFIER_SAFE(K) EOL. [P0] { R.t = b_quoted_atom(P, K); }
kw_eol(R) ::= KW_IDENTIFIER_UNSAFE(K). [P0] { R.t = b_quoted_atom(P, K); }
kw_eol(R) ::= KW_IDENTIFIER_UNSAFE(K) EOL. [P0] { R.t = b_quoted_atom(P, K); }

kw_base(R) ::= kw_eol(K) container_expr(V). [P0] { R.t = R.u = ast_list1(ast_tuple2(K.t, V.t)); }
kw_base(R) ::= kw_base(L) COMMA kw_eol(K) container_expr(V). [P_COMMA] { R.t = L.t; R.u = ast_link(L.u, ast_list1(ast_tuple2(K.t, V.t))); }

kw_call(L) ::= kw_base(L). [P0]
kw_call(R) ::= kw_base(L) COMMA. [P_COMMA] { R.t = L.t; }
kw_call(R) ::= kw_base COMMA(C) matched_expr. [P_COMMA] { R.t = b_bad_kw_call(P, C); }

kw(L) ::= kw_base(L). [P0]
kw(R) ::= kw_base(L) COMMA. [P_COMMA] { R.t = L.t; }
kw(R) ::= kw_base COMMA(C) matched_expr. [P_COMMA] { R.t = b_bad_kw_data(P, C); }

call_args_no_parens_kw_expr(R) ::= kw_eol(K) matched_expr(V). [P0] { R.t = ast_tuple2(K.t, V.t); }
call_args_no_parens_kw_expr(R) ::= kw_eol(K) no_parens_expr(V). [P0] { R.t = ast_tuple2(K.t, V.t); }

call_args_no_parens_kw(R) ::= call_args_no_parens_kw_expr(A). [P0] { R.t = ast_list1(A.t); }
call_args_no_parens_kw(R) ::= call_args_no_parens_kw_expr(A) COMMA call_args_no_parens_kw(B). [P_COMMA] { R.t = ast_cons(A.t, B.t); }
call_args_no_parens_kw(R) ::= call_args_no_parens_kw_expr COMMA(C) matched_expr. [P_COMMA] { R.t = b_bad_kw_call(P, C); }

/* ---- lists, tuples, bitstrings ---------------------------------------------------- */

list_args(K) ::= kw(K). [P0]
list_args(L) ::= container_args_base(L). [P0]
list_args(R) ::= container_args_base(L) COMMA. [P_COMMA] { R.t = L.t; }
list_args(R) ::= container_args_base(L) COMMA kw(K). [P_COMMA] { ast_link(L.u, K.t); R.t = L.t; }

list(R) ::= open_bracket RBRACKET. [P0] { R.t = EXC_NIL_LIST; }
list(R) ::= open_bracket list_args(A) close_bracket. [P0] { R.t = A.t; }

tuple(R) ::= open_curly(O) RCURLY. [P0] { R.t = b_tuple(P, O.k, EXC_NIL_LIST); }
tuple(R) ::= open_curly(O) container_args(A) close_curly. [P0] { R.t = b_tuple(P, O.k, A.t); }

bit_string(R) ::= open_bit(O) RBIT. [P0] { R.t = ast_node(A_(P, "<<>>"), M(O.k), EXC_NIL_LIST); }
bit_string(R) ::= open_bit(O) container_args(A) close_bit. [P0] { R.t = ast_node(A_(P, "<<>>"), M(O.k), A.t); }

/* ---- maps and structs ----------------------------------------------------------- */

assoc_op_eol(R) ::= ASSOC_OP(K). [P_ASSOC] { R.k = K; }
assoc_op_eol(R) ::= ASSOC_OP(K) EOL. [P_ASSOC] { R.k = K; }

assoc_expr(R) ::= matched_expr(A) assoc_op_eol matched_expr(B). [P_ASSOC] { R.t = ast_tuple2(A.t, B.t); }
assoc_expr(R) ::= unmatched_expr(A) assoc_op_eol unmatched_expr(B). [P_ASSOC] { R.t = ast_tuple2(A.t, B.t); }
assoc_expr(R) ::= matched_expr(A) assoc_op_eol unmatched_expr(B). [P_ASSOC] { R.t = ast_tuple2(A.t, B.t); }
assoc_expr(R) ::= unmatched_expr(A) assoc_op_eol matched_expr(B). [P_ASSOC] { R.t = ast_tuple2(A.t, B.t); }
assoc_expr(R) ::= dot_identifier(I). [P_DOTID] { R.t = b_call(I.k, I.t, EXC_NONE); }
assoc_expr(A) ::= no_parens_one_expr(A). [P0]
assoc_expr(A) ::= parens_call(A). [P0]

assoc_update(R) ::= matched_expr(A) pipe_op_eol(O) assoc_expr(B). [P_PIPE] { R.k = O.k; R.t = A.t; R.u = ast_list1(B.t); }
assoc_update(R) ::= unmatched_expr(A) pipe_op_eol(O) assoc_expr(B). [P_PIPE] { R.k = O.k; R.t = A.t; R.u = ast_list1(B.t); }

assoc_update_kw(R) ::= matched_expr(A) pipe_op_eol(O) kw(B). [P_PIPE] { R.k = O.k; R.t = A.t; R.u = B.t; }
assoc_update_kw(R) ::= unmatched_expr(A) pipe_op_eol(O) kw(B). [P_PIPE] { R.k = O.k; R.t = A.t; R.u = B.t; }

assoc_base(R) ::= assoc_expr(A). [P0] { R.t = R.u = ast_list1(A.t); }
assoc_base(R) ::= assoc_base(L) COMMA assoc_expr(A). [P_COMMA] { R.t = L.t; R.u = ast_link(L.u, ast_list1(A.t)); }

assoc(L) ::= assoc_base(L). [P0]
assoc(R) ::= assoc_base(L) COMMA. [P_COMMA] { R.t = L.t; }

map_op(R) ::= MAPOPEN(K). [P0] { R.k = K; }
map_op(R) ::= MAPOPEN(K) EOL. [P0] { R.k = K; }

map_close(R) ::= kw(K) close_curly. [P0] { R = K; }
map_close(R) ::= assoc(A) close_curly. [P0] { R = A; }
map_close(R) ::= assoc_base(L) COMMA kw(K) close_curly. [P_COMMA] { ast_link(L.u, K.t); R.t = L.t; }

map_args(R) ::= open_curly(O) RCURLY. [P0] { R.t = b_map(P, O.k, EXC_NIL_LIST); }
map_args(R) ::= open_curly(O) map_close(A). [P0] { R.t = b_map(P, O.k, A.t); }
map_args(R) ::= open_curly(O) assoc_update(U) close_curly. [P0] { R.t = b_map_update(P, O.k, U.k, U.t, U.u, EXC_NIL_LIST); }
map_args(R) ::= open_curly(O) assoc_update(U) COMMA close_curly. [P_COMMA] { R.t = b_map_update(P, O.k, U.k, U.t, U.u, EXC_NIL_LIST); }
map_args(R) ::= open_curly(O) assoc_update(U) COMMA map_close(A). [P_COMMA] { R.t = b_map_update(P, O.k, U.k, U.t, U.u, A.t); }
map_args(R) ::= open_curly(O) assoc_update_kw(U) close_curly. [P0] { R.t = b_map_update(P, O.k, U.k, U.t, U.u, EXC_NIL_LIST); }

struct_op(R) ::= PERCENT(K). [P0] { R.k = K; }

struct_expr(R) ::= ATOM(K). [P0] { R.t = K->val; }
struct_expr(R) ::= ATOM_QUOTED(K). [P0] { R.t = K->val; }
struct_expr(A) ::= dot_alias(A). [P0]
struct_expr(R) ::= dot_identifier(I). [P_DOTID] { R.t = b_call(I.k, I.t, EXC_NONE); }
struct_expr(R) ::= at_op_eol(O) struct_expr(A). [P_AT] { R.t = b_unary(O.k, A.t); }
struct_expr(R) ::= unary_op_eol(O) struct_expr(A). [P_UNARY] { R.t = b_unary(O.k, A.t); }
struct_expr(A) ::= parens_call(A). [P0]

map(R) ::= map_op map_args(A). [P0] { R = A; }
map(R) ::= struct_op(O) struct_expr(S) map_args(A). [P0] { R.t = ast_node(A_(P, "%"), M(O.k), ast_list2(S.t, A.t)); }
map(R) ::= struct_op(O) struct_expr(S) EOL map_args(A). [P0] { R.t = ast_node(A_(P, "%"), M(O.k), ast_list2(S.t, A.t)); }

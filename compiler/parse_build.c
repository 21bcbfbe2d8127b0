/* parse_build.c: the AST builders of the grammar (elixir_parser.yrl's Erlang code
** section, Elixir 1.14), producing quoted-form terms with [line:, column:] meta. */
#include "parse_build.h"

#include "parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define atom(s) CATOM(s)
static exc_term nil_meta(void) { return EXC_NIL_LIST; }

static bool is_node(exc_term t, size_t arity)
{
    return exc_is_tuple(t) && exc_tuple_arity(t) == arity;
}
static exc_term el(exc_term t, int i) { return exc_tuple_elems(t)[i]; }

static bool is_list1(exc_term l) { return exc_is_cons(l) && exc_tl(l) == EXC_NIL_LIST; }

static void perr(PState *P, int line, int col, const char *msg)
{
    if (!P->failed)
        diag_error(&P->f->diag, line, col, "%s", msg);
    P->failed = true;
}

static void perr_tok(PState *P, Tok *k, const char *msg)
{
    Tok *t = k ? k : P->last;
    perr(P, t ? t->line : 1, t ? t->col : 1, msg);
}

/* Line/column from a meta keyword list built by ast_meta. */
static void meta_loc(exc_term meta, int *line, int *col)
{
    *line = 1;
    *col = 0;
    for (; exc_is_cons(meta); meta = exc_tl(meta)) {
        exc_term kv = exc_hd(meta);
        if (!is_node(kv, 2) || !exc_is_small(el(kv, 1)))
            continue;
        if (el(kv, 0) == atom("line"))
            *line = (int)exc_small_val(el(kv, 1));
        else if (el(kv, 0) == atom("column"))
            *col = (int)exc_small_val(el(kv, 1));
    }
}

/* ---- blocks and operators -------------------------------------------------------- */

exc_term b_empty_block(void) { return ast_node(atom("__block__"), nil_meta(), EXC_NIL_LIST); }

/* build_block: one expression stands alone, except a lone `not x`/`!x` or
** unquote_splicing, which stay wrapped. */
exc_term b_block(exc_term exprs)
{
    if (is_list1(exprs)) {
        exc_term e = exc_hd(exprs);
        if (is_node(e, 3) && is_list1(el(e, 2)) &&
            (el(e, 0) == atom("not") || el(e, 0) == atom("!") || el(e, 0) == atom("unquote_splicing")))
            return ast_node(atom("__block__"), nil_meta(), exprs);
        return e;
    }
    return ast_node(atom("__block__"), nil_meta(), exprs);
}

exc_term b_op(PState *P, exc_term left, Tok *op, exc_term right)
{
    exc_term o = op->val;
    if (o == atom("//")) {
        if (is_node(left, 3) && el(left, 0) == atom("..") && exc_is_cons(el(left, 2)) &&
            exc_list_length(el(left, 2)) == 2) {
            exc_term a = el(left, 2);
            return ast_node(atom("..//"), el(left, 1),
                            ast_cons(exc_hd(a), ast_cons(exc_hd(exc_tl(a)), ast_list1(right))));
        }
        perr_tok(P, op, "the range step operator (//) must immediately follow the range definition operator (..), for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. Syntax error before: '//'");
        return EXC_A_nil;
    }
    if (o == atom("in") && is_node(left, 3) && (el(left, 0) == atom("not") || el(left, 0) == atom("!")) &&
        is_list1(el(left, 2))) {
        exc_term meta = M(op);
        return ast_node(el(left, 0), meta,
                        ast_list1(ast_node(atom("in"), meta, ast_list2(exc_hd(el(left, 2)), right))));
    }
    if (o == atom("not in")) {
        exc_term meta = M(op);
        return ast_node(atom("not"), meta, ast_list1(ast_node(atom("in"), meta, ast_list2(left, right))));
    }
    return ast_node(o, M(op), ast_list2(left, right));
}

exc_term b_unary(Tok *op, exc_term expr)
{
    if (op->val == atom("//")) {
        exc_term m = M(op);
        return ast_node(atom("/"), m, ast_list2(ast_node(atom("/"), m, EXC_A_nil), expr));
    }
    return ast_node(op->val, M(op), ast_list1(expr));
}

/* ---- identifiers and calls ----------------------------------------------------- */

/* build_dot: {'.', Meta, IdentifierMeta, [Left, Identifier]} (internal 4-tuple). */
exc_term b_dot(Tok *dot, exc_term left, Tok *ident)
{
    return ast_tuple4(atom("."), M(dot), M(ident), ast_list2(left, ident->val));
}

/* build_identifier/build_call on a dot_*_identifier: its token K, or (K NULL) the dot
** term D from b_dot. ARGS == EXC_NONE means a bare name (no args). */
exc_term b_call(Tok *k, exc_term d, exc_term args)
{
    if (k) {
        if (args == EXC_NONE)
            return ast_node(k->val, M(k), EXC_A_nil);
        return ast_node(k->val, M(k), args);
    }
    if (is_node(d, 4)) {
        exc_term dot = ast_node(atom("."), el(d, 1), el(d, 3));
        if (args == EXC_NONE)
            return ast_node(dot, ast_cons(ast_tuple2(atom("no_parens"), EXC_A_true), el(d, 2)), EXC_NIL_LIST);
        return ast_node(dot, el(d, 2), args);
    }
    if (args == EXC_NONE)
        return ast_node(d, ast_cons(ast_tuple2(atom("no_parens"), EXC_A_true), el(d, 1)), EXC_NIL_LIST);
    return ast_node(d, el(d, 1), args);
}

exc_term b_nested(Tok *k, exc_term d, exc_term args1, exc_term args2)
{
    exc_term inner = b_call(k, d, args1);
    return ast_node(inner, el(inner, 1), args2);
}

exc_term b_dot_alias(PState *P, Tok *dot, exc_term left, Tok *alias)
{
    if (is_node(left, 3) && el(left, 0) == atom("__aliases__"))
        return ast_node(el(left, 0), el(left, 1), ast_append(el(left, 2), ast_list1(alias->val)));
    if (exc_is_atom(left)) {
        perr_tok(P, alias, "atom cannot be followed by an alias. If the '.' was meant to be part of the atom's name, the atom name must be quoted. Syntax error before: '.'");
        return EXC_A_nil;
    }
    return ast_node(atom("__aliases__"), M(dot), ast_list2(left, alias->val));
}

exc_term b_dot_container(PState *P, Tok *dot, exc_term left, exc_term args)
{
    (void)P;
    exc_term m = M(dot);
    return ast_node(ast_node(atom("."), m, ast_list2(left, atom("{}"))), m, args);
}

exc_term b_access(exc_term expr, exc_term arg, exc_term meta)
{
    exc_term dot = ast_node(atom("."), meta, ast_list2(atom("Elixir.Access"), atom("get")));
    return ast_node(dot, meta, ast_list2(expr, arg));
}

/* ---- stabs (->) ------------------------------------------------------------------ */

static bool is_stab(exc_term e) { return is_node(e, 3) && el(e, 0) == atom("->"); }

/* check_stab over the reversed clause list: 1 = stab, 0 = block, -1 = error. */
static int check_stab(PState *P, exc_term stab)
{
    exc_term meta = EXC_NONE;
    for (exc_term l = stab; exc_is_cons(l); l = exc_tl(l)) {
        exc_term h = exc_hd(l);
        bool single = exc_tl(l) == EXC_NIL_LIST;
        if (single) {
            if (is_stab(h))
                return 1;
            if (meta == EXC_NONE)
                return 0;
            int line, col;
            meta_loc(meta, &line, &col);
            perr(P, line, col, "unexpected operator ->. If you want to define multiple clauses, the first expression must use ->. Syntax error before: '->'");
            return -1;
        }
        if (is_stab(h))
            meta = el(h, 1);
    }
    return 0;
}

/* collect_stab: fold the expressions after each -> into its body. */
static exc_term collect_stab(exc_term stab)
{
    exc_term exprs = EXC_NIL_LIST, out = EXC_NIL_LIST;
    for (exc_term l = stab; exc_is_cons(l); l = exc_tl(l)) {
        exc_term h = exc_hd(l);
        if (is_stab(h)) {
            exc_term args = el(h, 2);
            exc_term body = b_block(ast_cons(exc_hd(exc_tl(args)), exprs));
            out = ast_cons(ast_node(atom("->"), el(h, 1), ast_list2(exc_hd(args), body)), out);
            exprs = EXC_NIL_LIST;
        } else {
            exprs = ast_cons(h, exprs);
        }
    }
    return out;
}

exc_term b_stab(PState *P, exc_term stab)
{
    int kind = check_stab(P, stab);
    if (kind < 0)
        return EXC_A_nil;
    if (kind == 0)
        return b_block(ast_reverse(stab));
    return collect_stab(stab);
}

exc_term b_paren_stab(PState *P, Tok *open, exc_term stab)
{
    (void)open;
    return b_stab(P, stab);
}

exc_term b_fn(PState *P, Tok *fn, exc_term stab)
{
    int kind = check_stab(P, stab);
    if (kind < 0)
        return EXC_A_nil;
    if (kind == 0) {
        perr_tok(P, fn, "expected anonymous functions to be defined with -> inside: 'fn'");
        return EXC_A_nil;
    }
    return ast_node(atom("fn"), M(fn), collect_stab(stab));
}

exc_term b_stab_op(Tok *op, exc_term args, exc_term body)
{
    return ast_node(atom("->"), M(op), ast_list2(args, body));
}

exc_term b_do_block(Tok *d, exc_term body, exc_term items)
{
    (void)d;
    return ast_list1(ast_cons(ast_tuple2(atom("do"), body), items));
}

exc_term b_unwrap_splice(exc_term args)
{
    if (is_list1(args)) {
        exc_term b = exc_hd(args);
        if (is_node(b, 3) && el(b, 0) == atom("__block__") && is_list1(el(b, 2))) {
            exc_term s = exc_hd(el(b, 2));
            if (is_node(s, 3) && el(s, 0) == atom("unquote_splicing"))
                return el(b, 2);
        }
    }
    return args;
}

/* unwrap_when: `a, b when c -> ...` puts the arguments inside the when. */
exc_term b_unwrap_when(exc_term args)
{
    if (!exc_is_cons(args))
        return args;
    exc_term start = EXC_NIL_LIST, l = args;
    while (exc_tl(l) != EXC_NIL_LIST && exc_is_cons(exc_tl(l))) {
        start = ast_cons(exc_hd(l), start);
        l = exc_tl(l);
    }
    exc_term last = exc_hd(l);
    if (is_node(last, 3) && el(last, 0) == atom("when") && exc_list_length(el(last, 2)) == 2)
        return ast_list1(ast_node(atom("when"), el(last, 1), ast_append(ast_reverse(start), el(last, 2))));
    return args;
}

/* ---- containers ---------------------------------------------------------------- */

exc_term b_tuple(PState *P, Tok *open, exc_term args)
{
    (void)P;
    if (exc_is_cons(args) && exc_is_cons(exc_tl(args)) && exc_tl(exc_tl(args)) == EXC_NIL_LIST)
        return ast_tuple2(exc_hd(args), exc_hd(exc_tl(args)));
    return ast_node(atom("{}"), M(open), args);
}

exc_term b_map(PState *P, Tok *open, exc_term args)
{
    (void)P;
    return ast_node(atom("%{}"), M(open), args);
}

exc_term b_map_update(PState *P, Tok *open, Tok *pipe, exc_term base, exc_term args, exc_term extra)
{
    exc_term all = extra == EXC_NIL_LIST ? args : ast_append(args, extra);
    return ast_node(atom("%{}"), M(open), ast_list1(b_op(P, base, pipe, all)));
}

/* ---- strings ------------------------------------------------------------------- */

static exc_term parse_interp(PState *P, Part *p)
{
    exc_term out = b_empty_block();
    if (P->failed)
        return out;
    if (!parse_tokens(P->f, p->toks, p->ntoks, &out)) {
        P->failed = true;
        return b_empty_block();
    }
    return out;
}

static exc_term kernel_to_string(exc_term meta, exc_term form)
{
    exc_term dot = ast_node(atom("."), meta, ast_list2(atom("Elixir.Kernel"), atom("to_string")));
    return ast_node(dot, meta, ast_list1(form));
}

/* string_parts: binaries, and Kernel.to_string(expr) :: binary for interpolations. */
static exc_term string_parts(PState *P, Tok *k)
{
    exc_term out = EXC_NIL_LIST;
    for (int i = k->nparts - 1; i >= 0; i--) {
        Part *p = &k->parts[i];
        exc_term e;
        if (p->interp) {
            exc_term m = ast_meta(p->line, p->col);
            e = ast_node(atom("::"), m,
                         ast_list2(kernel_to_string(m, parse_interp(P, p)),
                                   ast_node(atom("binary"), m, EXC_A_nil)));
        } else {
            e = ast_binary(p->bytes, p->len);
        }
        out = ast_cons(e, out);
    }
    return out;
}

static bool single_literal(Tok *k) { return k->nparts == 1 && !k->parts[0].interp; }

exc_term b_bin_string(PState *P, Tok *k)
{
    if (single_literal(k))
        return ast_binary(k->parts[0].bytes, k->parts[0].len);
    return ast_node(atom("<<>>"), M(k), string_parts(P, k));
}

exc_term b_list_string(PState *P, Tok *k)
{
    if (single_literal(k))
        return ast_charlist(k->parts[0].bytes, k->parts[0].len);
    exc_term parts = EXC_NIL_LIST;
    for (int i = k->nparts - 1; i >= 0; i--) {
        Part *p = &k->parts[i];
        exc_term e = p->interp ? kernel_to_string(ast_meta(p->line, p->col), parse_interp(P, p))
                               : ast_binary(p->bytes, p->len);
        parts = ast_cons(e, parts);
    }
    exc_term m = M(k);
    exc_term dot = ast_node(atom("."), m, ast_list2(atom("Elixir.List"), atom("to_charlist")));
    return ast_node(dot, m, ast_list1(parts));
}

/* The atom sigil_X of sigil letter X, interned once per letter (as CATOM does): an
** atom-table lookup per sigil was most of the table's lookups in a parse. */
static exc_term sigil_name(int letter)
{
    static exc_term names[128];
    if (letter <= 0 || letter >= 128)
        abort();    /* the lexer only makes sigils of ASCII letters */
    if (!names[letter]) {
        char name[8] = "sigil_";
        name[6] = (char)letter;
        name[7] = 0;
        names[letter] = ast_atomz(name);
    }
    return names[letter];
}

exc_term b_sigil(PState *P, Tok *k)
{
    exc_term m = M(k);
    exc_term mods = ast_charlist(k->mods ? k->mods : "", (size_t)k->nmods);
    return ast_node(sigil_name(k->sigil), m, ast_list2(ast_node(atom("<<>>"), m, string_parts(P, k)), mods));
}

exc_term b_quoted_atom(PState *P, Tok *k)
{
    if (single_literal(k))
        return ast_atom(k->parts[0].bytes, k->parts[0].len);
    exc_term m = M(k);
    exc_term dot = ast_node(atom("."), m, ast_list2(atom("erlang"), atom("binary_to_atom")));
    return ast_node(dot, m, ast_list2(ast_node(atom("<<>>"), m, string_parts(P, k)), atom("utf8")));
}

/* ---- errors ----------------------------------------------------------------------- */

exc_term b_invalid_kw(PState *P, Tok *k)
{
    char buf[600];
    size_t n;
    const char *s = exc_atom_text(k->val, &n);
    if (n == 2 && memcmp(s, "do", 2) == 0)
        snprintf(buf, sizeof buf, "unexpected keyword: do:. In case you wanted to write a \"do\" expression, you must either use do-blocks or separate the keyword argument with comma. For example, you should either write:\n\n    if some_condition? do\n      :this\n    else\n      :that\n    end\n\nor the equivalent construct:\n\n    if(some_condition?, do: :this, else: :that)\n\nwhere \"some_condition?\" is the first argument and the second argument is a keyword list.\n\nYou may see this error if you forget a trailing comma before the \"do\" in a \"do\" block");
    else
        snprintf(buf, sizeof buf, "syntax error before: '%.*s:'", (int)n, s);
    perr_tok(P, k, buf);
    return EXC_A_nil;
}

static void perr_node(PState *P, exc_term node, const char *msg)
{
    int line = 1, col = 0;
    if (is_node(node, 3))
        meta_loc(el(node, 1), &line, &col);
    perr(P, line, col, msg);
}

exc_term b_no_parens_many_strict(PState *P, exc_term node)
{
    perr_node(P, node, "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\nThis error happens when you have nested function calls without parentheses. For example:\n\n    one a, two b, c, d\n\nIn the example above, we don't know if the parameters \"c\" and \"d\" apply to the function \"one\" or \"two\". You can solve this by explicitly adding parentheses:\n\n    one a, two(b, c, d)\n\nOr by adding commas (in case a nested call is not intended):\n\n    one, a, two, b, c, d\n\nElixir cannot compile otherwise. Syntax error before: ','");
    return EXC_A_nil;
}

exc_term b_no_parens_container_strict(PState *P, exc_term node)
{
    perr_node(P, node, "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\nThis error may happen when you forget a comma in a list or other container:\n\n    [a, b c, d]\n\nOr when you have ambiguous calls:\n\n    [one, two three, four, five]\n\nIn the example above, we don't know if the parameters \"four\" and \"five\" belongs to the list or the function \"two\". You can solve this by explicitly adding parentheses:\n\n    [one, two(three, four), five]\n\nElixir cannot compile otherwise. Syntax error before: ','");
    return EXC_A_nil;
}

exc_term b_no_parens_strict(PState *P, Tok *open)
{
    perr_tok(P, open, "unexpected parentheses. If you are making a function call, do not insert spaces between the function name and the opening parentheses. Syntax error before: '('");
    return EXC_NIL_LIST;
}

exc_term b_bad_kw_call(PState *P, Tok *comma)
{
    perr_tok(P, comma, "unexpected expression after keyword list. Keyword lists must always come as the last argument. Therefore, this is not allowed:\n\n    function_call(1, some: :option, 2)\n\nInstead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], 2)\n\nSyntax error after: ','");
    return EXC_NIL_LIST;
}

exc_term b_bad_kw_data(PState *P, Tok *comma)
{
    perr_tok(P, comma, "unexpected expression after keyword list. Keyword lists must always come last in lists and maps. Therefore, this is not allowed:\n\n    [some: :value, :another]\n    %{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n    [:another, some: :value]\n    %{another => value, some: :value}\n\nSyntax error after: ','");
    return EXC_NIL_LIST;
}

/* The token as yecc's "syntax error before: " prints it. */
static void token_text(Tok *k, char *buf, size_t n)
{
    size_t len;
    const char *s;
    switch (k->kind) {
    case TK_INT: case TK_FLT: case TK_CHAR:
        snprintf(buf, n, "\"%.*s\"", k->textlen, k->text ? k->text : "");
        return;
    case TK_BIN_STRING: case TK_LIST_STRING: case TK_BIN_HEREDOC: case TK_LIST_HEREDOC:
        if (single_literal(k))
            snprintf(buf, n, "\"%.*s\"", (int)(k->parts[0].len > 200 ? 200 : k->parts[0].len), k->parts[0].bytes);
        else
            snprintf(buf, n, "string");
        return;
    case TK_SIGIL:
        snprintf(buf, n, "sigil");
        return;
    default:
        break;
    }
    if (k->val != EXC_NONE && exc_is_atom(k->val)) {
        s = exc_atom_text(k->val, &len);
        bool plain = k->kind == TK_IDENTIFIER || k->kind == TK_PAREN_IDENTIFIER ||
                     k->kind == TK_BRACKET_IDENTIFIER || k->kind == TK_DO_IDENTIFIER ||
                     k->kind == TK_OP_IDENTIFIER || k->kind == TK_ALIAS || k->kind == TK_ATOM ||
                     k->kind == TK_KW_IDENTIFIER || k->kind == TK_BLOCK_IDENTIFIER;
        if (plain)
            snprintf(buf, n, "%.*s", (int)(len > 200 ? 200 : len), s);
        else
            snprintf(buf, n, "'%.*s'", (int)(len > 200 ? 200 : len), s);
        return;
    }
    static const struct { int kind; const char *text; } fixed[] = {
        {TK_COMMA, "','"}, {TK_SEMI, "';'"}, {TK_EOL, "eol"}, {TK_LPAREN, "'('"},
        {TK_RPAREN, "')'"}, {TK_LBRACKET, "'['"}, {TK_RBRACKET, "']'"}, {TK_LCURLY, "'{'"},
        {TK_RCURLY, "'}'"}, {TK_LBIT, "'<<'"}, {TK_RBIT, "'>>'"}, {TK_MAPOPEN, "'%{}'"},
        {TK_PERCENT, "'%'"}, {TK_DOT, "'.'"},
    };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (fixed[i].kind == k->kind) {
            snprintf(buf, n, "%s", fixed[i].text);
            return;
        }
    snprintf(buf, n, "token");
}

void b_syntax_error(PState *P, Tok *k)
{
    if (P->failed)
        return;
    char text[260], msg[400];
    if (!k || k->kind == 0) {
        Tok *l = P->last;
        perr(P, l ? l->line : 1, l ? l->col : 1, "syntax error before: ");
        return;
    }
    token_text(k, text, sizeof text);
    snprintf(msg, sizeof msg, "syntax error before: %s", text);
    perr(P, k->line, k->col, msg);
}

void b_stack_overflow(PState *P)
{
    Tok *l = P->last;
    perr(P, l ? l->line : 1, l ? l->col : 1, "expression nested too deeply");
}

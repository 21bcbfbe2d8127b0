/* front.c: the front end's entry points: the arena, the lemon driver (one parser per
** token stream, so interpolations parse recursively), token dumps. */
#include "front.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parse_build.h"
#include "parser.h"

/* ---- arena ------------------------------------------------------------------ */

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, cap;
    max_align_t data[];
};

/* Blocks a parse used go to a per-thread pool when it ends, and the next parse takes
** a pooled block before it mallocs: a big file's token vector (80 bytes per token)
** otherwise came from a fresh mmap at every parse, and its first-touch page faults
** were 6-10% of parsing ordinary code. Block sizes are powers of two, one free list
** per size, so taking a block is one pop (a best-fit walk of one list was 1-2% of a
** parse of small files). The pool holds at most ARENA_POOL_MAX bytes; it is freed
** when the thread exits. */
#define ARENA_POOL_MAX ((size_t)16 << 20)
#define ARENA_MIN_LOG2 12
#define ARENA_CLASSES 48
typedef struct Pool {
    ArenaBlock *free[ARENA_CLASSES];    /* blocks of 2^i bytes */
    size_t bytes;
} Pool;
static _Thread_local Pool pool;
static _Thread_local bool pool_keyed;   /* pool_key holds &pool: set once per thread */
static pthread_key_t pool_key;
static pthread_once_t pool_once = PTHREAD_ONCE_INIT;

static void pool_destroy(void *p)
{
    Pool *pl = p;
    for (int i = 0; i < ARENA_CLASSES; i++) {
        for (ArenaBlock *b = pl->free[i], *n; b; b = n) {
            n = b->next;
            free(b);
        }
        pl->free[i] = NULL;
    }
    pl->bytes = 0;
}

static void pool_key_init(void) { pthread_key_create(&pool_key, pool_destroy); }

/* The size class of a block of at least N bytes: 2^class >= N. */
static int size_class(size_t n)
{
    int c = n <= ((size_t)1 << ARENA_MIN_LOG2) ? ARENA_MIN_LOG2 : 64 - __builtin_clzll(n - 1);
    return c < ARENA_CLASSES ? c : ARENA_CLASSES - 1;
}

static ArenaBlock *block_new(size_t n)
{
    int c = size_class(n);
    size_t cap = (size_t)1 << c;
    ArenaBlock *b = pool.free[c];
    if (b && cap >= n) {
        pool.free[c] = b->next;
        pool.bytes -= b->cap;
        return b;
    }
    if (cap < n)        /* beyond the classes: exact size, never pooled */
        cap = n;
    if (!(b = malloc(sizeof *b + cap)))
        abort();
    b->cap = cap;
    return b;
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->used + n > b->cap) {
        size_t cap = a->next_size ? a->next_size : 4096;
        if (cap < n)
            cap = n;
        b = block_new(cap);
        a->next_size = b->cap < (1u << 20) ? b->cap * 2 : b->cap;
        b->next = a->head;
        b->used = 0;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

void arena_free(Arena *a)
{
    if (!pool_keyed) {
        pthread_once(&pool_once, pool_key_init);
        pthread_setspecific(pool_key, &pool);
        pool_keyed = true;
    }
    for (ArenaBlock *b = a->head, *n; b; b = n) {
        n = b->next;
        int c = size_class(b->cap);
        if (((size_t)1 << c) == b->cap && pool.bytes + b->cap <= ARENA_POOL_MAX) {
            b->next = pool.free[c];
            pool.free[c] = b;
            pool.bytes += b->cap;
        } else {
            free(b);
        }
    }
    a->head = NULL;
}

/* ---- parser driver ------------------------------------------------------------ */

void *parser_acquire(int depth);
void parser_release(void *p, int depth);
void parserRun(void *, Tok *, int, PState *);

/* Nesting of parse_tokens calls (interpolations parse while their string reduces). */
static _Thread_local int parse_depth;

bool parse_tokens(Front *f, Tok *toks, int ntoks, exc_term *out)
{
    PState P = {.f = f, .result = EXC_NONE};
    int depth = parse_depth++;
    void *p = parser_acquire(depth);
    parserRun(p, toks, ntoks, &P); /* the tokens, then the end marker (lempar.c) */
    parser_release(p, depth);
    parse_depth--;
    if (P.failed || f->diag.failed)
        return false;
    *out = P.result == EXC_NONE ? ast_node(ast_atomz("__block__"), EXC_NIL_LIST, EXC_NIL_LIST) : P.result;
    return true;
}

/* A Front for SRCLEN bytes of source. Diag's 1 KB message buffer is neither zeroed
** here nor copied out on success: for the many small files of a batch those two
** copies were a few percent of a parse. */
static void front_init(Front *f, size_t srclen)
{
    f->arena = (Arena){.next_size = srclen + 1024};
    f->diag.failed = false;
    f->diag.line = f->diag.col = 0;
    f->diag.msg[0] = 0;
    f->depth = 0;
}

/* Hand the outcome to the caller's D and release the Front's memory. */
static bool front_finish(Front *f, bool ok, Diag *d)
{
    if (ok && !f->diag.failed) {
        d->failed = false;
        d->line = d->col = 0;
        d->msg[0] = 0;
    } else {
        *d = f->diag;
    }
    arena_free(&f->arena);
    return ok;
}

/* Tokenize SRC and, when AST is not NULL, parse it there. */
static bool front_run(const char *src, size_t len, exc_term *ast, Diag *d)
{
    Front f;
    front_init(&f, len);
    AstChunk chunk, *saved;
    ast_begin(&chunk, &saved, len);
    Tok *toks;
    int n;
    bool ok = lex_tokenize(&f, src, len, &toks, &n) && (!ast || parse_tokens(&f, toks, n, ast));
    ast_end(saved);
    return front_finish(&f, ok, d);
}

bool front_parse(const char *src, size_t len, exc_term *ast, Diag *d)
{
    return front_run(src, len, ast, d);
}

bool front_lex(const char *src, size_t len, Diag *d) { return front_run(src, len, NULL, d); }

/* ---- token dumps ------------------------------------------------------------- */

/* Token kind names for --dump-tokens (lower case, as Elixir's token tuples). */
static const char *token_name(int kind)
{
    switch (kind) {
    case TK_IDENTIFIER: return "identifier";
    case TK_KW_IDENTIFIER: return "kw_identifier";
    case TK_KW_IDENTIFIER_SAFE: return "kw_identifier_safe";
    case TK_KW_IDENTIFIER_UNSAFE: return "kw_identifier_unsafe";
    case TK_BRACKET_IDENTIFIER: return "bracket_identifier";
    case TK_PAREN_IDENTIFIER: return "paren_identifier";
    case TK_DO_IDENTIFIER: return "do_identifier";
    case TK_BLOCK_IDENTIFIER: return "block_identifier";
    case TK_OP_IDENTIFIER: return "op_identifier";
    case TK_FN: return "fn";
    case TK_END: return "end";
    case TK_ALIAS: return "alias";
    case TK_ATOM: return "atom";
    case TK_ATOM_QUOTED: return "atom_quoted";
    case TK_ATOM_SAFE: return "atom_safe";
    case TK_ATOM_UNSAFE: return "atom_unsafe";
    case TK_BIN_STRING: return "bin_string";
    case TK_LIST_STRING: return "list_string";
    case TK_SIGIL: return "sigil";
    case TK_BIN_HEREDOC: return "bin_heredoc";
    case TK_LIST_HEREDOC: return "list_heredoc";
    case TK_COMP_OP: return "comp_op";
    case TK_AT_OP: return "at_op";
    case TK_UNARY_OP: return "unary_op";
    case TK_AND_OP: return "and_op";
    case TK_OR_OP: return "or_op";
    case TK_ARROW_OP: return "arrow_op";
    case TK_MATCH_OP: return "match_op";
    case TK_IN_OP: return "in_op";
    case TK_IN_MATCH_OP: return "in_match_op";
    case TK_TYPE_OP: return "type_op";
    case TK_DUAL_OP: return "dual_op";
    case TK_MULT_OP: return "mult_op";
    case TK_POWER_OP: return "power_op";
    case TK_CONCAT_OP: return "concat_op";
    case TK_RANGE_OP: return "range_op";
    case TK_XOR_OP: return "xor_op";
    case TK_PIPE_OP: return "pipe_op";
    case TK_STAB_OP: return "stab_op";
    case TK_WHEN_OP: return "when_op";
    case TK_CAPTURE_OP: return "capture_op";
    case TK_ASSOC_OP: return "assoc_op";
    case TK_REL_OP: return "rel_op";
    case TK_TERNARY_OP: return "ternary_op";
    case TK_DOT_CALL_OP: return "dot_call_op";
    case TK_TRUE: return "true";
    case TK_FALSE: return "false";
    case TK_NIL: return "nil";
    case TK_DO: return "do";
    case TK_EOL: return "eol";
    case TK_SEMI: return "semi";
    case TK_COMMA: return "comma";
    case TK_DOT: return "dot";
    case TK_LPAREN: return "lparen";
    case TK_RPAREN: return "rparen";
    case TK_LBRACKET: return "lbracket";
    case TK_RBRACKET: return "rbracket";
    case TK_LCURLY: return "lcurly";
    case TK_RCURLY: return "rcurly";
    case TK_LBIT: return "lbit";
    case TK_RBIT: return "rbit";
    case TK_MAPOPEN: return "mapopen";
    case TK_PERCENT: return "percent";
    case TK_INT: return "int";
    case TK_FLT: return "flt";
    case TK_CHAR: return "char";
    default: return "?";
    }
}

static void dump(FILE *out, Tok *toks, int n, int depth)
{
    for (int i = 0; i < n; i++) {
        Tok *k = &toks[i];
        fprintf(out, "%*s%d:%d %s", depth * 2, "", k->line, k->col, token_name(k->kind));
        if (k->val != EXC_NONE && exc_is_atom(k->val)) {
            size_t len;
            const char *s = exc_atom_text(k->val, &len);
            fprintf(out, " %.*s", (int)len, s);
        } else if (k->text) {
            fprintf(out, " %.*s", k->textlen, k->text);
        }
        if (k->eol >= 0)
            fprintf(out, " (eol %d)", k->eol);
        fputc('\n', out);
        for (int j = 0; j < k->nparts; j++) {
            Part *p = &k->parts[j];
            if (p->interp) {
                fprintf(out, "%*s#{\n", depth * 2 + 2, "");
                dump(out, p->toks, p->ntoks, depth + 2);
                fprintf(out, "%*s}\n", depth * 2 + 2, "");
            } else {
                fprintf(out, "%*s\"%.*s\"\n", depth * 2 + 2, "", (int)p->len, p->bytes);
            }
        }
    }
}

bool front_dump_tokens(FILE *out, const char *src, size_t len, Diag *d)
{
    Front f;
    front_init(&f, len);
    Tok *toks;
    int n;
    bool ok = lex_tokenize(&f, src, len, &toks, &n);
    if (ok)
        dump(out, toks, n, 0);
    return front_finish(&f, ok, d);
}

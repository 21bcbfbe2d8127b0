/* lexer.re: the re2c tokenizer for Elixir 1.14 source. It mirrors
** lib/elixir/src/elixir_tokenizer.erl and elixir_interpolation.erl: the same token
** kinds, the same retagging of identifiers by what follows them (paren, bracket, do,
** op_identifier, kw_identifier), the same newline folding, and interpolation lexed
** recursively into nested token streams. The whole file is one NUL-terminated buffer
** (no refilling); re2c classifies operators and words, C handles the context. */
#include "front.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
/* The 16-byte scans read past the NUL ending the buffer, never past its page: fine for
** the hardware, not for AddressSanitizer, which is told not to check them. */
#define OVERREADS __attribute__((no_sanitize("address")))
#else
#define OVERREADS
#endif

#include "ast.h"
#include "parser.h"

/* Tokens grow in an arena vector (tok_grow); step() keeps its own copy of n in a
** local and stores it back before any helper runs. */
typedef struct TokVec {
    Tok *v;
    int n, cap;
} TokVec;

/* One opener waiting for its terminator: ( [ { << fn do. */
typedef struct Term {
    int kind;               /* TK_LPAREN ... or TK_FN / TK_DO */
    int line;
    int close;              /* the closing token's kind (closer_of) */
} Term;

/* Lexer state for one run (the file, or one #{...}). */
typedef struct Lex {
    Front *f;
    const char *src, *p, *end;
    int line, col;
    TokVec t;
    Term *terms;
    int nterms, capterms;
    bool interp;            /* a run inside #{ }: an unmatched } ends it */
} Lex;

static bool run(Lex *L);
static bool lex_atom(Lex *L);

/* ---- small helpers --------------------------------------------------------- */

/* Grow the token vector (arena memory: the old vector is simply abandoned until the
** parse ends). P is the cursor, which sizes the first vector. The slot before the
** first token holds a token of kind 0, so the token loop reads "the previous token"
** without asking whether there is one. */
static __attribute__((noinline)) void tok_grow(Lex *L, const char *p)
{
    /* An interpolation's run sees the rest of the file as its input but mostly holds a
    ** name or two: start it small. A file's run starts at a token per two bytes (the
    ** tests corpus averages one per 4.4; at one per 3, its dense files regrew and
    ** copied their vectors, 1.7% of a parse). */
    int cap = L->t.cap ? 2 * L->t.cap : L->interp ? 8 : (int)((L->end - p) / 2) + 16;
    Tok *v = arena_alloc(&L->f->arena, (size_t)(cap + 1) * sizeof(Tok));
    v->kind = 0;
    v->eol = -1;
    v++;
    if (L->t.n)
        memcpy(v, L->t.v, (size_t)L->t.n * sizeof(Tok));
    L->t.v = v;
    L->t.cap = cap;
}

/* Fill a new token with the fields every reader looks at: parts, mods, sigil and
** textlen are read only when nparts or text say they are there, and their makers set
** them. */
static inline Tok *tok_init(Tok *k, int kind, int line, int col)
{
    k->kind = kind;
    k->line = line;
    k->col = col;
    k->eol = -1;
    k->val = EXC_NONE;
    k->text = NULL;
    k->nparts = 0;
    return k;
}

static Tok *push(Lex *L, int kind, int line, int col)
{
    if (L->t.n == L->t.cap)
        tok_grow(L, L->p);
    return tok_init(&L->t.v[L->t.n++], kind, line, col);
}

static Tok *last(Lex *L) { return L->t.n ? &L->t.v[L->t.n - 1] : NULL; }

static bool fail(Lex *L, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool fail(Lex *L, int line, int col, const char *fmt, ...)
{
    char buf[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_error(&L->f->diag, line, col, "%s", buf);
    return false;
}

static int peek(Lex *L, const char *q) { return q < L->end ? (unsigned char)*q : -1; }
static bool is_hspace(int c) { return c == ' ' || c == '\t'; }
static bool is_space(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(int c) { return c >= 'a' && c <= 'z'; }

/* Advance over N bytes of the current line, counting columns in code points. */
static void adv(Lex *L, int n)
{
    const char *e = L->end - L->p < n ? L->end : L->p + n;
    for (; L->p < e; L->p++)
        L->col += ((unsigned char)*L->p & 0xC0) != 0x80;
}

/* adv for bytes known to be ASCII (operators, digits, spaces, keywords). */
static inline void adv_ascii(Lex *L, int n)
{
    L->p += n;
    L->col += n;
}

static const char *skip_hspace(Lex *L, const char *q)
{
    while (q < L->end && is_hspace((unsigned char)*q))
        q++;
    return q;
}

/* The newline count K carries when it is an eol/','/';' with newlines, or -1. */
static inline int eol_count(const Tok *k)
{
    return (k->kind == TK_EOL || k->kind == TK_COMMA || k->kind == TK_SEMI) && k->eol > 0 ? k->eol
                                                                                          : -1;
}

/* previous_was_eol: the newline count of a preceding eol/','/';' token, or -1. */
static int previous_was_eol(Lex *L)
{
    Tok *k = last(L);
    return k ? eol_count(k) : -1;
}

/* add_token_with_eol: a binary operator swallows the newline before it. */
static Tok *push_op(Lex *L, int kind, int line, int col)
{
    int pe = previous_was_eol(L);
    Tok *k = last(L);
    if (kind != TK_UNARY_OP && k && k->kind == TK_EOL)
        L->t.n--;
    Tok *t = push(L, kind, line, col);
    t->eol = pe;
    return t;
}

/* Interning through a per-thread cache: most names repeat. An entry keys a name by its
** length and two words that, for names up to 16 bytes, hold every byte (overlapping
** loads of both ends), so a hit is three compares and no byte loop; longer names also
** compare their middle against the atom's own text. */
#define ACACHE_BITS 12
#define ACACHE_MAX 64       /* longer names go straight to the atom table */
typedef struct AtomCacheEntry {
    uint64_t a, b;
    exc_term atom;
    uint32_t n;
} AtomCacheEntry;

static inline uint64_t load8(const char *s)
{
    uint64_t v;
    memcpy(&v, s, 8);
    return v;
}

/* load8 for the scans that may read past the end of their object (never past its
** page): unchecked by AddressSanitizer, like the scans themselves. */
static inline OVERREADS uint64_t load8_over(const char *s)
{
    uint64_t v;
    __builtin_memcpy(&v, s, 8);
    return v;
}

static inline uint32_t load4(const char *s)
{
    uint32_t v;
    memcpy(&v, s, 4);
    return v;
}

/* A miss: the atom table, and the entry now holds the name. */
static __attribute__((noinline)) exc_term atom_fill(AtomCacheEntry *e, const char *s, size_t n,
                                                    uint64_t a, uint64_t b)
{
    e->atom = ast_atom(s, n);
    e->n = (uint32_t)n;
    e->a = a;
    e->b = b;
    return e->atom;
}

/* Names of 1 to 7 bytes (most names and all operators) have a cache of their own
** with 16-byte entries keyed by one word: the bytes, zero above them, and the length in
** the top byte (a quoted atom may hold a NUL). Half the lines of the general cache,
** and a hit is one compare. */
#define ASHORT_BITS 12
typedef struct AtomShortEntry {
    uint64_t key;
    uint32_t index;         /* the atom's index */
    int kw;                 /* the name's keyword kind (kw_kind), 0 if it is none */
} AtomShortEntry;

/* Both caches (256 KiB) in malloc memory the collector never scans (they hold atoms,
** which are not pointers): as thread-local arrays (192 KiB then) they were scanned
** with the thread's stack at every collection, most of the roots of the compiler's
** collections. Made by the thread's first lex_tokenize, freed when it exits. */
typedef struct AtomCaches {
    AtomShortEntry ashort[2 << ASHORT_BITS];
    AtomCacheEntry acache[1 << ACACHE_BITS];
} AtomCaches;
static _Thread_local AtomCaches *atom_caches;
static pthread_key_t caches_key;
static pthread_once_t caches_once = PTHREAD_ONCE_INIT;

static void caches_key_init(void) { pthread_key_create(&caches_key, free); }

static __attribute__((noinline)) void atom_caches_new(void)
{
    if (!(atom_caches = calloc(1, sizeof *atom_caches)))
        abort();
    pthread_once(&caches_once, caches_key_init);
    pthread_setspecific(caches_key, atom_caches);
}

/* The key of S[0..n), 1 <= n <= 7: eight bytes loaded within S's page (as ident_end
** does), else copied. */
static inline OVERREADS uint64_t short_key(const char *s, size_t n)
{
    uint64_t w = 0;
    if (((uintptr_t)s & 4095) <= 4096 - 8)
        w = load8_over(s);
    else
        memcpy(&w, s, n);
    return (w & (((uint64_t)1 << (8 * n)) - 1)) | (uint64_t)n << 56;
}

static inline int kw_kind(const char *s, int n);

/* A miss in way 0 of a set: way 1, else the atom table, the new entry in way 0 and
** the old one in way 1. Two ways, because the tests corpus's ~900 short names missed
** 220 times per pass in a direct-mapped cache of 4096 entries (conflicts). */
static __attribute__((noinline)) AtomShortEntry *ashort_fill(AtomShortEntry *e, const char *s,
                                                             size_t n, uint64_t key)
{
    if (e[1].key == key)
        return &e[1];
    e[1] = e[0];
    e[0].index = (uint32_t)exc_atom_index(ast_atom(s, n));
    e[0].kw = kw_kind(s, (int)n);
    e[0].key = key;
    return &e[0];
}

/* The cache entry of S[0..n), 1 <= n <= 7: its atom and keyword kind. */
static inline __attribute__((always_inline)) AtomShortEntry *ashort_entry(const char *s, size_t n)
{
    uint64_t key = short_key(s, n);
    AtomShortEntry *e = &atom_caches->ashort[2 * ((key * 0x9E3779B97F4A7C15u) >> (64 - ASHORT_BITS))];
    if (e->key == key)
        return e;
    return ashort_fill(e, s, n, key);
}

/* Inline: at most call sites n is a constant or just computed, and a hit is a few
** instructions. */
static inline __attribute__((always_inline)) exc_term atom_of(Lex *L, const char *s, size_t n)
{
    (void)L;
    if (n - 1 < 7)
        return exc_atom_from_index(ashort_entry(s, n)->index);
    if (n > ACACHE_MAX || n == 0)
        return ast_atom(s, n);
    const unsigned char *u = (const unsigned char *)s;
    uint64_t a, b;
    if (n >= 8) {
        a = load8(s);
        b = load8(s + n - 8);
    } else if (n >= 4) {
        a = load4(s);
        b = load4(s + n - 4);
    } else {
        a = u[0] | (uint32_t)u[n / 2] << 8 | (uint32_t)u[n - 1] << 16;
        b = 0;
    }
    uint64_t h = (a * 0x9E3779B97F4A7C15u) ^ (b * 0xC2B2AE3D27D4EB4Fu) ^ n;
    h *= 0x94D049BB133111EBu;
    AtomCacheEntry *e = &atom_caches->acache[h >> (64 - ACACHE_BITS)];
    if (e->n == n && e->a == a && e->b == b) {
        if (n <= 16)
            return e->atom;
        size_t len;
        const char *t = exc_atom_text(e->atom, &len);
        if (memcmp(t + 8, s + 8, n - 16) == 0)
            return e->atom;
    }
    return atom_fill(e, s, n, a, b);
}

/* ---- terminators ------------------------------------------------------------ */

static const char *term_open_text(int kind)
{
    switch (kind) {
    case TK_LPAREN: return "(";
    case TK_LBRACKET: return "[";
    case TK_LCURLY: return "{";
    case TK_LBIT: return "<<";
    case TK_FN: return "fn";
    default: return "do";
    }
}

static const char *term_close_text(int kind)
{
    switch (kind) {
    case TK_LPAREN: return ")";
    case TK_LBRACKET: return "]";
    case TK_LCURLY: return "}";
    case TK_LBIT: return ">>";
    default: return "end";
    }
}

static int closer_of(int kind)
{
    switch (kind) {
    case TK_LPAREN: return TK_RPAREN;
    case TK_LBRACKET: return TK_RBRACKET;
    case TK_LCURLY: return TK_RCURLY;
    case TK_LBIT: return TK_RBIT;
    default: return TK_END;
    }
}

static void open_term(Lex *L, int kind, int line)
{
    if (L->nterms == L->capterms) {
        /* Arena memory, like the token vector: an outgrown stack is abandoned. */
        int cap = L->capterms ? 2 * L->capterms : 16;
        Term *v = arena_alloc(&L->f->arena, (size_t)cap * sizeof(Term));
        if (L->nterms)
            memcpy(v, L->terms, (size_t)L->nterms * sizeof(Term));
        L->terms = v;
        L->capterms = cap;
    }
    L->terms[L->nterms++] = (Term){kind, line, closer_of(kind)};
}

/* The common case of close_term: KIND closes the innermost opener. */
static inline bool close_matches(Lex *L, int kind)
{
    if (L->nterms && L->terms[L->nterms - 1].close == kind) {
        L->nterms--;
        return true;
    }
    return false;
}

/* check_terminator for a closing token of KIND (text TEXT) at line/col. */
static bool close_term(Lex *L, int kind, const char *text, int line, int col)
{
    if (L->nterms == 0) {
        if (kind == TK_END)
            return fail(L, line, col, "unexpected reserved word: end");
        return fail(L, line, col, "unexpected token: %s", text);
    }
    Term *t = &L->terms[L->nterms - 1];
    if (closer_of(t->kind) != kind)
        return fail(L, line, col,
                    "unexpected %s: %s. The \"%s\" at line %d is missing terminator \"%s\"",
                    kind == TK_END ? "reserved word" : "token", text, term_open_text(t->kind),
                    t->line, term_close_text(t->kind));
    L->nterms--;
    return true;
}

/* ---- numbers ---------------------------------------------------------------- */

/* Digits of base BASE with single '_' separators. Returns the end. */
static const char *scan_digits(Lex *L, const char *q, int base)
{
    for (;;) {
        int c = peek(L, q);
        int d = is_digit(c) ? c - '0' : is_lower(c) ? c - 'a' + 10 : is_upper(c) ? c - 'A' + 10 : 99;
        if (d < base) {
            q++;
            continue;
        }
        if (c == '_') {
            int c2 = peek(L, q + 1);
            int d2 = is_digit(c2) ? c2 - '0' : is_lower(c2) ? c2 - 'a' + 10 : is_upper(c2) ? c2 - 'A' + 10 : 99;
            if (d2 < base) {
                q += 2;
                continue;
            }
        }
        return q;
    }
}

/* Copy [s, e) without underscores into the arena. */
static char *strip_underscores(Lex *L, const char *s, const char *e, size_t *n)
{
    char *b = arena_alloc(&L->f->arena, (size_t)(e - s) + 1), *o = b;
    for (; s < e; s++)
        if (*s != '_')
            *o++ = *s;
    *o = 0;
    *n = (size_t)(o - b);
    return b;
}

static bool lex_based(Lex *L, int base)
{
    const char *s = L->p + 2, *e = scan_digits(L, s, base);
    size_t n;
    char *digits = strip_underscores(L, s, e, &n);
    Tok *k = push(L, TK_INT, L->line, L->col);
    k->val = ast_integer(digits, base);
    k->text = L->p;
    k->textlen = (int)(e - L->p);
    adv_ascii(L, (int)(e - L->p));
    return true;
}

static bool lex_number(Lex *L)
{
    const char *s = L->p, *q = scan_digits(L, s, 10);
    bool flt = false;
    if (peek(L, q) == '.' && is_digit(peek(L, q + 1))) {
        flt = true;
        q = scan_digits(L, q + 1, 10);
        int c = peek(L, q);
        if (c == 'e' || c == 'E') {
            int c1 = peek(L, q + 1);
            if (is_digit(c1))
                q = scan_digits(L, q + 1, 10);
            else if ((c1 == '+' || c1 == '-') && is_digit(peek(L, q + 2)))
                q = scan_digits(L, q + 2, 10);
        }
    }
    int c = peek(L, q);
    if (is_upper(c) || is_lower(c) || c == '_')
        return fail(L, L->line, L->col,
                    "invalid character %c after number %.*s. If you intended to write a "
                    "number, make sure to separate the number from the character (using "
                    "comma, space, etc). If you meant to write a function name or a "
                    "variable, note that identifiers in Elixir cannot start with numbers. "
                    "Unexpected token: %.*s",
                    c, (int)(q - s), s, (int)(q - s), s);
    if (!flt && q - s <= 18) {
        /* Up to 18 decimal digits fit a small integer: no copy, no ast_integer. */
        int64_t v = 0;
        const char *d = s;
        while (d < q && *d != '_')
            v = v * 10 + (*d++ - '0');
        if (d == q) {
            Tok *k = push(L, TK_INT, L->line, L->col);
            k->val = exc_small(v);
            k->text = s;
            k->textlen = (int)(q - s);
            adv_ascii(L, (int)(q - s));
            return true;
        }
    }
    size_t n;
    char *digits = strip_underscores(L, s, q, &n);
    Tok *k = push(L, flt ? TK_FLT : TK_INT, L->line, L->col);
    if (flt) {
        k->val = ast_float(digits);
        if (k->val == EXC_NONE)
            return fail(L, L->line, L->col, "invalid float number %.*s", (int)(q - s), s);
    } else {
        k->val = ast_integer(digits, 10);
    }
    k->text = s;
    k->textlen = (int)(q - s);
    adv_ascii(L, (int)(q - s));
    return true;
}

/* ---- identifiers --------------------------------------------------------------- */

/* Unicode identifier classes (String.Tokenizer, UAX #31 and UTS #39 as Elixir 1.14
** applies them): a start is a letter (upper case ones only begin atoms, keys and
** aliases, and aliases must be ASCII); a continuation also allows marks and digits.
** Compatibility characters (whose NFKC form differs, like the ligature U+FB01) are
** rejected, as Elixir's "restricted" identifier status does. */
static bool uni_compat(int cp)
{
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    return p->decomp_type != 0;
}

static bool uni_upper(int cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static bool uni_start(int cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return !uni_compat(cp) &&
           (c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO ||
            c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT);
}

static bool uni_continue(int cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return uni_start(cp) || (!uni_compat(cp) && (c == UTF8PROC_CATEGORY_MN ||
                                                 c == UTF8PROC_CATEGORY_MC ||
                                                 c == UTF8PROC_CATEGORY_ND));
}

/* A coarse script of a letter, for the "highly restrictive" mixed-script rule: Latin
** may mix with the Han/Kana/Hangul/Bopomofo group, nothing else mixes. 0 = common. */
enum { SC_COMMON, SC_LATIN, SC_GREEK, SC_CYRILLIC, SC_CJK, SC_OTHER };

static int uni_script(int cp)
{
    if (cp < 0x80)
        return ((cp | 32) >= 'a' && (cp | 32) <= 'z') ? SC_LATIN : SC_COMMON;
    if ((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF))
        return cp == 0xD7 || cp == 0xF7 ? SC_COMMON : SC_LATIN;
    if ((cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x1F00 && cp <= 0x1FFF))
        return SC_GREEK;
    if (cp >= 0x400 && cp <= 0x52F)
        return SC_CYRILLIC;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3100 && cp <= 0x312F) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
        (cp >= 0x3400 && cp <= 0x4DBF))
        return SC_CJK;
    utf8proc_category_t c = utf8proc_category(cp);
    if (c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND)
        return SC_COMMON;
    return SC_OTHER + (cp >> 7);   /* one "script" per 128-code-point block */
}

/* Cyrillic and Greek letters that look like Latin ones (UTS #39 confusables). */
static bool confusable_with_latin(int cp)
{
    static const int cps[] = {0x430, 0x435, 0x43E, 0x440, 0x441, 0x443, 0x445, 0x456, 0x458,
                              0x455, 0x501, 0x4BB, 0x410, 0x412, 0x415, 0x41A, 0x41C, 0x41D,
                              0x41E, 0x420, 0x421, 0x422, 0x425, 0x3BF, 0x3B1, 0x3BD, 0x3C1,
                              0x3B9, 0x391, 0x392, 0x395, 0x396, 0x397, 0x399, 0x39A, 0x39C,
                              0x39D, 0x39F, 0x3A1, 0x3A4, 0x3A5, 0x3A7};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++)
        if (cps[i] == cp)
            return true;
    return false;
}

/* True when the identifier S[0..n) mixes scripts Elixir would reject. */
static bool mixed_script(const char *s, int n)
{
    int i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n)
        return false;
    int seen = SC_COMMON, other = SC_COMMON;
    for (const char *q = s, *e = s + n; q < e;) {
        int cp;
        q += ast_utf8_decode(q, e, &cp);
        int sc = uni_script(cp);
        if (sc == SC_COMMON)
            continue;
        if (sc == SC_LATIN || sc == SC_CJK) {
            if (other != SC_COMMON)
                return true;
            if (seen == SC_COMMON || seen == SC_LATIN || seen == SC_CJK)
                seen = sc == SC_LATIN && seen == SC_CJK ? SC_CJK : (seen == SC_COMMON ? sc : seen);
            continue;
        }
        if (seen != SC_COMMON || (other != SC_COMMON && other != sc))
            return true;
        other = sc;
    }
    return false;
}

/* Interned atom of an identifier, NFC-normalised when it is not ASCII. */
static exc_term ident_atom(Lex *L, const char *s, int n)
{
    bool ascii = true;
    for (int i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            ascii = false;
    if (ascii)
        return atom_of(L, s, (size_t)n);
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, n, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (m < 0)
        return ast_atom(s, (size_t)n);
    exc_term a = ast_atom((const char *)out, (size_t)m);
    free(out);
    return a;
}

/* ASCII identifier continuation bytes [A-Za-z0-9_]. */
static const unsigned char ident_ascii[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['_'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

/* The identifier at Q: [a-z_A-Z] (or a Unicode start) then [A-Za-z0-9_@] (or Unicode
** continuations), optional ! or ?. Returns its length in bytes, 0 if none; *ascii
** says whether it is all ASCII (so one byte is one column and no NFC is needed). */
static int ident_len(Lex *L, const char *q, bool *has_at, bool *ascii)
{
    const char *s = q;
    int c = peek(L, q), cp;
    *has_at = false;
    *ascii = true;
    if (c >= 0x80) {
        int n = ast_utf8_decode(q, L->end, &cp);
        if (!uni_start(cp))
            return 0;
        q += n;
        *ascii = false;
    } else if (is_upper(c) || is_lower(c) || c == '_') {
        q++;
    } else {
        return 0;
    }
    for (;;) {
        while (q < L->end && ident_ascii[(unsigned char)*q])
            q++;
        c = peek(L, q);
        if (c >= 0x80) {
            int n = ast_utf8_decode(q, L->end, &cp);
            if (!uni_continue(cp))
                break;
            q += n;
            *ascii = false;
        } else if (c == '@') {
            *has_at = true;
            q++;
        } else if (c == '!' || c == '?') {
            q++;
            break;
        } else {
            break;
        }
    }
    return (int)(q - s);
}

static int call_kind(Lex *L, const char *q)
{
    int c = peek(L, q);
    return c == '(' ? TK_PAREN_IDENTIFIER : c == '[' ? TK_BRACKET_IDENTIFIER : TK_IDENTIFIER;
}

/* The keyword kind of the ASCII name S[0..n), or 0: one compare of the name, read as
** a little-endian word, per candidate. */
#define KW2(a, b) ((uint64_t)(a) | (uint64_t)(b) << 8)
#define KW3(a, b, c) (KW2(a, b) | (uint64_t)(c) << 16)
#define KW4(a, b, c, d) (KW3(a, b, c) | (uint64_t)(d) << 24)
#define KW5(a, b, c, d, e) (KW4(a, b, c, d) | (uint64_t)(e) << 32)
#define KW6(a, b, c, d, e, f) (KW5(a, b, c, d, e) | (uint64_t)(f) << 40)
static inline int kw_kind(const char *s, int n)
{
    uint64_t w = 0;
    switch (n) {
    case 2:
        memcpy(&w, s, 2);
        return w == KW2('f', 'n') ? TK_FN : w == KW2('d', 'o') ? TK_DO : w == KW2('o', 'r') ? TK_OR_OP
             : w == KW2('i', 'n') ? TK_IN_OP : 0;
    case 3:
        memcpy(&w, s, 3);
        return w == KW3('e', 'n', 'd') ? TK_END : w == KW3('n', 'i', 'l') ? TK_NIL
             : w == KW3('n', 'o', 't') ? TK_UNARY_OP : w == KW3('a', 'n', 'd') ? TK_AND_OP : 0;
    case 4:
        memcpy(&w, s, 4);
        return w == KW4('t', 'r', 'u', 'e') ? TK_TRUE : w == KW4('w', 'h', 'e', 'n') ? TK_WHEN_OP
             : w == KW4('e', 'l', 's', 'e') ? TK_BLOCK_IDENTIFIER : 0;
    case 5:
        memcpy(&w, s, 5);
        return w == KW5('f', 'a', 'l', 's', 'e') ? TK_FALSE
             : w == KW5('a', 'f', 't', 'e', 'r') || w == KW5('c', 'a', 't', 'c', 'h') ? TK_BLOCK_IDENTIFIER : 0;
    case 6:
        memcpy(&w, s, 6);
        return w == KW6('r', 'e', 's', 'c', 'u', 'e') ? TK_BLOCK_IDENTIFIER : 0;
    default:
        return 0;
    }
}

static bool lex_keyword(Lex *L, int kind, exc_term atom, int n)
{
    int line = L->line, col = L->col;
    const char *rest = L->p + n;
    if (kind == TK_DO) {
        Tok *k = last(L);
        if (k && k->kind == TK_IDENTIFIER) {
            k->kind = TK_DO_IDENTIFIER;
        } else if (k && k->kind == TK_FN) {
            return fail(L, line, col, "unexpected reserved word: do. Anonymous functions are written as:\n\n    fn pattern -> expression end");
        } else if (k && (k->kind == TK_COMMA || k->kind == TK_SEMI)) {
            return fail(L, line, col, "unexpected reserved word: do. In case you wanted to write a \"do\" expression, you must either use do-blocks or separate the keyword argument with comma. For example, you should either write:\n\n    if some_condition? do\n      :this\n    else\n      :that\n    end\n\nor the equivalent construct:\n\n    if(some_condition?, do: :this, else: :that)\n\nwhere \"some_condition?\" is the first argument and the second argument is a keyword list.\n\nYou may see this error if you forget a trailing comma before the \"do\" in a \"do\" block");
        }
        Tok *t = push_op(L, TK_DO, line, col);
        t->val = atom;
        open_term(L, TK_DO, line);
    } else if (kind == TK_FN) {
        push(L, TK_FN, line, col)->val = atom;
        open_term(L, TK_FN, line);
    } else if (kind == TK_END) {
        if (!close_term(L, TK_END, "end", line, col))
            return false;
        push(L, TK_END, line, col)->val = atom;
    } else if (kind == TK_TRUE || kind == TK_FALSE || kind == TK_NIL) {
        push(L, kind, line, col)->val = atom;
    } else if (kind == TK_BLOCK_IDENTIFIER) {
        push(L, kind, line, col)->val = atom;
    } else if (peek(L, skip_hspace(L, rest)) == '/') {
        push(L, TK_IDENTIFIER, line, col)->val = atom;
    } else if (kind == TK_IN_OP && last(L) && last(L)->kind == TK_UNARY_OP &&
               last(L)->val == atom_of(L, "not", 3)) {
        Tok save = *last(L);
        L->t.n--;
        int pe = save.eol;
        Tok *t = push_op(L, TK_IN_OP, save.line, save.col);
        t->eol = pe;
        t->val = atom_of(L, "not in", 6);
    } else {
        push_op(L, kind, line, col)->val = atom;
    }
    adv_ascii(L, n);
    return true;
}

static bool lex_identifier(Lex *L)
{
    bool has_at, ascii;
    int n = ident_len(L, L->p, &has_at, &ascii);
    if (n == 0) {
        int c = peek(L, L->p);
        if (c == 0 && L->p < L->end)
            return fail(L, L->line, L->col, "unexpected token: \"\\0\" (column %d, code point U+0000)", L->col);
        int cp, len = ast_utf8_decode(L->p, L->end, &cp);
        return fail(L, L->line, L->col, "unexpected token: \"%.*s\" (column %d, code point U+%04X)",
                    len, L->p, L->col, cp);
    }
    const char *s = L->p, *rest = s + n;
    Tok *prev = last(L);
    bool after_dot = prev && prev->kind == TK_DOT;
    bool maybe_kw = !after_dot && !(peek(L, rest) == ':' && peek(L, rest + 1) != ':');
    int kw = maybe_kw ? kw_kind(s, n) : 0;
    if (kw)
        return lex_keyword(L, kw, atom_of(L, s, (size_t)n), n);
    if (!ascii && mixed_script(s, n)) {
        /* Elixir reports a mix containing Latin look-alikes (Cyrillic а in аbc) at the
        ** last character, other mixes (fooΩ) at the first. */
        int len = 0;
        bool lookalike = false;
        for (const char *q = s; q < s + n;) {
            int cp;
            q += ast_utf8_decode(q, s + n, &cp);
            len++;
            lookalike |= confusable_with_latin(cp);
        }
        return fail(L, L->line, lookalike ? L->col + len - 1 : L->col,
                    "invalid mixed-script identifier found: %.*s", n, s);
    }
    if (peek(L, rest) == ':' && is_space(peek(L, rest + 1))) {
        Tok *k = push(L, TK_KW_IDENTIFIER, L->line, L->col);
        k->val = ascii ? atom_of(L, s, (size_t)n) : ident_atom(L, s, n);
        adv(L, n + 1);
        return true;
    }
    if (peek(L, rest) == ':' && rest + 1 < L->end && peek(L, rest + 1) != ':')
        return fail(L, L->line, L->col, "keyword argument must be followed by space after: %.*s:", n, s);
    if (has_at)
        return fail(L, L->line, L->col, "invalid character \"@\" (code point U+0040) in %s: %.*s",
                    is_upper((unsigned char)*s) ? "alias" : "identifier", n, s);
    if ((n == 11 && memcmp(s, "__aliases__", 11) == 0) || (n == 9 && memcmp(s, "__block__", 9) == 0))
        return fail(L, L->line, L->col, "reserved token: %.*s", n, s);
    int cp0 = (unsigned char)*s;
    if (cp0 >= 0x80 && (ast_utf8_decode(s, L->end, &cp0), uni_upper(cp0))) {
        int len = ast_utf8_decode(s, L->end, &cp0);
        return fail(L, L->line, L->col, "unexpected token: \"%.*s\" (column %d, code point U+%04X)",
                    len, s, L->col, cp0);
    }
    if (is_upper((unsigned char)*s)) {
        for (int i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80 || s[i] == '!' || s[i] == '?') {
                int cp, len = ast_utf8_decode(s + i, s + n, &cp);
                return fail(L, L->line, L->col,
                            "invalid character \"%.*s\" (code point U+%04X) in alias (only ASCII "
                            "characters, without punctuation, are allowed): %.*s",
                            len, s + i, cp, n, s);
            }
        Tok *k = push(L, TK_ALIAS, L->line, L->col);
        k->val = atom_of(L, s, (size_t)n);
        L->p += n;          /* ASCII, checked above */
        L->col += n;
        return true;
    }
    Tok *k = push(L, call_kind(L, rest), L->line, L->col);
    k->text = s;
    k->textlen = n;
    if (ascii) {
        k->val = atom_of(L, s, (size_t)n);
        L->p += n;
        L->col += n;
    } else {
        k->val = ident_atom(L, s, n);
        adv(L, n);
    }
    return true;
}

/* The end of the run of [A-Za-z0-9_] at Q. Sixteen bytes at a time where they cannot
** cross into another page (the buffer is only known to end in a NUL). */
static inline OVERREADS const unsigned char *ident_end(const unsigned char *q)
{
#ifdef __SSE2__
    while (((uintptr_t)q & 4095) <= 4096 - 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)q);
        __m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
        /* Signed compares: bytes >= 0x80 are negative and match nothing. */
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lo, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(lo, _mm_set1_epi8('z' + 1)));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), under));
        if (m != 0xFFFF)
            return q + __builtin_ctz(~m);
        q += 16;
    }
#endif
    while (ident_ascii[*q])
        q++;
    return q;
}

/* The end of the blanks at Q (before END): spaces eight at a time where the load
** cannot cross into another page, then byte by byte (tabs, the rest). */
static inline OVERREADS const unsigned char *skip_indent(const unsigned char *q)
{
    while (((uintptr_t)q & 4095) <= 4096 - 8) {
        uint64_t x = load8_over((const char *)q) ^ 0x2020202020202020u;
        if (x) {
            q += __builtin_ctzll(x) >> 3;
            break;
        }
        q += 8;
    }
    while (is_hspace(*q))       /* the NUL ending the buffer stops it */
        q++;
    return q;
}

/* The first byte at S that is A, B, a backslash, a newline or a NUL; *cols receives
** the number of code points before it. Sixteen bytes at a time where they cannot
** cross into another page, as in ident_end. */
static OVERREADS const char *scan_until(const char *s, int a, int b, int *cols)
{
    int n = 0;
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b),
                  vs = _mm_set1_epi8('\\'), vn = _mm_set1_epi8('\n'), vz = _mm_setzero_si128(),
                  vc = _mm_set1_epi8((char)0xC0), v80 = _mm_set1_epi8((char)0x80);
    while (((uintptr_t)s & 4095) <= 4096 - 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)s);
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vs), _mm_cmpeq_epi8(v, vn)),
                                                 _mm_cmpeq_epi8(v, vz)));
        unsigned ms = (unsigned)_mm_movemask_epi8(stop);
        unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, vc), v80));
        if (ms) {
            int k = __builtin_ctz(ms);
            *cols = n + k - __builtin_popcount(cont & ((1u << k) - 1));
            return s + k;
        }
        n += 16 - __builtin_popcount(cont);
        s += 16;
    }
#endif
    for (;; s++) {
        int c = (unsigned char)*s;
        if (c == a || c == b || c == '\\' || c == '\n' || c == 0)
            break;
        n += (c & 0xC0) != 0x80;
    }
    *cols = n;
    return s;
}

/* ---- strings ----------------------------------------------------------------- */

/* A growable byte buffer for literal pieces. While its bytes are one slice of the
** source (escapes are kept raw, so only a dropped backslash breaks it) they are not
** copied at all: src points at them, and flush_buf makes the part that slice. */
typedef struct Buf {
    char *b;
    size_t n, cap;
    const char *src;        /* the bytes are src[0..n), not in b; NULL: they are in b */
    char local[256];        /* most literals fit: no malloc */
} Buf;

static void buf_copy(Buf *b, const char *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = (b->n + n) * 2 + 32;
        char *v = b->b == b->local ? malloc(cap) : realloc(b->b, cap);
        if (!v)
            abort();
        if (b->b == b->local)
            memcpy(v, b->local, b->n);
        b->b = v;
        b->cap = cap;
    }
    memcpy(b->b + b->n, s, n);
    b->n += n;
}

static void buf_put(Buf *b, const char *s, size_t n)
{
    if (b->n == 0) {
        b->src = s;
        b->n = n;
        return;
    }
    if (b->src) {
        if (b->src + b->n == s) {
            b->n += n;
            return;
        }
        const char *src = b->src;
        size_t m = b->n;
        b->src = NULL;
        b->n = 0;
        buf_copy(b, src, m);
    }
    buf_copy(b, s, n);
}

static void buf_init(Buf *b)
{
    b->b = b->local;
    b->n = 0;
    b->src = NULL;
    b->cap = sizeof b->local;
}

static void buf_free(Buf *b)
{
    if (b->b != b->local)
        free(b->b);
}

typedef struct PartVec {
    Part *v;
    int n, cap;
} PartVec;

static Part *part_push(Lex *L, PartVec *pv)
{
    if (pv->n == pv->cap) {
        /* Arena memory: an outgrown vector is abandoned until the parse ends. */
        int cap = pv->cap ? 2 * pv->cap : 4;
        Part *v = arena_alloc(&L->f->arena, (size_t)cap * sizeof(Part));
        if (pv->n)
            memcpy(v, pv->v, (size_t)pv->n * sizeof(Part));
        pv->v = v;
        pv->cap = cap;
    }
    Part *p = &pv->v[pv->n++];
    memset(p, 0, sizeof *p);
    return p;
}

/* build_string: flush the buffer as a literal part (nothing if empty). */
static void flush_buf(Lex *L, Buf *b, PartVec *pv)
{
    if (b->n == 0)
        return;
    Part *p = part_push(L, pv);
    if (b->src) {
        p->bytes = b->src;
    } else {
        char *m = arena_alloc(&L->f->arena, b->n + 1);
        memcpy(m, b->b, b->n);
        p->bytes = m;
    }
    p->len = b->n;
    b->n = 0;
    b->src = NULL;
}

/* Lex the interpolation starting after "#{" at L->p: a nested run that stops at the
** unmatched "}". */
static bool lex_interp(Lex *L, PartVec *pv, int line, int col, const char *what, int sline)
{
    if (L->f->depth > 200)
        return fail(L, line, col, "interpolation nested too deeply");
    Lex sub = {.f = L->f, .src = L->src, .p = L->p, .end = L->end, .line = L->line,
               .col = L->col, .interp = true};
    L->f->depth++;
    bool ok = run(&sub);
    L->f->depth--;
    if (!ok)
        return false;
    if (sub.p >= sub.end || *sub.p != '}')
        return fail(L, line, col, "missing interpolation terminator: \"}\" (for %s starting at line %d)",
                    what, sline);
    Part *p = part_push(L, pv);
    p->interp = true;
    p->line = line;
    p->col = col;
    p->ntoks = sub.t.n;
    p->toks = sub.t.v;
    
    L->p = sub.p + 1;
    L->line = sub.line;
    L->col = sub.col + 1;
    return true;
}

/* elixir_interpolation:extract. Scans from L->p up to the terminator CLOSE (a char,
** or a triple quote when HEREDOC), collecting literal pieces (escapes kept raw,
** except backslash-terminator) and interpolations. For heredocs *indent receives the
** closing delimiter's indentation. */
static bool extract(Lex *L, bool interpol, int close, bool heredoc, PartVec *pv, int *indent,
                    const char *what, int sline)
{
    Buf b;
    buf_init(&b);
    for (;;) {
        if (L->p >= L->end) {
            buf_free(&b);
            if (heredoc)
                return fail(L, L->line, L->col, "missing terminator: %c%c%c (for heredoc starting at line %d)", close, close, close, sline);
            return fail(L, L->line, L->col, "missing terminator: %c (for %s starting at line %d)", close, what, sline);
        }
        int c = (unsigned char)*L->p;
        if (!heredoc && c == close) {
            adv(L, 1);
            break;
        }
        if (c == '\\' && L->p + 1 < L->end) {
            int c1 = (unsigned char)L->p[1];
            if (c1 == '\n' || (c1 == '\r' && peek(L, L->p + 2) == '\n')) {
                int k = c1 == '\n' ? 2 : 3;
                buf_put(&b, L->p, (size_t)k);
                L->p += k;
                L->line++;
                L->col = 1;
                goto newline;
            }
            if (!heredoc && c1 == close) {
                buf_put(&b, L->p + 1, 1);
                adv(L, 2);
                continue;
            }
            if (heredoc && c1 == close && peek(L, L->p + 2) == close && peek(L, L->p + 3) == close) {
                buf_put(&b, L->p + 1, 3);
                adv(L, 4);
                continue;
            }
            if (interpol && c1 == '#' && peek(L, L->p + 2) == '{') {
                buf_put(&b, L->p, 3);
                adv(L, 3);
                L->col -= 2;    /* elixir_interpolation counts \#{ as one column */
                continue;
            }
            buf_put(&b, L->p, 2);
            adv(L, 2);
            continue;
        }
        if (c == '\n') {
            buf_put(&b, L->p, 1);
            L->p++;
            L->line++;
            L->col = 1;
        newline:
            if (heredoc) {
                const char *q = skip_hspace(L, L->p);
                if (peek(L, q) == close && peek(L, q + 1) == close && peek(L, q + 2) == close) {
                    *indent = (int)(q - L->p);
                    L->col = *indent + 1;
                    L->p = q;
                    adv(L, 3);
                    break;
                }
            }
            continue;
        }
        if (interpol && c == '#' && peek(L, L->p + 1) == '{') {
            flush_buf(L, &b, pv);
            int line = L->line, col = L->col;
            adv(L, 2);
            if (!lex_interp(L, pv, line, col, what, sline)) {
                buf_free(&b);
                return false;
            }
            continue;
        }
        /* A run of plain bytes up to the next one that needs a look. */
        int cols, k;
        const char *q = scan_until(L->p + 1, heredoc ? '\n' : close, interpol ? '#' : '\n', &cols);
        while (*q == 0 && q < L->end) {     /* a NUL inside the literal is a plain byte */
            q = scan_until(q + 1, heredoc ? '\n' : close, interpol ? '#' : '\n', &k);
            cols += k + 1;
        }
        buf_put(&b, L->p, (size_t)(q - L->p));
        L->col += cols + (((unsigned char)*L->p & 0xC0) != 0x80);
        L->p = q;
    }
    flush_buf(L, &b, pv);
    buf_free(&b);
    return true;
}

/* Remove up to INDENT spaces after every newline of the literal parts, then the
** leading newline (extract_heredoc_indent / extract_heredoc_head). */
static void heredoc_dedent(Lex *L, PartVec *pv, int indent)
{
    for (int i = 0; i < pv->n; i++) {
        Part *p = &pv->v[i];
        if (p->interp)
            continue;
        char *o = arena_alloc(&L->f->arena, p->len + 1);
        size_t n = 0;
        for (size_t j = 0; j < p->len;) {
            char c = p->bytes[j++];
            o[n++] = c;
            if (c == '\n')
                for (int k = 0; k < indent && j < p->len && (p->bytes[j] == ' ' || p->bytes[j] == '\t'); k++)
                    j++;
        }
        p->bytes = o;
        p->len = n;
    }
    /* extract_heredoc_head: drop the header's newline; an empty first part stays. */
    if (pv->n && !pv->v[0].interp && pv->v[0].len && pv->v[0].bytes[0] == '\n') {
        pv->v[0].bytes++;
        pv->v[0].len--;
    }
}

/* Copy the parts into the token (arena). An empty literal becomes one empty part. */
static void set_parts(Lex *L, Tok *k, PartVec *pv)
{
    if (pv->n == 0)
        part_push(L, pv)->bytes = "";
    k->nparts = pv->n;
    k->parts = pv->v;
}

/* Unescape the literal parts in place (strings, heredocs, atoms; not sigils). */
static bool unescape_parts(Lex *L, PartVec *pv, int line, int col)
{
    for (int i = 0; i < pv->n; i++) {
        Part *p = &pv->v[i];
        if (p->interp || !memchr(p->bytes, '\\', p->len))
            continue;       /* nothing to unescape: the bytes stay as they are */
        char *o = arena_alloc(&L->f->arena, p->len * 4 + 1);
        const char *err = NULL;
        size_t n = ast_unescape(p->bytes, p->len, o, &err);
        if (err)
            return fail(L, line, col, "%s. Syntax error after: %s", err,
                        strstr(err, "Unicode") ? "\\u" : "\\x");
        p->bytes = o;
        p->len = n;
    }
    return true;
}

/* The heredoc header: only spaces/tabs then a newline after the opening quotes. */
static bool heredoc_header(Lex *L, int q, int line, int col)
{
    const char *s = skip_hspace(L, L->p);
    if (peek(L, s) == '\r' && peek(L, s + 1) == '\n')
        s++;
    if (peek(L, s) != '\n')
        return fail(L, line, col,
                    "heredoc allows only zero or more whitespace characters followed by a new line after %c%c%c", q, q, q);
    L->p = s;     /* keep the newline: extract starts with it, as Elixir does */
    return true;
}

static bool lex_heredoc(Lex *L, int q, bool interpol, PartVec *pv, int *indent, int col)
{
    int line = L->line;
    if (!heredoc_header(L, q, line, col))
        return false;
    /* L->p is at the header's newline: extract starts with it, as Elixir's does. */
    if (!extract(L, interpol, q, true, pv, indent, "heredoc", line))
        return false;
    heredoc_dedent(L, pv, *indent);
    return true;
}

/* "..." or '...' (and "...": keys). */
/* The end of a string body at S closed by Q with nothing for extract to do: no
** backslash, interpolation, newline or NUL before the quote. NULL otherwise. *cols
** receives its width in code points. */
static const char *plain_string(const char *s, int q, int *cols)
{
    int n = 0, k;
    for (;;) {
        s = scan_until(s, q, '#', &k);
        n += k;
        if (*s != '#' || s[1] == '{')
            break;
        n++;                /* a '#' not starting an interpolation is a plain byte */
        s++;
    }
    *cols = n;
    return *s == q ? s : NULL;
}

static bool lex_string(Lex *L, int q)
{
    int line = L->line, col = L->col, cols;
    PartVec pv = {0};
    const char *e = plain_string(L->p + 1, q, &cols);
    if (e) {
        /* Most strings: one part, the source bytes themselves (unescaping would copy
        ** them unchanged); an empty one gets its "" part from set_parts. */
        if (e > L->p + 1) {
            pv.v = arena_alloc(&L->f->arena, sizeof *pv.v);
            pv.v[0] = (Part){.bytes = L->p + 1, .len = (size_t)(e - L->p - 1)};
            pv.n = pv.cap = 1;
        }
        L->p = e + 1;
        L->col += cols + 2;
    } else {
        adv(L, 1);
        if (!extract(L, true, q, false, &pv, NULL, "string", line))
            return false;
        if (!unescape_parts(L, &pv, line, col + 1))
            return false;
    }
    if (peek(L, L->p) == ':' && is_space(peek(L, L->p + 1))) {
        bool single = pv.n <= 1 && (pv.n == 0 || !pv.v[0].interp);
        Tok *k = push(L, single ? TK_KW_IDENTIFIER : TK_KW_IDENTIFIER_UNSAFE, line, col);
        if (single)
            k->val = pv.n ? atom_of(L, pv.v[0].bytes, pv.v[0].len) : atom_of(L, "", 0);
        set_parts(L, k, &pv);
        adv(L, 1);
        return true;
    }
    Tok *k = push(L, q == '"' ? TK_BIN_STRING : TK_LIST_STRING, line, col);
    set_parts(L, k, &pv);
    return true;
}

static bool lex_heredoc_tok(Lex *L, int q)
{
    int line = L->line, col = L->col, indent = 0;
    PartVec pv = {0};
    adv(L, 3);
    if (!lex_heredoc(L, q, true, &pv, &indent, col))
        return false;
    if (!unescape_parts(L, &pv, line, col))
        return false;
    Tok *k = push(L, q == '"' ? TK_BIN_HEREDOC : TK_LIST_HEREDOC, line, col);
    set_parts(L, k, &pv);
    return true;
}

static int sigil_close(int c)
{
    return c == '(' ? ')' : c == '[' ? ']' : c == '{' ? '}' : c == '<' ? '>' : c;
}

static bool lex_sigil(Lex *L)
{
    int line = L->line, col = L->col, letter = (unsigned char)L->p[1];
    int d = (unsigned char)L->p[2];
    bool interpol = is_lower(letter);
    PartVec pv = {0};
    if ((d == '"' || d == '\'') && peek(L, L->p + 3) == d && peek(L, L->p + 4) == d) {
        int indent = 0;
        adv(L, 5);
        if (!lex_heredoc(L, d, interpol, &pv, &indent, col))
            return false;
    } else {
        char what[16] = "sigil ~";     /* for messages: "sigil ~r/" */
        what[7] = (char)letter;
        what[8] = (char)d;
        what[9] = 0;
        adv(L, 3);
        if (!extract(L, interpol, sigil_close(d), false, &pv, NULL, what, line))
            return false;
    }
    Tok *k = push(L, TK_SIGIL, line, col);
    k->sigil = letter;
    set_parts(L, k, &pv);
    const char *m = L->p;
    while (is_upper(peek(L, L->p)) || is_lower(peek(L, L->p)) || is_digit(peek(L, L->p)))
        adv(L, 1);
    k->mods = m;
    k->nmods = (int)(L->p - m);
    return true;
}

/* :"quoted atom" */
static bool lex_quoted_atom(Lex *L)
{
    int line = L->line, col = L->col, q = (unsigned char)L->p[1];
    PartVec pv = {0};
    adv(L, 2);
    if (!extract(L, true, q, false, &pv, NULL, "atom", line))
        return false;
    if (!unescape_parts(L, &pv, line, col))
        return false;
    bool single = pv.n <= 1 && (pv.n == 0 || !pv.v[0].interp);
    Tok *k = push(L, single ? TK_ATOM_QUOTED : TK_ATOM_UNSAFE, line, col);
    if (single) {
        if (pv.n && pv.v[0].len > 255)
            return fail(L, line, col, "atom length must be less than system limit: %.*s", (int)pv.v[0].len, pv.v[0].bytes);
        k->val = pv.n ? atom_of(L, pv.v[0].bytes, pv.v[0].len) : atom_of(L, "", 0);
    }
    set_parts(L, k, &pv);
    return true;
}

/* ?c char literals. */
static bool lex_char(Lex *L)
{
    int line = L->line, col = L->col;
    const char *q = L->p + 1;
    if (q >= L->end)
        return fail(L, line, col, "unexpected token: \"?\" (column %d, code point U+003F)", col);
    int cp;
    int n;
    if (*q == '\\' && q + 1 < L->end) {
        n = 3;
        const char *s = q + 1;
        int len = ast_utf8_decode(s, L->end, &cp);
        n = 2 + len;
        cp = ast_unescape_char(cp);
    } else {
        int len = ast_utf8_decode(q, L->end, &cp);
        n = 1 + len;
    }
    Tok *k = push(L, TK_CHAR, line, col);
    k->val = exc_small(cp);
    k->text = L->p;
    k->textlen = n;
    adv(L, n);
    return true;
}

/* ---- operators --------------------------------------------------------------- */

/* An operator-named identifier after a dot (Kernel.+, foo.|>) or "..." alone. */
static void push_call_ident(Lex *L, const char *s, int n)
{
    Tok *k = push(L, call_kind(L, s + n), L->line, L->col);
    k->val = atom_of(L, s, (size_t)n);
    adv_ascii(L, n);
}

/* The length of an operator usable after a dot or as an atom (:+), or 0. */
static int op_len(Lex *L, const char *s, bool atom)
{
    static const char *ops3[] = {"~~~", "===", "!==", "&&&", "|||", "<<<", ">>>", "~>>",
                                 "<<~", "<~>", "<|>", "^^^", "+++", "---", NULL};
    static const char *ops2[] = {"==", "=~", "!=", "<=", ">=", "&&", "||", "|>", "~>", "<~",
                                 "<-", "\\\\", "++", "--", "<>", "**", "->", "..", "::", NULL};
    static const char ops1[] = "@!^&+-*/<>=|";
    size_t avail = (size_t)(L->end - s);
    switch (*s) {
    case '~': case '=': case '!': case '&': case '|': case '<': case '>': case '^':
    case '+': case '-': case '\\': case '*': case '.': case ':': case '@': case '/':
        break;
    default:
        return 0;       /* the common case: a name follows */
    }
    for (int i = 0; ops3[i]; i++)
        if (avail >= 3 && memcmp(s, ops3[i], 3) == 0)
            return 3;
    for (int i = 0; ops2[i]; i++)
        if (avail >= 2 && memcmp(s, ops2[i], 2) == 0) {
            /* :: is no atom name; after a dot -> is - then > (Foo.->x is Foo.- > x). */
            if (atom && memcmp(s, "::", 2) == 0)
                return 0;
            if (!atom && memcmp(s, "->", 2) == 0)
                break;
            return 2;
        }
    if (avail >= 1 && *s && strchr(ops1, *s))
        return 1;
    if (atom && avail >= 1 && *s == '.')
        return 1;
    return 0;
}

/* tokenize_dot: "." then spaces, comments and newlines, then what follows. */
static bool lex_dot(Lex *L)
{
    int line = L->line, col = L->col;
    adv(L, 1);
    for (;;) {
        const char *q = skip_hspace(L, L->p);
        if (peek(L, q) == '#') {
            while (q < L->end && *q != '\n')
                q++;
            L->p = q;
            continue;
        }
        if (peek(L, q) == '\r' && peek(L, q + 1) == '\n')
            q++;
        if (peek(L, q) == '\n') {
            L->p = q + 1;
            L->line++;
            L->col = 1;
            continue;
        }
        adv_ascii(L, (int)(q - L->p));
        break;
    }
    const char *s = L->p;
    int n = op_len(L, s, false);
    if (n) {
        Tok *d = push_op(L, TK_DOT, line, col);
        (void)d;
        push_call_ident(L, s, n);
        return true;
    }
    if (peek(L, s) == '(') {
        push_op(L, TK_DOT_CALL_OP, line, col)->val = atom_of(L, ".", 1);
        return true;
    }
    if (peek(L, s) == '"' || peek(L, s) == '\'') {
        int q = *s, iline = L->line, icol = L->col;
        PartVec pv = {0};
        adv(L, 1);
        if (!extract(L, true, q, false, &pv, NULL, "function name", iline))
            return false;
        if (pv.n > 1 || (pv.n == 1 && pv.v[0].interp)) {
            return fail(L, iline, icol, "interpolation is not allowed when calling function/macro. Found interpolation in a call starting with: %c", q);
        }
        push_op(L, TK_DOT, line, col);
        Tok *k = push(L, call_kind(L, L->p), iline, icol);
        k->val = pv.n ? atom_of(L, pv.v[0].bytes, pv.v[0].len) : atom_of(L, "", 0);
        return true;
    }
    push_op(L, TK_DOT, line, col);
    return true;
}

/* handle_space_sensitive_tokens: `foo -1` makes foo an op_identifier. */
static void space_sensitive(Lex *L)
{
    Tok *k = last(L);
    int s = peek(L, L->p), c = peek(L, L->p + 1);
    if (k && k->kind == TK_IDENTIFIER && (s == '+' || s == '-') && c >= 0 && !is_space(c) &&
        !strchr("([<{%+-/>:", c)) {
        k->kind = TK_OP_IDENTIFIER;
        push(L, TK_DUAL_OP, L->line, L->col)->val = atom_of(L, L->p, 1);
        adv(L, 1);
    }
}

static bool lex_open(Lex *L, int kind, int n)
{
    Tok *prev = last(L);
    if (kind == TK_LPAREN && prev && prev->kind == TK_ALIAS) {
        size_t an;
        const char *a = exc_atom_text(prev->val, &an);
        return fail(L, L->line, L->col + 1,
                    "unexpected ( after alias %.*s. Function names and identifiers in Elixir start with lowercase characters or underscore. For example:\n\n    hello_world()\n    _starting_with_underscore()\n    numb3rs_are_allowed()\n    may_finish_with_question_mark?()\n    may_finish_with_exclamation_mark!()\n\nUnexpected token: (",
                    (int)an, a);
    }
    push(L, kind, L->line, L->col);
    open_term(L, kind, L->line);
    adv_ascii(L, n);
    return true;
}

/* :atom */
static bool lex_atom(Lex *L)
{
    bool has_at, ascii;
    int n = ident_len(L, L->p + 1, &has_at, &ascii);
    if (n == 0)
        return fail(L, L->line, L->col, "unexpected token: \":\" (column %d, code point U+003A)", L->col);
    if (mixed_script(L->p + 1, n))
        return fail(L, L->line, L->col, "invalid mixed-script identifier found: %.*s", n, L->p + 1);
    Tok *k = push(L, TK_ATOM, L->line, L->col);
    k->val = ascii ? atom_of(L, L->p + 1, (size_t)n) : ident_atom(L, L->p + 1, n);
    adv(L, n + 1);
    return true;
}

/* ---- the main loop ---------------------------------------------------------- */

/* The token loop keeps its hot state in locals (so in registers): the cursor p, line,
** col and the token vector (tv, tn, tcap). The common tokens (names, blanks, newlines,
** commas, brackets, operators, :atoms, dots before a name, comments) are written here
** directly; every other rule stores the state back into L (SAVE) for the helpers, which
** work on L, and reloads it after (LOAD). */
#define SAVE() (L->p = (const char *)p, L->line = line, L->col = col, L->t.n = (int)(tp - L->t.v))
#define LOAD() (p = (const unsigned char *)L->p, line = L->line, col = L->col, \
                tp = L->t.v + L->t.n, tlim = L->t.v + L->t.cap)
/* A helper working on L; false ends the run. */
#define HELPER(call) do { SAVE(); if (!(call)) return false; LOAD(); } while (0)
/* Append a token K (see tok_init). */
#define TOK(k, kind_, line_, col_) do {                                         \
        if (__builtin_expect(tp == tlim, 0)) {                                  \
            L->t.n = (int)(tp - L->t.v);                                        \
            tok_grow(L, (const char *)p);                                       \
            tp = L->t.v + L->t.n;                                               \
            tlim = L->t.v + L->t.cap;                                           \
        }                                                                       \
        k = tok_init(tp++, kind_, line_, col_);                                 \
    } while (0)
#define LASTKIND (tp[-1].kind)
/* previous_was_eol and push_op (add_token_with_eol) over the local vector. */
#define PREV_EOL() eol_count(&tp[-1])
#define TOK_OP(k, kind_, line_, col_) do {                                      \
        int pe_ = PREV_EOL();                                                   \
        if ((kind_) != TK_UNARY_OP && tp[-1].kind == TK_EOL)                    \
            tp--;                                                               \
        TOK(k, kind_, line_, col_);                                             \
        k->eol = pe_;                                                           \
    } while (0)

/* Lex tokens from L->p (not at end) until the end of input or of the interpolation. */
static bool step(Lex *restrict L)
{
    if (!L->t.v)
        tok_grow(L, L->p);
    const unsigned char *p = (const unsigned char *)L->p;
    int line = L->line, col = L->col;
    Tok *tp = L->t.v + L->t.n, *tlim = L->t.v + L->t.cap, *k;
    int kind, n;
    bool unary;
again:;
    const unsigned char *YYCURSOR = p, *YYMARKER;
#define LEN ((int)(YYCURSOR - p))
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:flags:bit-vectors = 1;
        "~" [a-zA-Z] { SAVE();
            if (L->end - L->p < 3) {
                if (!lex_identifier(L))
                    return false;
                LOAD();
                goto next;
            }
            int d = (unsigned char)L->p[2];
            if (strchr("/<\"'[({|", d) && d) {
                if (!lex_sigil(L))
                    return false;
                LOAD();
                goto next;
            }
            return fail(L, L->line, L->col,
                        "invalid sigil delimiter: \"%c\" (column %d, code point U+%04X). The available delimiters are: //, ||, \"\", '', (), [], {}, <>",
                        d, L->col + 2, d); }
        ("..." | "<<>>" | "%{}" | "%" | "&" | "{}" | "..//" | ".") ":" [ \t\r\n] {
            n = LEN - 2;
            TOK(k, TK_KW_IDENTIFIER, line, col);
            k->val = atom_of(L, (const char *)p, (size_t)n);
            p += n + 1;
            col += n + 1;
            goto next; }
        ":" ("..." | "<<>>" | "%{}" | "%" | "{}" | "..//") { n = LEN - 1; goto atom; }
        ":::" { if (L->end - (const char *)p >= 4) { n = 2; goto atom; }
            kind = TK_TYPE_OP; n = 2; unary = false; goto op; }
        ":" ("~~~" | "===" | "!==" | "&&&" | "|||" | "<<<" | ">>>" | "~>>" | "<<~" | "<~>" | "<|>" |
             "^^^" | "+++" | "---" |
             "==" | "=~" | "!=" | "<=" | ">=" | "&&" | "||" | "|>" | "~>" | "<~" | "<-" | "\\\\" |
             "++" | "--" | "<>" | "**" | "->" | ".." |
             [@!^&+\-*/<>=|.]) { n = LEN - 1; goto atom; }
        "0x" [0-9a-fA-F] { HELPER(lex_based(L, 16)); goto next; }
        "0b" [01] { HELPER(lex_based(L, 2)); goto next; }
        "0o" [0-7] { HELPER(lex_based(L, 8)); goto next; }
        [0-9] { /* Up to 18 decimal digits ending the number: a small integer; anything
            ** else (separators, floats, letters after it) goes to lex_number. */
            const unsigned char *q = p;
            int64_t v = 0;
            while (is_digit(*q) && q - p < 18)
                v = v * 10 + (*q++ - '0');
            int c = *q;
            if (is_digit(c) || is_lower(c) || is_upper(c) || c == '_' || c == '.') {
                HELPER(lex_number(L));
                goto next;
            }
            n = (int)(q - p);
            TOK(k, TK_INT, line, col);
            k->val = exc_small(v);
            k->text = (const char *)p;
            k->textlen = n;
            p = q;
            col += n;
            goto next; }
        "#" { const unsigned char *e = (const unsigned char *)L->end, *nl = memchr(p, '\n', (size_t)(e - p));
            p = nl ? nl : e;
            goto next; }
        "?" { HELPER(lex_char(L)); goto next; }
        "\"\"\"" { HELPER(lex_heredoc_tok(L, '"')); goto next; }
        "'''" { HELPER(lex_heredoc_tok(L, '\'')); goto next; }
        "\"" { HELPER(lex_string(L, '"')); goto next; }
        "'" { HELPER(lex_string(L, '\'')); goto next; }
        ":\"" | ":'" { HELPER(lex_quoted_atom(L)); goto next; }
        "..." { SAVE(); push_call_ident(L, "...", 3); LOAD(); goto next; }
        "=>" { TOK_OP(k, TK_ASSOC_OP, line, col);
            k->val = atom_of(L, "=>", 2);
            p += 2;
            col += 2;
            goto next; }
        "..//" { SAVE();
            const char *q = skip_hspace(L, L->p + 4);
            if (peek(L, q) != '/') return fail(L, L->line, L->col, "unexpected token: ..//");
            push(L, TK_IDENTIFIER, L->line, L->col)->val = atom_of(L, "..//", 4);
            adv_ascii(L, (int)(q - L->p));
            LOAD();
            goto next; }
        "~~~" { kind = TK_UNARY_OP; n = 3; unary = true; goto op; }
        "===" | "!==" { kind = TK_COMP_OP; n = 3; unary = false; goto op; }
        "&&&" { kind = TK_AND_OP; n = 3; unary = false; goto op; }
        "|||" { kind = TK_OR_OP; n = 3; unary = false; goto op; }
        "^^^" { kind = TK_XOR_OP; n = 3; unary = false; goto op; }
        "+++" | "---" { kind = TK_CONCAT_OP; n = 3; unary = false; goto op; }
        "<<<" | ">>>" | "~>>" | "<<~" | "<~>" | "<|>" { kind = TK_ARROW_OP; n = 3; unary = false; goto op; }
        "," { TOK(k, TK_COMMA, line, col); k->eol = 0; p++; col++; goto next; }
        "<<" { kind = TK_LBIT; n = 2; goto open; }
        ">>" { kind = TK_RBIT; n = 2; goto close; }
        "(" { kind = TK_LPAREN; n = 1; goto open; }
        "[" { kind = TK_LBRACKET; n = 1; goto open; }
        "{" { kind = TK_LCURLY; n = 1; goto open; }
        ")" { kind = TK_RPAREN; n = 1; goto close; }
        "]" { kind = TK_RBRACKET; n = 1; goto close; }
        "}" { if (L->interp && L->nterms == 0) {
                /* The } closing this run's interpolation: the caller sees it. */
                SAVE();
                return true;
            }
            kind = TK_RCURLY; n = 1; goto close; }
        "//" { TOK_OP(k, TK_TERNARY_OP, line, col);
            k->val = atom_of(L, "//", 2);
            p += 2;
            col += 2;
            goto next; }
        "**" { kind = TK_POWER_OP; n = 2; unary = false; goto op; }
        ".." { kind = TK_RANGE_OP; n = 2; unary = false; goto op; }
        "++" | "--" | "<>" { kind = TK_CONCAT_OP; n = 2; unary = false; goto op; }
        "|>" | "~>" | "<~" { kind = TK_ARROW_OP; n = 2; unary = false; goto op; }
        "==" | "=~" | "!=" { kind = TK_COMP_OP; n = 2; unary = false; goto op; }
        "<=" | ">=" { kind = TK_REL_OP; n = 2; unary = false; goto op; }
        "&&" { kind = TK_AND_OP; n = 2; unary = false; goto op; }
        "||" { kind = TK_OR_OP; n = 2; unary = false; goto op; }
        "<-" | "\\\\" { kind = TK_IN_MATCH_OP; n = 2; unary = false; goto op; }
        "::" { kind = TK_TYPE_OP; n = 2; unary = false; goto op; }
        "->" { kind = TK_STAB_OP; n = 2; unary = false; goto op; }
        "&" { const unsigned char *q = p + 1;
            while (is_hspace(*q))
                q++;
            kind = TK_CAPTURE_OP;
            if (*q == '/') {
                q++;
                while (is_hspace(*q))
                    q++;
                if (*q != '/')
                    kind = TK_IDENTIFIER;
            }
            TOK(k, kind, line, col);
            k->val = atom_of(L, "&", 1);
            p++;
            col++;
            goto next; }
        "@" { kind = TK_AT_OP; n = 1; unary = true; goto op; }
        "!" | "^" { kind = TK_UNARY_OP; n = 1; unary = true; goto op; }
        "<" | ">" { kind = TK_REL_OP; n = 1; unary = false; goto op; }
        "+" | "-" { kind = TK_DUAL_OP; n = 1; unary = true; goto op; }
        "*" | "/" { kind = TK_MULT_OP; n = 1; unary = false; goto op; }
        "=" { kind = TK_MATCH_OP; n = 1; unary = false; goto op; }
        "|" { kind = TK_PIPE_OP; n = 1; unary = false; goto op; }
        ":" [a-zA-Z_][a-zA-Z0-9_]* { int c = *YYCURSOR;
            if (c >= 0x80 || c == '@') {
                HELPER(lex_atom(L));
                goto next;
            }
            n = LEN - 1 + (c == '?' || c == '!');
            goto atom; }
        ":" { HELPER(lex_atom(L)); goto next; }
        [ \t]+ { col += LEN;
            p = YYCURSOR;
            if (*p == '+' || *p == '-') {
                SAVE();
                space_sensitive(L);
                LOAD();
            }
            goto next; }
        ";" { if (LASTKIND == TK_SEMI) {
                SAVE();
                return fail(L, line, col, "unexpected token: \";\" (column %d, code point U+003B)", col);
            }
            TOK(k, TK_SEMI, line, col);
            k->eol = 0;
            p++;
            col++;
            goto next; }
        "\\" "\r"? "\n" { if (YYCURSOR >= (const unsigned char *)L->end) {
                SAVE();
                return fail(L, line, col, "invalid escape \\ at end of file");
            }
            p = YYCURSOR;
            line++;
            goto indent; }
        "\\" { SAVE(); return fail(L, line, col, "invalid escape \\ at end of file"); }
        "\r"? "\n" { /* eol: fold into a preceding ',' ';' or eol, or add an eol token. */
            int lk = LASTKIND;
            if (lk == TK_COMMA || lk == TK_SEMI || lk == TK_EOL) {
                tp[-1].eol++;
            } else {
                TOK(k, TK_EOL, line, col);
                k->eol = 1;
            }
            p = YYCURSOR;
            line++;
            goto indent; }
        "%(" | "%[" { SAVE(); return fail(L, line, col, "expected %%{ to define a map, got: %.2s", L->p); }
        "%{" { TOK(k, TK_MAPOPEN, line, col); p++; col++; goto next; }
        "%" { TOK(k, TK_PERCENT, line, col); p++; col++; goto next; }
        "." { /* Before a name nothing of tokenize_dot's work is left. */
            int c = p[1];
            if (is_lower(c) || is_upper(c) || c == '_') {
                TOK_OP(k, TK_DOT, line, col);
                p++;
                col++;
                goto next;
            }
            HELPER(lex_dot(L));
            goto next; }
        [a-zA-Z_] { goto word; }
        * { if (*p == 0 && p >= (const unsigned char *)L->end) {
                /* The NUL ending the buffer: the end of input. */
                SAVE();
                return true;
            }
            HELPER(lex_identifier(L));
            goto next; }
    */
#undef LEN
indent: {
        /* After a newline: the next line's indentation. */
        const unsigned char *q = skip_indent(p);
        col = (int)(q - p) + 1;
        p = q;
        goto next;
    }
atom:
    /* ':' then the N ASCII bytes of an atom's name. The value first: no store of
    ** EXC_NONE that a call in between would keep alive. */
    {
        exc_term a = atom_of(L, (const char *)p + 1, (size_t)n);
        TOK(k, TK_ATOM, line, col);
        k->val = a;
    }
    p += n + 1;
    col += n + 1;
    goto next;
word: {
        /* The common case of lex_identifier: an ASCII name [p, e) ([a-zA-Z_][a-zA-Z0-9_]*).
        ** Anything unusual after the name (a Unicode or '@' continuation, a ':' not
        ** making a keyword key, reserved names, punctuation in aliases) goes to
        ** lex_identifier, which decides everything again from the name's start; so
        ** this only has to agree with it on the cases it handles itself. */
        const unsigned char *rest = ident_end(YYCURSOR);
        int c = *rest;
        bool upper = is_upper(*p);
        if (c >= 0x80 || c == '@')
            goto ident;
        if (c == '?' || c == '!') {
            if (upper)
                goto ident;
            c = *++rest;
        }
        n = (int)(rest - p);
        if (*p == '_' && (n == 11 || n == 9))
            goto ident;
        /* A ':' after the name makes a keyword key (foo: ); anything else after it takes
        ** the general path. */
        if (c == ':' && !is_space(rest[1]))
            goto ident;
        /* The atom, and the keyword the name is (short names: one cache lookup gives
        ** both; no keyword has seven bytes, and none ends in ? or !). */
        exc_term a;
        int kw = 0;
        if (n < 7) {
            AtomShortEntry *e = ashort_entry((const char *)p, (size_t)n);
            a = exc_atom_from_index(e->index);
            kw = e->kw;
        } else {
            a = atom_of(L, (const char *)p, (size_t)n);
        }
        if (c == ':') {
            TOK(k, TK_KW_IDENTIFIER, line, col);
            k->val = a;
            p += n + 1;
            col += n + 1;
            goto next;
        }
        if (kw && LASTKIND != TK_DOT) {
            /* The commonest keywords here, the rest (and do's errors) in lex_keyword. */
            int lk = LASTKIND;
            switch (kw) {
            case TK_END:
                if (!close_matches(L, TK_END) && !close_term(L, TK_END, "end", line, col)) {
                    SAVE();
                    return false;
                }
                break;
            case TK_DO:
                if (lk == TK_FN || lk == TK_COMMA || lk == TK_SEMI)
                    goto keyword;
                if (lk == TK_IDENTIFIER)
                    tp[-1].kind = TK_DO_IDENTIFIER;
                TOK_OP(k, TK_DO, line, col);
                k->val = a;
                open_term(L, TK_DO, line);
                p += n;
                col += n;
                goto next;
            case TK_FN:
                open_term(L, TK_FN, line);
                break;
            case TK_TRUE: case TK_FALSE: case TK_NIL: case TK_BLOCK_IDENTIFIER:
                break;
            default:
                goto keyword;
            }
            TOK(k, kw, line, col);
            k->val = a;
            p += n;
            col += n;
            goto next;
        keyword:
            HELPER(lex_keyword(L, kw, a, n));
            goto next;
        }
        if (upper) {
            TOK(k, TK_ALIAS, line, col);
        } else {
            TOK(k, c == '(' ? TK_PAREN_IDENTIFIER : c == '[' ? TK_BRACKET_IDENTIFIER : TK_IDENTIFIER,
                line, col);
            k->text = (const char *)p;
            k->textlen = n;
        }
        k->val = a;
        p = rest;
        col += n;
        goto next;
    }
ident:
    HELPER(lex_identifier(L));
    goto next;
open:
    if (kind == TK_LPAREN && LASTKIND == TK_ALIAS) {
        SAVE();
        return lex_open(L, kind, n);        /* the error */
    }
    TOK(k, kind, line, col);
    open_term(L, kind, line);
    p += n;
    col += n;
    goto next;
close: {
        if (!close_matches(L, kind)) {
            char text[3] = {(char)p[0], n > 1 ? (char)p[1] : 0, 0};
            close_term(L, kind, text, line, col);       /* the error */
            SAVE();
            return false;
        }
        int pe = PREV_EOL();
        TOK(k, kind, line, col);
        k->eol = pe;
        p += n;
        col += n;
        goto next;
    }
op: {
        /* handle_op / handle_unary_op: an operator of KIND and N bytes at p. A following
        ** ": " makes it a keyword key; a following "/" makes it a plain identifier (&+/2). */
        const unsigned char *rest = p + n;
        exc_term atom = atom_of(L, (const char *)p, (size_t)n);
        if (*rest == ':' && is_space(rest[1])) {
            TOK(k, TK_KW_IDENTIFIER, line, col);
            k->val = atom;
            p += n + 1;
            col += n + 1;
            goto next;
        }
        while (is_hspace(*rest))
            rest++;
        if (*rest == '/') {
            TOK(k, TK_IDENTIFIER, line, col);
        } else if (unary) {
            TOK(k, kind, line, col);
        } else {
            TOK_OP(k, kind, line, col);
        }
        k->val = atom;
        col += (int)(rest - p);
        p = rest;
    }
next:
    /* One blank after a token (the commonest case) without a trip through the
    ** dispatch; longer runs of blanks are a rule. */
    goto again;
}
#undef SAVE
#undef LOAD
#undef HELPER
#undef TOK
#undef TOK_OP
#undef LASTKIND
#undef PREV_EOL

/* At the } that closes the interpolation this run lexes (one no opener of its own
** closes). */
static bool interp_ends(Lex *L) { return L->interp && *L->p == '}' && L->nterms == 0; }

/* Tokenize until the end of input (or the } closing an interpolation). */
static bool run(Lex *L)
{
    while (L->p < L->end) {
        if (interp_ends(L))
            return true;
        const char *before = L->p;
        if (!step(L))
            return false;
        if (L->p == before && !L->f->diag.failed && L->p < L->end)
            return fail(L, L->line, L->col, "unexpected token");
    }
    if (L->nterms) {
        Term *t = &L->terms[L->nterms - 1];
        return fail(L, L->line, L->col, "missing terminator: %s (for \"%s\" starting at line %d)",
                    term_close_text(t->kind), term_open_text(t->kind), t->line);
    }
    return true;
}

bool lex_tokenize(Front *f, const char *src, size_t len, Tok **toks, int *ntoks)
{
    Lex L = {.f = f, .src = src, .p = src, .end = src + len, .line = 1, .col = 1};
    if (!atom_caches)
        atom_caches_new();
    bool ok = run(&L);
    *ntoks = L.t.n;
    *toks = L.t.v;
    return ok;
}

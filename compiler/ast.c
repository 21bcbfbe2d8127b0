/* ast.c: quoted-form constructors on top of the runtime term API. */
#include "ast.h"

#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* EXC_DEBUG_GC_STRESS=N (config.h): collect every N nodes, to prove that every term
** the front end holds is visible to the collector. */
void ast_gc_stress(void)
{
#ifdef EXC_DEBUG_GC_STRESS
    static _Thread_local unsigned n;
    if (++n % (EXC_DEBUG_GC_STRESS) == 0)
        exc_gc_collect();
#endif
}

/* ---- cells --------------------------------------------------------------- */

/* Terms are carved from chunks of AST_CHUNK words that persist across parses on a
** thread. Most files are small: a fresh chunk per parse cost a collector allocation
** (and its lock, above Boehm's thread-local sizes) per parse, and left most of it
** unused. The current chunk is held by an uncollectable per-thread cell, so it
** survives between parses; afterwards a chunk lives as long as any term in it does
** (interior pointers).
**
** The collector never reads a chunk's terms (exc_alloc_chunk): it scans only the
** chunk's first word, its links, a GC vector of everything outside the chunk that
** the terms may point at other than atoms, small integers and meta parts (which
** live as long as their thread's slab list, below). That is the runtime-made terms
** of the parse (bignums, floats, long binaries, vectors too long to carve) and, when
** a parse overflows from one chunk into the next, each of the two chunks (both ways:
** a list's tail may be set to a newer cell). During a parse everything it made is
** thus reachable from the held chunk, and afterwards from any term of the AST. A
** collection marks a chunk without reading it (it used to scan every word of
** every live chunk: 130 KiB per collection, most of the collector's time in a run of
** small files), and no stale word in a chunk's unused tail can keep older chunks
** alive any more.
**
** No parse may straddle the held chunk and an older one: its links would keep the
** older chunk alive with the held one, and the next straddler the chunk before that.
** So a parse starts in a fresh chunk unless its estimated size fits the rest of the
** current one, and a parse that overflowed anyway lets go of its last chunk when it
** ends.
**
** Chunks are 128 KiB: each chunk allocation walks Boehm's empty free lists (about
** 3,300 instructions), and a parse that starts a fresh chunk loses the old one's
** tail. Smaller chunks were chosen while the collector still scanned them (a stale
** word keeping a chunk alive then cost marking its every word; 64 KiB chunks had
** meant 1-1.6 MiB marked per collection); now such a chunk costs only its memory.
** Over 100 passes of the tests corpus: 16 KiB chunks, 27 collections; 32 KiB, 21;
** 128 KiB, 17, and 2-3% faster than 32 KiB on both corpora (docs/decisions.md,
** session 7). */
#define AST_CHUNK 16384
#define AST_CARVE_MAX 64

/* A growing vector of GC objects, in memory from ALLOC: a chunk's links, the
** thread's meta slabs. */
typedef struct Links {
    size_t n, cap;
    void *p[];
} Links;

/* A copy of L (NULL: empty) with room for more, from ALLOC. */
static Links *links_grown(const Links *l, void *(*alloc)(size_t))
{
    size_t cap = l ? 2 * l->cap : 6;
    Links *v = alloc(sizeof(Links) + cap * sizeof(void *));
    v->n = l ? l->n : 0;
    v->cap = cap;
    if (l)
        memcpy(v->p, l->p, l->n * sizeof(void *));
    return v;
}

static _Thread_local AstChunk *cur_chunk;
_Thread_local exc_term *ast_next;
_Thread_local size_t ast_left;
static _Thread_local size_t parked_left;        /* ast_left between parses */
static _Thread_local exc_term **chunk_hold;     /* exc_alloc_root cell: the chunk */
static pthread_key_t chunk_key;
static pthread_once_t chunk_key_once = PTHREAD_ONCE_INIT;

static void chunk_key_init(void) { pthread_key_create(&chunk_key, exc_free_root); }

/* Record that the terms of CHUNK may point at the GC object P. */
static void chunk_link(exc_term *chunk, void *p)
{
    Links *l = (Links *)(uintptr_t)chunk[0];
    if (!l || l->n == l->cap) {
        l = links_grown(l, exc_alloc);   /* the old vector is garbage now */
        chunk[0] = (exc_term)(uintptr_t)l;
    }
    l->p[l->n++] = p;
}

static void chunk_drop(void)
{
    ast_left = 0;
    if (chunk_hold)
        *chunk_hold = NULL;
}

void ast_begin(AstChunk *chunk, AstChunk **saved, size_t srclen)
{
    *saved = cur_chunk;
    chunk->overflowed = false;
    if (!cur_chunk)
        ast_left = parked_left;
    cur_chunk = chunk;
    /* 1.5 words per source byte on average, up to 10 for tiny files (measured on
    ** tests/parse); the estimate only has to be right often. */
    if (ast_left < 2 * srclen + 128)
        chunk_drop();
}

void ast_end(AstChunk *saved)
{
    if (cur_chunk->overflowed)
        chunk_drop();
    cur_chunk = saved;
    if (!saved) {
        /* Outside a parse the constructors allocate on their own (ast_words_slow). */
        parked_left = ast_left;
        ast_left = 0;
    }
}

/* A fresh chunk, N words of it taken; it becomes the held chunk, linked both ways
** with the one it replaces when a parse overflows. */
static exc_term *new_chunk(size_t n)
{
    if (!chunk_hold) {
        pthread_once(&chunk_key_once, chunk_key_init);
        chunk_hold = exc_alloc_root(sizeof *chunk_hold);
        pthread_setspecific(chunk_key, chunk_hold);
    }
    exc_term *w = exc_alloc_chunk(AST_CHUNK * sizeof(exc_term));
    w[0] = 0;   /* no links yet; the rest is written before anything reads it */
    exc_term *old = *chunk_hold;
    if (cur_chunk && old) {
        chunk_link(w, old);
        chunk_link(old, w);
        cur_chunk->overflowed = true;
    }
    *chunk_hold = w;
    ast_next = w + 1 + n;
    ast_left = AST_CHUNK - 1 - n;
    return w + 1;
}

/* Keep the GC object P alive as long as the current parse's terms: a link of the
** held chunk (made now if the parse has none yet). */
static void parse_link(void *p)
{
    if (!chunk_hold || !*chunk_hold)
        new_chunk(0);
    chunk_link(*chunk_hold, p);
}

void ast_root(exc_term t)
{
    if (cur_chunk && (exc_is_boxed(t) || exc_is_cons(t)))
        parse_link((void *)(uintptr_t)(t & ~(exc_term)7));
}

/* ast_words when the chunk has too few words left, or outside a parse (plain
** allocations then). */
exc_term *ast_words_slow(size_t n)
{
    if (!cur_chunk)
        return exc_alloc(n * sizeof(exc_term));
    if (n > AST_CARVE_MAX) {
        exc_term *w = exc_alloc(n * sizeof(exc_term));
        parse_link(w);
        return w;
    }
    return new_chunk(n);
}

exc_term ast_tuple4(exc_term a, exc_term b, exc_term c, exc_term d)
{
    exc_term *w = ast_words(5);
    w[0] = exc_header(4, EXC_T_TUPLE);
    w[1] = a;
    w[2] = b;
    w[3] = c;
    w[4] = d;
    return (exc_term)(uintptr_t)w;
}

exc_term ast_atom(const char *s, size_t n) { return exc_atom_n(s, n); }
exc_term ast_atomz(const char *s) { return exc_atom(s); }

exc_term ast_integer(const char *digits, int base)
{
    ast_gc_stress();
    /* Fast path: most literals fit a small integer; only big ones need GMP. */
    uint64_t v = 0;
    size_t i = 0;
    for (; digits[i]; i++) {
        int c = digits[i], d = c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
        if (v > ((uint64_t)EXC_SMALL_MAX - (uint64_t)d) / (uint64_t)base)
            break;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (!digits[i])
        return exc_small((int64_t)v);
    exc_term t = exc_integer_from_str(digits, base);
    ast_root(t);
    return t;
}

exc_term ast_float(const char *text)
{
    errno = 0;
    double d = strtod(text, NULL);
    if (errno == ERANGE && (d == HUGE_VAL || d == -HUGE_VAL))
        return EXC_NONE;
    if (isinf(d) || isnan(d))
        return EXC_NONE;
    exc_term t = exc_float(d);
    ast_root(t);
    return t;
}

/* Short literals are carved from the chunk like nodes (no collector allocation, no
** link): the box's bytes follow it in the same chunk. */
exc_term ast_binary(const char *s, size_t n)
{
    size_t words = exc_binary_words(n);
    if (cur_chunk && words <= AST_CARVE_MAX)
        return exc_binary_at(ast_words(words), s, n);
    exc_term t = exc_binary(s, n);
    ast_root(t);
    return t;
}

exc_term ast_charlist(const char *s, size_t n)
{
    const char *end = s + n;
    exc_term *cps = malloc((n ? n : 1) * sizeof(exc_term));
    size_t k = 0;
    while (s < end) {
        int cp;
        s += ast_utf8_decode(s, end, &cp);
        cps[k++] = exc_small(cp);
    }
    exc_term l = EXC_NIL_LIST;
    while (k > 0)
        l = ast_cons(cps[--k], l);
    free(cps);
    return l;
}

/* The shared meta parts (ast.h). The tables grow to the largest line and column seen,
** up to a bound past which a meta is built whole. The parts are not carved from AST
** chunks (an AST would keep a chunk of an earlier parse alive through them) but from
** slabs of pointer-free memory: a part points only at atoms, small integers and,
** for a column's [{column, C}], at its own tuple in the same slab (so an AST that
** keeps the cell keeps the tuple). Every collection marked the parts one by one
** before: about 1,500 small objects and the scanned tables, 100 KiB for the tests
** corpus, and the collector's time in its benchmark went from 9-12 to 4.5-6 ms per
** 100 passes when they moved here; a slab is one object, never scanned. The slabs
** live as long as the thread's slab list (an uncollectable root, kept even after the
** thread exits: see meta_free) holds them, since an AST pointing in is never read by
** the collector; the tables are malloc memory that only point into the slabs. */
#define META_MAX_LINES (1u << 20)
#define META_MAX_COLS (1u << 12)
#define META_SLAB 510       /* words: with Boehm's extra byte, one 4 KiB block */

_Thread_local exc_term *ast_meta_lines, *ast_meta_cols;
_Thread_local unsigned ast_meta_nlines, ast_meta_ncols;
static _Thread_local exc_term *meta_next;
static _Thread_local size_t meta_left;
static _Thread_local Links *meta_slabs;         /* exc_alloc_root: keeps the slabs */
static pthread_key_t meta_key;
static pthread_once_t meta_key_once = PTHREAD_ONCE_INIT;

/* At thread exit the tables go, but not the slab list: ASTs the thread made may
** outlive it, and their chunks are never read by the collector, so nothing else keeps
** the parts alive. The list is bounded by the tables' bounds. */
static void meta_free(void *unused)
{
    (void)unused;
    free(ast_meta_lines);
    free(ast_meta_cols);
    ast_meta_lines = ast_meta_cols = NULL;
    ast_meta_nlines = ast_meta_ncols = 0;
    meta_slabs = NULL;
    meta_left = 0;
}

/* N words for meta parts, from the thread's current slab. */
static exc_term *meta_words(size_t n)
{
    if (n > meta_left) {
        if (!meta_slabs || meta_slabs->n == meta_slabs->cap) {
            Links *v = links_grown(meta_slabs, exc_alloc_root);
            exc_free_root(meta_slabs);
            meta_slabs = v;
        }
        meta_next = exc_alloc_atomic(META_SLAB * sizeof(exc_term));
        meta_slabs->p[meta_slabs->n++] = meta_next;
        meta_left = META_SLAB;
    }
    exc_term *w = meta_next;
    meta_next += n;
    meta_left -= n;
    return w;
}

static void meta_key_init(void) { pthread_key_create(&meta_key, meta_free); }

/* Grow TAB (N entries) to hold index I; false past MAX. */
static bool meta_grow(exc_term **tab, unsigned *n, unsigned i, unsigned max)
{
    if (i < *n)
        return true;
    if (i >= max)
        return false;
    unsigned cap = *n ? *n : 256;
    while (cap <= i)
        cap *= 2;
    exc_term *t = realloc(*tab, cap * sizeof(exc_term));
    if (!t)
        abort();
    memset(t + *n, 0, (cap - *n) * sizeof(exc_term));
    *tab = t;
    *n = cap;
    pthread_once(&meta_key_once, meta_key_init);
    pthread_setspecific(meta_key, tab);
    return true;
}

/* ast_meta when a part is not made yet, or the line or column is out of bounds. */
exc_term ast_meta_slow(int line, int col)
{
    static exc_term a_line, a_column;
    if (!a_line) {
        a_line = exc_atom("line");
        a_column = exc_atom("column");
    }
    if (line >= 0 && col >= 0 &&
        meta_grow(&ast_meta_lines, &ast_meta_nlines, (unsigned)line, META_MAX_LINES) &&
        meta_grow(&ast_meta_cols, &ast_meta_ncols, (unsigned)col, META_MAX_COLS)) {
        if (!ast_meta_lines[line]) {
            exc_term *w = meta_words(3);
            w[0] = exc_header(2, EXC_T_TUPLE);
            w[1] = a_line;
            w[2] = exc_small(line);
            ast_meta_lines[line] = (exc_term)(uintptr_t)w;
        }
        if (!ast_meta_cols[col]) {
            exc_term *w = meta_words(5);     /* {column, C}, then the cell [it] */
            w[0] = exc_header(2, EXC_T_TUPLE);
            w[1] = a_column;
            w[2] = exc_small(col);
            w[3] = (exc_term)(uintptr_t)w;
            w[4] = EXC_NIL_LIST;
            ast_meta_cols[col] = (exc_term)(uintptr_t)&w[3] | 2;
        }
        return ast_cons(ast_meta_lines[line], ast_meta_cols[col]);
    }
    exc_term *w = ast_words(10);
    w[0] = exc_header(2, EXC_T_TUPLE);
    w[1] = a_line;
    w[2] = exc_small(line);
    w[3] = exc_header(2, EXC_T_TUPLE);
    w[4] = a_column;
    w[5] = exc_small(col);
    w[6] = (exc_term)(uintptr_t)&w[0];          /* head: {line, L} */
    w[7] = (exc_term)(uintptr_t)&w[8] | 2;      /* tail: next cons */
    w[8] = (exc_term)(uintptr_t)&w[3];          /* head: {column, C} */
    w[9] = EXC_NIL_LIST;
    return (exc_term)(uintptr_t)&w[6] | 2;
}

exc_term ast_link(exc_term last, exc_term tail)
{
    ((exc_term *)(uintptr_t)(last & ~(exc_term)7))[1] = tail;
    return tail;
}

exc_term ast_reverse(exc_term l)
{
    exc_term r = EXC_NIL_LIST;
    for (; exc_is_cons(l); l = exc_tl(l))
        r = ast_cons(exc_hd(l), r);
    return r;
}

exc_term ast_append(exc_term a, exc_term b)
{
    if (a == EXC_NIL_LIST)
        return b;
    return ast_reverse_onto(ast_reverse(a), b);
}

exc_term ast_reverse_onto(exc_term l, exc_term tail)
{
    for (; exc_is_cons(l); l = exc_tl(l))
        tail = ast_cons(exc_hd(l), tail);
    return tail;
}

int ast_unescape_char(int c)
{
    switch (c) {
    case '0': return 0;
    case 'a': return 7;
    case 'b': return 8;
    case 'd': return 127;
    case 'e': return 27;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 's': return 32;
    case 't': return 9;
    case 'v': return 11;
    default: return c;
    }
}

int ast_utf8_decode(const char *s, const char *end, int *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    int avail = (int)(end - s);
    if (u[0] < 0x80 || avail < 2) {
        *cp = u[0];
        return 1;
    }
    int n = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 1;
    if (n == 1 || n > avail) {
        *cp = u[0];
        return 1;
    }
    int v = u[0] & (0x3F >> (n - 1));
    for (int i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *cp = u[0];
            return 1;
        }
        v = (v << 6) | (u[i] & 0x3F);
    }
    *cp = v;
    return n;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static size_t put_utf8(char *o, long cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* \u{H*} or \uHHHH, \x{H*}: digits at S (up to 6 in braces). Returns bytes used. */
static size_t braced_hex(const char *s, size_t n, long *cp)
{
    if (n >= 3 && s[0] == '{') {
        size_t k = 1;
        long v = 0;
        while (k < n && k <= 6 && hexval((unsigned char)s[k]) >= 0)
            v = v * 16 + hexval((unsigned char)s[k++]);
        if (k > 1 && k < n && s[k] == '}') {
            *cp = v;
            return k + 1;
        }
    }
    return 0;
}

/* The bad code point message, with the digits as written. */
static const char *bad_codepoint(const char *digits, size_t n)
{
    static _Thread_local char buf[96];
    snprintf(buf, sizeof buf, "invalid or reserved Unicode code point \\u{%.*s}", (int)(n > 8 ? 8 : n), digits);
    return buf;
}

size_t ast_unescape(const char *s, size_t n, char *out, const char **err)
{
    size_t o = 0;
    *err = NULL;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) {
            out[o++] = c;
            i++;
            continue;
        }
        char e = s[i + 1];
        const char *r = s + i + 2;
        size_t rn = n - i - 2;
        long cp;
        size_t used;
        if (e == 'x') {
            if (rn >= 2 && hexval((unsigned char)r[0]) >= 0 && hexval((unsigned char)r[1]) >= 0) {
                out[o++] = (char)(hexval((unsigned char)r[0]) * 16 + hexval((unsigned char)r[1]));
                i += 4;
            } else if (rn >= 1 && hexval((unsigned char)r[0]) >= 0) {
                o += put_utf8(out + o, hexval((unsigned char)r[0]));
                i += 3;
            } else if ((used = braced_hex(r, rn, &cp)) > 0) {
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    *err = bad_codepoint(r + 1, used - 2);
                    return o;
                }
                o += put_utf8(out + o, cp);
                i += 2 + used;
            } else {
                *err = "invalid hex escape character, expected \\xHH where H is a hexadecimal digit";
                return o;
            }
        } else if (e == 'u') {
            if (rn >= 4 && hexval((unsigned char)r[0]) >= 0 && hexval((unsigned char)r[1]) >= 0 &&
                hexval((unsigned char)r[2]) >= 0 && hexval((unsigned char)r[3]) >= 0) {
                cp = 0;
                for (int k = 0; k < 4; k++)
                    cp = cp * 16 + hexval((unsigned char)r[k]);
                used = 4;
            } else if ((used = braced_hex(r, rn, &cp)) == 0) {
                *err = "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit";
                return o;
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                *err = used == 4 ? bad_codepoint(r, 4) : bad_codepoint(r + 1, used - 2);
                return o;
            }
            o += put_utf8(out + o, cp);
            i += 2 + used;
        } else if (e == '\n') {
            i += 2;
        } else if (e == '\r' && rn >= 1 && r[0] == '\n') {
            i += 3;
        } else {
            out[o++] = (char)ast_unescape_char((unsigned char)e);
            i += 2;
        }
    }
    return o;
}

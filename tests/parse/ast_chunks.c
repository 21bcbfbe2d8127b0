/* ast_chunks.c: CTest parse.ast_chunks. The collector never reads an AST chunk's
** terms, only its links (compiler/ast.c), so what a term reaches outside its chunk
** must be linked from it. Each case keeps one term of a finished parse in a static
** (a root), drops everything else, collects and reuses the freed memory, then checks
** that what the term reaches still holds its values. A missing link lets the
** collector free the target, and the reuse overwrites it.
**   ast_chunks          (runs every case; exit status 1 on a failure) */
#include <stdio.h>
#include <string.h>

#include "ast.h"

static exc_term kept;   /* static data: a root the collector scans */

/* A list cell made early in a parse, whose tail is set (ast_link) to a cell made
** after the parse has overflowed into later chunks: the older chunk must keep the
** newer one alive. */
static __attribute__((noinline)) void build_overflowing_list(void)
{
    AstChunk c, *saved;
    ast_begin(&c, &saved, 0);
    exc_term first = ast_cons(exc_small(1), EXC_NIL_LIST);
    for (int i = 0; i < 100000; i++)    /* 200,000 words: several chunks */
        (void)ast_cons(exc_small(0), EXC_NIL_LIST);
    ast_link(first, ast_cons(exc_small(4242), EXC_NIL_LIST));
    ast_end(saved);
    kept = first;
}

/* Runtime-made terms (a float, a bignum, a binary too long to carve) referenced only
** from a chunk's tuple. */
static __attribute__((noinline)) void build_runtime_terms(void)
{
    AstChunk c, *saved;
    ast_begin(&c, &saved, 0);
    static char text[1000];
    memset(text, 'x', sizeof text);
    exc_term f = ast_float("2.5");
    exc_term big = ast_integer("123456789012345678901234567890", 10);
    exc_term bin = ast_binary(text, sizeof text);
    kept = ast_tuple4(f, big, bin, EXC_NIL_LIST);
    ast_end(saved);
}

/* Overwrites the C stack below the caller, where dead frames may still hold
** pointers that would keep freed objects alive. */
static __attribute__((noinline)) void scrub_stack(void)
{
    volatile char junk[64 * 1024];
    memset((char *)junk, 0, sizeof junk);
}

/* Collects, then allocates in new parses until freed memory must have been reused:
** chunks full of cells holding 7, floats 9.5, binaries of 'y'. */
static __attribute__((noinline)) void collect_and_reuse(void)
{
    static char ys[1000];
    memset(ys, 'y', sizeof ys);
    for (int round = 0; round < 4; round++) {
        scrub_stack();
        exc_gc_collect();
        for (int parse = 0; parse < 40; parse++) {
            AstChunk c, *saved;
            ast_begin(&c, &saved, 100000);
            for (int i = 0; i < 2000; i++)
                (void)ast_cons(exc_small(7), EXC_NIL_LIST);
            for (int i = 0; i < 50; i++) {
                (void)ast_float("9.5");
                (void)ast_integer("987654321098765432109876543210", 10);
                (void)ast_binary(ys, sizeof ys);
            }
            ast_end(saved);
        }
    }
}

static int failures;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    failures += !ok;
}

int main(void)
{
    exc_gc_init();
    exc_term_init();

    build_overflowing_list();
    collect_and_reuse();
    exc_term tail = exc_tl(kept);
    check(exc_hd(kept) == exc_small(1) && exc_is_cons(tail) && exc_hd(tail) == exc_small(4242),
          "a cell of an older chunk keeps the newer chunk its tail is in");

    build_runtime_terms();
    collect_and_reuse();
    exc_term *el = exc_tuple_elems(kept);
    const char *big = exc_integer_to_str(el[1], 10);
    size_t n = exc_binary_size(el[2]);
    const uint8_t *bytes = exc_binary_data(el[2]);
    int bin_ok = n == 1000;
    for (size_t i = 0; bin_ok && i < n; i++)
        bin_ok = bytes[i] == 'x';
    check(exc_float_val(el[0]) == 2.5, "a float made in a parse lives as long as its chunk");
    check(strcmp(big, "123456789012345678901234567890") == 0,
          "a bignum made in a parse lives as long as its chunk");
    check(bin_ok, "a long binary made in a parse lives as long as its chunk");
    return failures != 0;
}

/* fuzz_front.c: libFuzzer target for the whole front end (lexer, parser, AST
** builders): any bytes must give an AST or a located error, never a crash, a hang or
** unbounded memory. Built with -fsanitize=fuzzer,address,undefined when EXC_FUZZ=ON;
** in normal builds replay_main.c drives the same entry point over the saved corpus
** (CTest fuzz.replay). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "front.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    exc_gc_init();
    exc_term_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The lexer wants a NUL after the last byte (re2c sentinel), as exc parse gives. */
    char *src = malloc(size + 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    src[size] = 0;
    exc_term ast;
    Diag d;
    if (!front_parse(src, size, &ast, &d)) {
        /* A rejected input must carry a location. */
        if (!d.failed || d.line < 1)
            abort();
    }
    free(src);
    return 0;
}

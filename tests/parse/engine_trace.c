/* engine_trace.c: CTest parse.engine_trace. The parser's states are code that
** parser_gen writes from lemon's tables (compiler/lempar.c); linked with the
** self-checking front end (excfront_trace), every parse also runs lemon's own
** algorithm on the same tokens and aborts if the coded states reduce by other rules,
** in another order, or end otherwise (accept, or a syntax error at another token).
** Each file goes through the fuzz entry point (tests/fuzz: fuzz_front.c, replay.c).
**   engine_trace DIR_OR_FILE...   (every regular file under a directory) */
#include <stdio.h>

#include "../fuzz/replay.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
extern long parserTraceRuns, parserTraceRules;

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int rc = 0, count = 0;
    for (int i = 1; i < argc; i++)
        rc |= replay(argv[i], &count);
    printf("%ld parser runs, %ld reductions agree with lemon's tables\n", parserTraceRuns,
           parserTraceRules);
    return rc || parserTraceRuns == 0;
}

/* diag.h: front-end diagnostics. The first error wins (later ones are usually
** cascades); it is printed as `file:line:col: error: message`, the source line and a
** caret under the column, as in docs/frontend.md. */
#ifndef EXC_COMPILER_DIAG_H
#define EXC_COMPILER_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct Diag {
    bool failed;
    int line, col;          /* 1-based; col 0 means unknown */
    char msg[1024];
} Diag;

/* Record an error unless one is already recorded. */
void diag_error(Diag *d, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Print the recorded error for FILE whose text is SRC. */
void diag_print(FILE *out, const Diag *d, const char *file, const char *src, size_t len);

#endif

/* diag.c: recording and printing front-end errors. */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

void diag_error(Diag *d, int line, int col, const char *fmt, ...)
{
    if (d->failed)
        return;
    d->failed = true;
    d->line = line;
    d->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
}

/* The bytes of line LINE (1-based) of SRC, without its newline. */
static const char *find_line(const char *src, size_t len, int line, size_t *out_len)
{
    size_t i = 0;
    for (int l = 1; l < line && i < len; i++)
        if (src[i] == '\n')
            l++;
    size_t j = i;
    while (j < len && src[j] != '\n' && src[j] != '\r')
        j++;
    *out_len = j - i;
    return src + i;
}

/* Byte offset of code-point column COL (1-based) in L[0..n). */
static size_t col_offset(const char *l, size_t n, int col)
{
    size_t i = 0;
    for (int c = 1; i < n && c < col; c++)
        for (i++; i < n && ((unsigned char)l[i] & 0xC0) == 0x80; i++)
            ;
    return i;
}

/* Long lines are shown as a window around the column, marked with "...". */
#define DIAG_WINDOW 80

void diag_print(FILE *out, const Diag *d, const char *file, const char *src, size_t len)
{
    if (d->col > 0)
        fprintf(out, "%s:%d:%d: error: %s\n", file, d->line, d->col, d->msg);
    else
        fprintf(out, "%s:%d: error: %s\n", file, d->line, d->msg);
    size_t ll;
    const char *l = find_line(src, len, d->line, &ll);
    size_t at = d->col > 0 ? col_offset(l, ll, d->col) : 0;
    size_t from = at > DIAG_WINDOW ? at - DIAG_WINDOW : 0;
    size_t to = ll - at > DIAG_WINDOW ? at + DIAG_WINDOW : ll;
    while (from > 0 && ((unsigned char)l[from] & 0xC0) == 0x80)
        from--;
    while (to < ll && ((unsigned char)l[to] & 0xC0) == 0x80)
        to++;
    const char *pre = from > 0 ? "..." : "";
    fprintf(out, "    %s%.*s%s\n", pre, (int)(to - from), l + from, to < ll ? "..." : "");
    if (d->col > 0) {
        /* Reproduce tabs so the caret lines up; count code points, not bytes. */
        fprintf(out, "    %s", from > 0 ? "   " : "");
        for (size_t i = from; i < at; i++) {
            unsigned char ch = (unsigned char)l[i];
            if ((ch & 0xC0) != 0x80)
                fputc(ch == '\t' ? '\t' : ' ', out);
        }
        fputs("^\n", out);
    }
}

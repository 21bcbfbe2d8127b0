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

void diag_print(FILE *out, const Diag *d, const char *file, const char *src, size_t len)
{
    if (d->col > 0)
        fprintf(out, "%s:%d:%d: error: %s\n", file, d->line, d->col, d->msg);
    else
        fprintf(out, "%s:%d: error: %s\n", file, d->line, d->msg);
    size_t ll;
    const char *l = find_line(src, len, d->line, &ll);
    fprintf(out, "    %.*s\n", (int)ll, l);
    if (d->col > 0) {
        /* Columns count code points; reproduce tabs so the caret lines up. */
        fputs("    ", out);
        int c = 1;
        for (size_t i = 0; i < ll && c < d->col; i++) {
            unsigned char ch = (unsigned char)l[i];
            if ((ch & 0xC0) == 0x80)
                continue;
            fputc(ch == '\t' ? '\t' : ' ', out);
            c++;
        }
        fputs("^\n", out);
    }
}

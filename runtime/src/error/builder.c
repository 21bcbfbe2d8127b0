/* A growable text buffer for error messages and reports (GC memory, no pointers). */
#include "error/error_int.h"

#include <string.h>

#include "exc/alloc.h"
#include "exc/inspect.h"

void exci_sb_put(exci_sb *sb, const void *bytes, size_t n)
{
    if (sb->len + n + 1 > sb->cap) {
        size_t cap = sb->cap ? sb->cap * 2 : 128;
        while (cap < sb->len + n + 1) cap *= 2;
        char *nb = exc_alloc_atomic(cap);
        if (sb->len) memcpy(nb, sb->buf, sb->len);
        sb->buf = nb;
        sb->cap = cap;
    }
    if (n) memcpy(sb->buf + sb->len, bytes, n);
    sb->len += n;
    sb->buf[sb->len] = 0;
}

void exci_sb_puts(exci_sb *sb, const char *s) { exci_sb_put(sb, s, strlen(s)); }

void exci_sb_bin(exci_sb *sb, exc_term bin) { exci_sb_put(sb, exc_binary_data(bin), exc_binary_size(bin)); }

void exci_sb_inspect(exci_sb *sb, exc_term t)
{
    size_t n;
    char *s = exc_inspect_cstr(t, NULL, EXC_INSPECT_INFINITY, &n);
    exci_sb_put(sb, s, n);
}

exc_term exci_sb_binary(const exci_sb *sb) { return exc_binary(sb->buf, sb->len); }

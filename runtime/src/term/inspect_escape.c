/* inspect_escape.c: string escaping and printability exactly as Elixir 1.14's
** Code.Identifier.escape/3 and String.printable?/2, plus the strict UTF-8 decoding
** that Erlang's <<c/utf8>> binary match performs. */
#include "term/inspect_int.h"

#include <stdio.h>
#include <string.h>

size_t exci_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) n = 2, v = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0) n = 3, v = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0) n = 4, v = c & 0x07, min = 0x10000;
    else return 0;
    if (len < n) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return n;
}

void exci_utf8_put(exci_buf *out, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) b[0] = (char)cp, n = 1;
    else if (cp < 0x800) b[0] = (char)(0xC0 | cp >> 6), b[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | cp >> 12);
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | cp >> 18);
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    exci_buf_put(out, b, n);
}

/* escape_map/1: the named escapes. */
static const char *escape_map(uint32_t c)
{
    switch (c) {
    case 7: return "\\a";
    case 8: return "\\b";
    case 127: return "\\d";
    case 27: return "\\e";
    case 12: return "\\f";
    case 10: return "\\n";
    case 13: return "\\r";
    case 9: return "\\t";
    case 11: return "\\v";
    case 92: return "\\\\";
    default: return NULL;
    }
}

static bool printable_cp(uint32_t c)
{
    return (c >= 32 && c <= 126) || (c >= 160 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

/* escape_char/1: printable characters as themselves, others as \0, \uFEFF or hex. */
static void escape_char(exci_buf *out, uint32_t c)
{
    char b[16];
    if (c == 0) exci_buf_puts(out, "\\0");
    else if (c == 0xFEFF) exci_buf_puts(out, "\\uFEFF");
    else if (printable_cp(c)) exci_utf8_put(out, c);
    else if (c < 256) snprintf(b, sizeof b, "\\x%02X", (unsigned)c), exci_buf_puts(out, b);
    else if (c < 65536) snprintf(b, sizeof b, "\\x{%04X}", (unsigned)c), exci_buf_puts(out, b);
    else snprintf(b, sizeof b, "\\x{%06X}", (unsigned)c), exci_buf_puts(out, b);
}

size_t exci_inspect_escape(exci_buf *out, const char *str, size_t len, int quote, int64_t limit)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        if (limit == 0) return i;
        if (limit != EXCI_ALG_INFINITY) limit--;
        uint32_t c;
        size_t n;
        if (s[i] == (unsigned)quote) {
            exci_buf_putc(out, '\\');
            exci_buf_putc(out, (char)quote);
            i++;
        } else if (s[i] == '#' && i + 1 < len && s[i + 1] == '{') {
            exci_buf_puts(out, "\\#{");
            i += 2;
        } else if ((n = exci_utf8_decode(s + i, len - i, &c)) != 0) {
            const char *named = escape_map(c);
            if (named) exci_buf_puts(out, named);
            else escape_char(out, c);
            i += n;
        } else {
            char b[8];
            snprintf(b, sizeof b, "\\x%02X", s[i]);
            exci_buf_puts(out, b);
            i++;
        }
    }
    return i;
}

/* recur_printable?/2: the named control characters count as printable. */
bool exci_inspect_printable(const char *str, size_t len, int64_t limit)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        if (limit == 0) return true;
        if (limit != EXCI_ALG_INFINITY) limit--;
        unsigned b = s[i];
        if ((b >= 32 && b <= 127) || (b >= 7 && b <= 13) || b == 27) {
            i++;
            continue;
        }
        uint32_t c;
        size_t n = exci_utf8_decode(s + i, len - i, &c);
        if (n == 0 || c < 160 || !printable_cp(c)) return false;
        i += n;
    }
    return true;
}

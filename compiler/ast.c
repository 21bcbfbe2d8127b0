/* ast.c: quoted-form constructors on top of the runtime term API. */
#include "ast.h"

#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* EXC_DEBUG_GC_STRESS=N (config.h): collect every N nodes, to prove that every term
** the front end holds is visible to the collector. */
static void front_gc_stress(void)
{
#ifdef EXC_DEBUG_GC_STRESS
    static _Thread_local unsigned n;
    if (++n % (EXC_DEBUG_GC_STRESS) == 0)
        exc_gc_collect();
#endif
}

exc_term ast_atom(const char *s, size_t n) { return exc_atom_n(s, n); }
exc_term ast_atomz(const char *s) { return exc_atom(s); }

exc_term ast_integer(const char *digits, int base)
{
    front_gc_stress();
    return exc_integer_from_str(digits, base);
}

exc_term ast_float(const char *text)
{
    errno = 0;
    double d = strtod(text, NULL);
    if (errno == ERANGE && (d == HUGE_VAL || d == -HUGE_VAL))
        return EXC_NONE;
    if (isinf(d) || isnan(d))
        return EXC_NONE;
    return exc_float(d);
}

exc_term ast_binary(const char *s, size_t n) { return exc_binary(s, n); }

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
    exc_term l = exc_list_from_array(cps, k);
    free(cps);
    return l;
}

exc_term ast_meta(int line, int col)
{
    static exc_term a_line, a_column;
    if (!a_line) {
        a_line = exc_atom("line");
        a_column = exc_atom("column");
    }
    return exc_cons(exc_tuple2(a_line, exc_small(line)),
                    exc_cons(exc_tuple2(a_column, exc_small(col)), EXC_NIL_LIST));
}

exc_term ast_node(exc_term name, exc_term meta, exc_term args)
{
    front_gc_stress();
    return exc_tuple3(name, meta, args);
}
exc_term ast_list1(exc_term a) { return exc_cons(a, EXC_NIL_LIST); }
exc_term ast_list2(exc_term a, exc_term b) { return exc_cons(a, exc_cons(b, EXC_NIL_LIST)); }
exc_term ast_reverse(exc_term l) { return exc_list_reverse(l); }
exc_term ast_append(exc_term a, exc_term b) { return exc_list_append(a, b); }

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

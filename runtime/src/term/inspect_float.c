/* inspect_float.c: floats as Elixir 1.14 prints them (Inspect.Float).
**
** Integral values with 1.0 <= |x| < 1.0e16 print as the integer plus ".0"; all others
** use Erlang's float_to_list(x, [short]) (OTP 25): the shortest digit string that
** reads back as x, written in plain notation unless scientific notation is strictly
** shorter, and always in scientific notation when |x| >= 2^53. */
#include "term/inspect_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Digits of a printf "%.Ne" result: fills `digits` (no trailing zeros) and returns
** the decimal exponent of the first digit. */
static int split_sci(const char *buf, char *digits, int *ndigits)
{
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[n++] = *p;
    int exp = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = '\0';
    *ndigits = n;
    return exp;
}

/* The `prec`-digit neighbour of a correctly rounded candidate, one unit in the last
** place up or down (`delta`), if it reads back as x. At powers of two the interval of
** values rounding to x is narrower below x, so the nearest short decimal can miss it
** while its neighbour above is inside: Ryu (and so Erlang) picks the neighbour. */
static bool neighbour(double x, const char *buf, int prec, int delta, char *digits, int *ndigits,
                      int *exp)
{
    char dg[24];
    int n;
    int e = split_sci(buf, dg, &n);
    unsigned long long m = 0;
    for (int i = 0; i < prec; i++) m = m * 10 + (unsigned)(i < n ? dg[i] - '0' : 0);
    if (delta < 0 && m == 0) return false;
    m = delta > 0 ? m + 1 : m - 1;
    char cand[48];
    snprintf(cand, sizeof cand, "%llue%d", m, e - (prec - 1));
    if (strtod(cand, NULL) != x) return false;
    /* m's digits; m may have gained a digit (999 + 1), which moves the exponent. */
    int len = snprintf(dg, sizeof dg, "%llu", m);
    *exp = e - (prec - 1) + (len - 1);
    while (len > 1 && dg[len - 1] == '0') len--;
    dg[len] = '\0';
    memcpy(digits, dg, (size_t)len + 1);
    *ndigits = len;
    return true;
}

/* The digits of a `prec`-digit decimal that reads back as x, if there is one: the
** correctly rounded one, else a neighbour. */
static bool digits_at(double x, int prec, char *digits, int *ndigits, int *exp)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
    if (strtod(buf, NULL) == x) {
        *exp = split_sci(buf, digits, ndigits);
        return true;
    }
    return neighbour(x, buf, prec, 1, digits, ndigits, exp) ||
           neighbour(x, buf, prec, -1, digits, ndigits, exp);
}

/* Shortest round-trip digits of |x| (x finite, non-zero): fills `digits` (no trailing
** zeros) and returns the decimal exponent of the first digit. Among the shortest
** strings this takes the correctly rounded one, as Ryu does. A P-digit decimal that
** reads back as x is also a (P+1)-digit one, so the shortest length is found by
** binary search; 17 digits always suffice. */
static int shortest_digits(double x, char *digits, int *ndigits)
{
    int lo = 1, hi = 17, exp = 0;
    char dg[24];
    int n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (digits_at(x, mid, dg, &n, &exp)) hi = mid;
        else lo = mid + 1;
    }
    digits_at(x, lo, digits, ndigits, &exp);
    return exp;
}

/* "d.ddde<exp>" with at least one fractional digit. */
static size_t sci_form(const char *dg, int n, int exp, char *out)
{
    size_t len = 0;
    out[len++] = dg[0];
    out[len++] = '.';
    if (n == 1) out[len++] = '0';
    for (int i = 1; i < n; i++) out[len++] = dg[i];
    len += (size_t)sprintf(out + len, "e%d", exp);
    return len;
}

/* Plain notation: "ddd.ddd", "ddd00.0" or "0.000ddd". */
static size_t plain_form(const char *dg, int n, int exp, char *out)
{
    size_t len = 0;
    if (exp < 0) {
        out[len++] = '0';
        out[len++] = '.';
        for (int i = -1; i > exp; i--) out[len++] = '0';
        for (int i = 0; i < n; i++) out[len++] = dg[i];
        return len;
    }
    for (int i = 0; i <= exp; i++) out[len++] = i < n ? dg[i] : '0';
    out[len++] = '.';
    if (n <= exp + 1) out[len++] = '0';
    for (int i = exp + 1; i < n; i++) out[len++] = dg[i];
    return len;
}

/* Erlang's float_to_list(x, [short]). */
static size_t float_short(double x, char *out)
{
    size_t len = 0;
    if (signbit(x)) out[len++] = '-';
    double a = fabs(x);
    if (a == 0.0) {
        memcpy(out + len, "0.0", 4);
        return len + 3;
    }
    char dg[24], sci[48], plain[400];
    int n;
    int exp = shortest_digits(a, dg, &n);
    size_t ls = sci_form(dg, n, exp, sci);
    bool use_sci = a >= 9007199254740992.0; /* 2^53 */
    size_t lp = 0;
    if (!use_sci) {
        lp = plain_form(dg, n, exp, plain);
        use_sci = ls < lp;
    }
    memcpy(out + len, use_sci ? sci : plain, use_sci ? ls : lp);
    len += use_sci ? ls : lp;
    out[len] = '\0';
    return len;
}

size_t exci_inspect_float(double x, char *out)
{
    double a = fabs(x);
    if (a >= 1.0 && a < 1.0e16 && trunc(x) == x) {
        int len = sprintf(out, "%.0f.0", x);
        return (size_t)len;
    }
    return float_short(x, out);
}

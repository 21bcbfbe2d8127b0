/* String.jaro_distance/2 exactly as Elixir 1.14 computes it (the implementation before
** 1.17.1, with its own way of counting transpositions), over code points: the names
** it compares (atoms of keys and functions) are single code points per grapheme. */
#include "error/error_int.h"

#include <stdlib.h>
#include <string.h>

/* Code points of UTF-8 text (invalid bytes count as one each); returns the count. */
static size_t code_points(const char *s, size_t n, int32_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; k++) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + len > n) len = 1;
        int32_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
        for (size_t j = 1; j < len; j++) cp = (cp << 6) | (s[i + j] & 0x3F);
        out[k] = cp;
        i += len;
    }
    return k;
}

/* match/3 of Elixir's String: a is the shorter text; matched characters of b are
** blanked (-1) so they cannot match twice; the window slides once pre reaches lim. */
static void match(const int32_t *a, size_t na, int32_t *b, size_t nb, long lim, long *comm, long *trans)
{
    long pre = 0, former = -1;
    size_t start = 0; /* b's head after the drops of tl/1 */
    *comm = *trans = 0;
    for (size_t idx = 0; idx < na; idx++) {
        long budget = pre + 1 + lim;
        for (size_t j = start; budget > 0 && j < nb; j++, budget--) {
            if (b[j] != a[idx]) continue;
            b[j] = -1;
            long current = (long)idx - pre + (long)(j - start);
            if (current < former) (*trans)++;
            (*comm)++;
            former = current;
            break;
        }
        if (pre == lim) start++;
        else pre++;
    }
}

double exci_err_jaro(const char *s1, size_t n1, const char *s2, size_t n2)
{
    if (n1 == n2 && memcmp(s1, s2, n1) == 0) return 1.0;
    if (n1 == 0 || n2 == 0) return 0.0;
    int32_t *c1 = malloc((n1 + n2) * sizeof *c1), *c2 = c1 + n1;
    size_t l1 = code_points(s1, n1, c1), l2 = code_points(s2, n2, c2);
    long comm, trans;
    if (l1 < l2) match(c1, l1, c2, l2, (long)(l2 / 2) - 1, &comm, &trans);
    else match(c2, l2, c1, l1, (long)(l1 / 2) - 1, &comm, &trans);
    free(c1);
    if (comm == 0) return 0.0;
    return ((double)comm / (double)l1 + (double)comm / (double)l2 + (double)(comm - trans) / (double)comm) / 3;
}

/* Integers beyond 63 bits: GMP integers whose limbs live in GC-atomic memory.
**
** GMP allocates through the GC (mp_set_memory_functions), so temporaries and bignum
** limbs are collected like everything else and a bignum box can adopt an mpz without
** copying. Every integer constructor normalises: values that fit in a small integer
** are never boxed, so each integer has exactly one representation. */
#include "term_internal.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "exc/alloc.h"

static void *gmp_alloc(size_t n) { return exc_alloc_atomic(n); }

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    void *q = exc_alloc_atomic(n);
    if (p) memcpy(q, p, old < n ? old : n);
    return q;
}

/* The collector reclaims blocks; an explicit free would race with adopted limbs. */
static void gmp_free(void *p, size_t n)
{
    (void)p;
    (void)n;
}

static pthread_once_t gmp_once = PTHREAD_ONCE_INIT;
static void gmp_init_once(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }
void exci_bignum_init(void) { pthread_once(&gmp_once, gmp_init_once); }

/* Load-time installation, so that GMP never allocates with malloc in a program that
** links this file (calls to mpz_* elsewhere are preceded by no explicit init). */
__attribute__((constructor)) static void bignum_ctor(void) { exci_bignum_init(); }

static bool mpz_fits_small(mpz_srcptr z)
{
    if (!mpz_fits_slong_p(z)) return false;
    long v = mpz_get_si(z);
    return v >= EXC_SMALL_MIN && v <= EXC_SMALL_MAX;
}

exc_term exci_bignum_take(mpz_ptr z)
{
    if (mpz_fits_small(z)) return exc_small(mpz_get_si(z));
    exc_bignum *b = exc_alloc(sizeof *b);
    b->header = exc_header(2, EXC_T_BIGNUM);
    b->z = *z;
    return (exc_term)(uintptr_t)b;
}

exc_term exc_integer_from_mpz(mpz_srcptr z)
{
    if (mpz_fits_small(z)) return exc_small(mpz_get_si(z));
    mpz_t c;
    mpz_init_set(c, z);
    return exci_bignum_take(c);
}

exc_term exc_integer_from_i64(int64_t v)
{
    if (v >= EXC_SMALL_MIN && v <= EXC_SMALL_MAX) return exc_small(v);
    exci_bignum_init();
    mpz_t z;
    mpz_init_set_si(z, (long)v);
    return exci_bignum_take(z);
}

exc_term exc_integer_from_u64(uint64_t v)
{
    if (v <= (uint64_t)EXC_SMALL_MAX) return exc_small((int64_t)v);
    exci_bignum_init();
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)v);
    return exci_bignum_take(z);
}

exc_term exc_integer_from_double(double d)
{
    if (!isfinite(d)) return EXC_NONE;
    d = trunc(d);
    if (d >= -4611686018427387904.0 && d < 4611686018427387904.0) return exc_small((int64_t)d);
    exci_bignum_init();
    mpz_t z;
    mpz_init_set_d(z, d);
    return exci_bignum_take(z);
}

/* Copies s[0..n) without '_' separators (when allowed) into a NUL-terminated GC
** string, with a leading '+' dropped; NULL if malformed or without digits. */
static char *clean_digits(const char *s, size_t n, int base, bool underscores)
{
    char *buf = exc_alloc_atomic(n + 1);
    size_t i = 0, j = 0;
    if (n && (s[0] == '-' || s[0] == '+')) {
        if (s[0] == '-') buf[j++] = '-';
        i++;
    }
    size_t first = j;
    for (; i < n; i++) {
        if (s[i] == '_' && underscores) continue;
        int c = (unsigned char)s[i], d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        if (d < 0 || d >= base) return NULL;
        buf[j++] = (char)c;
    }
    buf[j] = '\0';
    return j > first ? buf : NULL;
}

static exc_term parse(const char *s, size_t n, int base, bool underscores)
{
    if (base < 2 || base > 36) return EXC_NONE;
    char *clean = clean_digits(s, n, base, underscores);
    if (!clean) return EXC_NONE;
    exci_bignum_init();
    mpz_t z;
    if (mpz_init_set_str(z, clean, base) != 0) return EXC_NONE;
    return exci_bignum_take(z);
}

exc_term exc_integer_from_str(const char *digits, int base)
{
    return parse(digits, strlen(digits), base, true);
}

exc_term exc_integer_parse(const char *s, size_t len, int base)
{
    return parse(s, len, base, false);
}

bool exc_integer_to_i64(exc_term t, int64_t *out)
{
    if (exc_is_small(t)) {
        *out = exc_small_val(t);
        return true;
    }
    if (!exc_is_bignum(t) || !mpz_fits_slong_p(exc_bignum_mpz(t))) return false;
    *out = mpz_get_si(exc_bignum_mpz(t));
    return true;
}

void exc_integer_to_mpz(exc_term t, mpz_ptr out)
{
    if (exc_is_small(t)) mpz_set_si(out, (long)exc_small_val(t));
    else mpz_set(out, exc_bignum_mpz(t));
}

int exc_integer_sign(exc_term t)
{
    if (exc_is_small(t)) return (exc_small_val(t) > 0) - (exc_small_val(t) < 0);
    return mpz_sgn(exc_bignum_mpz(t));
}

char *exc_integer_to_str(exc_term t, int base)
{
    exci_bignum_init();
    mpz_t z;
    mpz_init(z);
    exc_integer_to_mpz(t, z);
    return mpz_get_str(NULL, base, z);
}

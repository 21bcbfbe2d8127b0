/* Floats and the mixed-number operators of Kernel (+ - * / and unary -). Integer
** pairs go to the integer operations; anything involving a float is computed in
** double precision, and a non-finite result is badarith (EXC_NONE), as on BEAM. */
#include "term_internal.h"

#include <math.h>

#include "exc/alloc.h"

exc_term exc_float(double d)
{
    exc_term *p = exc_alloc_atomic(2 * sizeof(exc_term));
    p[0] = exc_header(1, EXC_T_FLOAT);
    memcpy(&p[1], &d, sizeof d);
    return (exc_term)(uintptr_t)p;
}

exc_term exc_float_checked(double d) { return isfinite(d) ? exc_float(d) : EXC_NONE; }

/* Bignum to the nearest double (mpz_get_d truncates; BEAM rounds to nearest). The top
** 64 bits, with a sticky bit for anything below them, convert with one correct
** rounding; ldexp then scales exactly. */
static bool big_to_double(mpz_srcptr z, double *out)
{
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > 1025) return false;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    size_t shift = bits > 64 ? bits - 64 : 0;
    bool sticky = shift && mpz_scan1(a, 0) < shift;
    mpz_tdiv_q_2exp(a, a, shift);
    uint64_t top = mpz_get_ui(a) | (uint64_t)sticky;
    double d = ldexp((double)top, (int)shift);
    *out = mpz_sgn(z) < 0 ? -d : d;
    return isfinite(d);
}

bool exc_num_to_double(exc_term t, double *out)
{
    if (exc_is_small(t)) {
        *out = (double)exc_small_val(t);
        return true;
    }
    if (exc_is_float(t)) {
        *out = exc_float_val(t);
        return true;
    }
    return exc_is_bignum(t) && big_to_double(exc_bignum_mpz(t), out);
}

enum num_op { NUM_ADD, NUM_SUB, NUM_MUL, NUM_FDIV };

static exc_term float_op(enum num_op op, exc_term a, exc_term b)
{
    double x, y;
    if (!exc_num_to_double(a, &x) || !exc_num_to_double(b, &y)) return EXC_NONE;
    switch (op) {
    case NUM_ADD: return exc_float_checked(x + y);
    case NUM_SUB: return exc_float_checked(x - y);
    case NUM_MUL: return exc_float_checked(x * y);
    default: return y == 0.0 ? EXC_NONE : exc_float_checked(x / y);
    }
}

exc_term exc_num_add(exc_term a, exc_term b)
{
    if (exc_is_integer(a) && exc_is_integer(b)) return exc_int_add(a, b);
    return float_op(NUM_ADD, a, b);
}

exc_term exc_num_sub(exc_term a, exc_term b)
{
    if (exc_is_integer(a) && exc_is_integer(b)) return exc_int_sub(a, b);
    return float_op(NUM_SUB, a, b);
}

exc_term exc_num_mul(exc_term a, exc_term b)
{
    if (exc_is_integer(a) && exc_is_integer(b)) return exc_int_mul(a, b);
    return float_op(NUM_MUL, a, b);
}

exc_term exc_num_fdiv(exc_term a, exc_term b) { return float_op(NUM_FDIV, a, b); }

exc_term exc_num_neg(exc_term a)
{
    if (exc_is_integer(a)) return exc_int_neg(a);
    return exc_is_float(a) ? exc_float(-exc_float_val(a)) : EXC_NONE;
}

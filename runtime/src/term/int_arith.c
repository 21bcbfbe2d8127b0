/* Integer arithmetic with Erlang semantics: small-integer fast paths, overflow into
** GMP, results normalised back to small integers. EXC_NONE means badarith (an
** argument is not an integer, or division by zero) and the caller raises. */
#include "term_internal.h"

#include "exc/alloc.h"

enum int_op { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_REM, OP_FDIV, OP_MOD, OP_AND, OP_OR, OP_XOR };

/* Largest shift accepted by bsl; BEAM raises system_limit on absurd shifts too. */
#define MAX_SHIFT ((int64_t)1 << 32)

/* The value of an integer as an mpz: bignums directly, small ones through tmp. */
static mpz_srcptr as_mpz(exc_term t, mpz_ptr tmp)
{
    if (exc_is_bignum(t)) return exc_bignum_mpz(t);
    mpz_init_set_si(tmp, (long)exc_small_val(t));
    return tmp;
}

static exc_term big_op(enum int_op op, exc_term a, exc_term b)
{
    exci_bignum_init();
    mpz_t ta, tb, r;
    mpz_srcptr x = as_mpz(a, ta), y = as_mpz(b, tb);
    mpz_init(r);
    switch (op) {
    case OP_ADD: mpz_add(r, x, y); break;
    case OP_SUB: mpz_sub(r, x, y); break;
    case OP_MUL: mpz_mul(r, x, y); break;
    case OP_DIV: mpz_tdiv_q(r, x, y); break;
    case OP_REM: mpz_tdiv_r(r, x, y); break;
    case OP_FDIV: mpz_fdiv_q(r, x, y); break;
    case OP_MOD: mpz_fdiv_r(r, x, y); break;
    case OP_AND: mpz_and(r, x, y); break;
    case OP_OR: mpz_ior(r, x, y); break;
    case OP_XOR: mpz_xor(r, x, y); break;
    }
    return exci_bignum_take(r);
}

static bool both_int(exc_term a, exc_term b) { return exc_is_integer(a) && exc_is_integer(b); }
static bool both_small(exc_term a, exc_term b) { return exc_is_small(a) && exc_is_small(b); }

exc_term exc_int_add(exc_term a, exc_term b)
{
    if (both_small(a, b)) return exc_integer_from_i64(exc_small_val(a) + exc_small_val(b));
    return both_int(a, b) ? big_op(OP_ADD, a, b) : EXC_NONE;
}

exc_term exc_int_sub(exc_term a, exc_term b)
{
    if (both_small(a, b)) return exc_integer_from_i64(exc_small_val(a) - exc_small_val(b));
    return both_int(a, b) ? big_op(OP_SUB, a, b) : EXC_NONE;
}

exc_term exc_int_mul(exc_term a, exc_term b)
{
    int64_t r;
    if (both_small(a, b) && !__builtin_mul_overflow(exc_small_val(a), exc_small_val(b), &r))
        return exc_integer_from_i64(r);
    return both_int(a, b) ? big_op(OP_MUL, a, b) : EXC_NONE;
}

exc_term exc_int_neg(exc_term a) { return exc_int_sub(exc_small(0), a); }

exc_term exc_int_abs(exc_term a)
{
    if (!exc_is_integer(a)) return EXC_NONE;
    return exc_integer_sign(a) < 0 ? exc_int_neg(a) : a;
}

/* Division family: checks types and zero, then small fast path or GMP. */
static exc_term divide(enum int_op op, exc_term a, exc_term b)
{
    if (!both_int(a, b) || b == exc_small(0)) return EXC_NONE;
    if (!both_small(a, b)) return big_op(op, a, b);
    int64_t x = exc_small_val(a), y = exc_small_val(b), q = x / y, r = x % y;
    switch (op) {
    case OP_DIV: return exc_integer_from_i64(q);
    case OP_REM: return exc_small(r);
    case OP_FDIV: return exc_integer_from_i64(q - ((r != 0) && ((r < 0) != (y < 0))));
    default: return exc_small((r != 0 && ((r < 0) != (y < 0))) ? r + y : r);
    }
}

exc_term exc_int_div(exc_term a, exc_term b) { return divide(OP_DIV, a, b); }
exc_term exc_int_rem(exc_term a, exc_term b) { return divide(OP_REM, a, b); }
exc_term exc_int_floor_div(exc_term a, exc_term b) { return divide(OP_FDIV, a, b); }
exc_term exc_int_mod(exc_term a, exc_term b) { return divide(OP_MOD, a, b); }

/* Bitwise operators on two's complement of unbounded width; small results of small
** arguments stay small, so the tag can be handled directly. */
exc_term exc_int_band(exc_term a, exc_term b)
{
    if (both_small(a, b)) return a & b;
    return both_int(a, b) ? big_op(OP_AND, a, b) : EXC_NONE;
}

exc_term exc_int_bor(exc_term a, exc_term b)
{
    if (both_small(a, b)) return a | b;
    return both_int(a, b) ? big_op(OP_OR, a, b) : EXC_NONE;
}

exc_term exc_int_bxor(exc_term a, exc_term b)
{
    if (both_small(a, b)) return (a ^ b) | 1;
    return both_int(a, b) ? big_op(OP_XOR, a, b) : EXC_NONE;
}

exc_term exc_int_bnot(exc_term a)
{
    if (exc_is_small(a)) return exc_small(~exc_small_val(a));
    if (!exc_is_bignum(a)) return EXC_NONE;
    mpz_t r;
    mpz_init(r);
    mpz_com(r, exc_bignum_mpz(a));
    return exci_bignum_take(r);
}

/* a * 2^n for n >= 0, a >> n (floor) for n < 0. */
static exc_term shift(exc_term a, int64_t n)
{
    if (exc_is_small(a) && n <= 0) {
        int64_t s = n < -63 ? 63 : -n;
        return exc_small(exc_small_val(a) >> s);
    }
    if (exc_is_small(a) && n < 63) {
        int64_t v = exc_small_val(a), r = (int64_t)((uint64_t)v << n);
        if ((r >> n) == v && r >= EXC_SMALL_MIN && r <= EXC_SMALL_MAX) return exc_small(r);
    }
    if (n > MAX_SHIFT) return exc_integer_sign(a) == 0 ? a : EXC_NONE;
    mpz_t t, r;
    mpz_srcptr x = as_mpz(a, t);
    mpz_init(r);
    if (n >= 0) mpz_mul_2exp(r, x, (mp_bitcnt_t)n);
    else mpz_fdiv_q_2exp(r, x, n < -MAX_SHIFT ? (mp_bitcnt_t)MAX_SHIFT : (mp_bitcnt_t)-n);
    return exci_bignum_take(r);
}

exc_term exc_int_bsl(exc_term a, exc_term b)
{
    if (!exc_is_integer(a) || !exc_is_integer(b)) return EXC_NONE;
    exci_bignum_init();
    if (exc_is_bignum(b)) {
        if (exc_integer_sign(b) < 0) return exc_integer_sign(a) < 0 ? exc_small(-1) : exc_small(0);
        return exc_integer_sign(a) == 0 ? a : EXC_NONE;
    }
    return shift(a, exc_small_val(b));
}

exc_term exc_int_bsr(exc_term a, exc_term b)
{
    if (!exc_is_integer(b)) return EXC_NONE;
    return exc_int_bsl(a, exc_int_neg(b));
}

exc_term exc_int_pow(exc_term base, exc_term exp)
{
    if (!exc_is_integer(base) || !exc_is_integer(exp) || exc_integer_sign(exp) < 0)
        return EXC_NONE;
    if (base == exc_small(0) || base == exc_small(1)) return exp == exc_small(0) ? exc_small(1) : base;
    if (base == exc_small(-1))
        return exc_int_band(exp, exc_small(1)) == exc_small(0) ? exc_small(1) : base;
    if (!exc_is_small(exp) || exc_small_val(exp) > MAX_SHIFT) return EXC_NONE;
    exci_bignum_init();
    mpz_t t, r;
    mpz_srcptr x = as_mpz(base, t);
    mpz_init(r);
    mpz_pow_ui(r, x, (unsigned long)exc_small_val(exp));
    return exci_bignum_take(r);
}

/* exc_hash: a 64-bit structural hash consistent with === (equal terms, equal hashes).
** Used by HAMTs; not :erlang.phash2 (whose exact values are BEAM's, implemented apart).
** Map hashes add up per-pair hashes so they do not depend on iteration order. */
#include "term_internal.h"

#include "exc/proc.h"

/* Per-type seeds keep e.g. the integer 5 and the pid with serial 5 apart. */
enum { SEED_INT = 1, SEED_FLOAT, SEED_PID, SEED_REF, SEED_TUPLE, SEED_LIST, SEED_NIL,
       SEED_BITS, SEED_MAP, SEED_FUN };

static uint64_t combine(uint64_t h, uint64_t v) { return exci_mix64(h * 31 + v); }

static uint64_t hash_bytes(uint64_t h, const uint8_t *p, size_t n)
{
    uint64_t w;
    for (; n >= 8; n -= 8, p += 8) {
        memcpy(&w, p, 8);
        h = combine(h, w);
    }
    w = 0;
    memcpy(&w, p, n);
    return combine(h, w ^ ((uint64_t)n << 56));
}

static uint64_t hash_bits(exc_term t)
{
    uint64_t nbits = exc_bitstring_bits(t);
    const uint8_t *d = exc_binary_data(t);
    uint64_t h = hash_bytes(SEED_BITS, d, (size_t)(nbits >> 3));
    if (nbits & 7) h = combine(h, d[nbits >> 3] & (0xFF00u >> (nbits & 7)));
    return combine(h, nbits);
}

static uint64_t hash_bignum(exc_term t)
{
    mpz_srcptr z = exc_bignum_mpz(t);
    size_t n = mpz_size(z);
    uint64_t h = SEED_INT ^ (uint64_t)mpz_sgn(z);
    for (size_t i = 0; i < n; i++) h = combine(h, mpz_getlimbn(z, i));
    return h;
}

static uint64_t hash_map(exc_term t)
{
    uint64_t h = combine(SEED_MAP, exc_map_size(t));
    exc_map_iter it;
    exc_term k, v;
    exc_map_iter_init(&it, t);
    while (exc_map_iter_next(&it, &k, &v)) h += exci_mix64(exc_hash(k) * 0x9e3779b97f4a7c15ULL + exc_hash(v));
    return h;
}

static uint64_t hash_boxed(exc_term t)
{
    switch (exc_boxed_type(t)) {
    case EXC_T_TUPLE: {
        uint64_t h = combine(SEED_TUPLE, exc_tuple_arity(t));
        for (uint64_t i = 0; i < exc_tuple_arity(t); i++) h = combine(h, exc_hash(exc_tuple_elems(t)[i]));
        return h;
    }
    case EXC_T_FLOAT: {
        double d = exc_float_val(t) + 0.0; /* -0.0 + 0.0 is 0.0: 0.0 === -0.0 on OTP 24 */
        uint64_t bits;
        memcpy(&bits, &d, 8);
        return combine(SEED_FLOAT, bits);
    }
    case EXC_T_BIGNUM: return hash_bignum(t);
    case EXC_T_BINARY: return hash_bits(t);
    case EXC_T_MAP:
    case EXC_T_HAMT: return hash_map(t);
    case EXC_T_FUN: {
        uint64_t h = combine(SEED_FUN, (uint64_t)(uintptr_t)exc_fun_ptr(t)->code);
        for (uint32_t i = 0; i < exc_fun_ptr(t)->nfree; i++) h = combine(h, exc_hash(exc_fun_env(t)[i]));
        return h;
    }
    case EXC_T_REF: return combine(SEED_REF, exc_ref_id(t));
    }
    return t;
}

struct grow_ctx {
    exc_term t;
    uint64_t h;
};

static void hash_thunk(void *p)
{
    struct grow_ctx *c = p;
    c->h = exc_hash(c->t);
}

uint64_t exc_hash(exc_term t)
{
    if (EXC_UNLIKELY(exc_stack_low())) {
        struct grow_ctx c = {t, 0};
        exc_stack_grow(hash_thunk, &c);
        return c.h;
    }
    if (exc_is_small(t)) return combine(SEED_INT, (uint64_t)exc_small_val(t));
    if (exc_is_atom(t)) return exci_atom_hash(t);
    if (exc_is_pid(t)) return combine(SEED_PID, exc_pid_serial(t));
    if (t == EXC_NIL_LIST) return SEED_NIL;
    if (exc_is_cons(t)) {
        uint64_t h = SEED_LIST;
        for (; exc_is_cons(t); t = exc_tl(t)) h = combine(h, exc_hash(exc_hd(t)));
        return combine(h, exc_hash(t));
    }
    return exc_is_boxed(t) ? hash_boxed(t) : exci_mix64(t);
}

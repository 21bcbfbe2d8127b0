/* Term hashes. exc_hash: a 64-bit structural hash consistent with === (equal terms,
** equal hashes); not :erlang.phash2. Map hashes add up per-pair hashes so they do not
** depend on iteration order. exci_hash_beam (second half): BEAM's internal hash, which
** HAMTs use so that large maps iterate in BEAM's order. */
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

/* ---- BEAM's internal hash (OTP 25 make_internal_hash) ----------------------------
** Maps of more than 32 keys iterate in the order of BEAM's HAMT, which follows this
** hash; exci_hash_beam reproduces it bit for bit (Jenkins' 96-bit mix, 32-bit result)
** for integers, floats, binaries, and lists, tuples and maps made of those. Atoms,
** pids, refs and funs cannot match BEAM (it hashes an atom by its atom-table index,
** which depends on what was loaded before): they hash by stable stand-ins of the same
** shape. A running accumulator replaces BEAM's explicit stack: BEAM processes pushed
** subterms before anything older, so recursion visits terms in the same order. */

#define HC 0x9e3779b9u
enum {
    HC4 = 0x78dde6e4u, HC7 = 0x5384540fu, HC8 = 0xf1bbcdc8u, HC10 = 0x2e2ac13au,
    HC11 = 0xcc623af3u, HC12 = 0x6a99b4acu, HC13 = 0x08d12e65u, HC15 = 0x454021d7u,
    HC17 = 0x81af1549u, HC18 = 0x1fe68f02u, HC20 = 0x5c558274u, HC21 = 0xfa8cfc2du,
    HC22 = 0x98c475e6u,
};
#define BEAM_SALT 3432918353u /* INTERNAL_HASH_SALT */

/* Bob Jenkins' mix(a, b, c) as in erts utils.c. */
static void jmix(uint32_t *pa, uint32_t *pb, uint32_t *pc)
{
    uint32_t a = *pa, b = *pb, c = *pc;
    a -= b, a -= c, a ^= c >> 13;
    b -= c, b -= a, b ^= a << 8;
    c -= a, c -= b, c ^= b >> 13;
    a -= b, a -= c, a ^= c >> 12;
    b -= c, b -= a, b ^= a << 16;
    c -= a, c -= b, c ^= b >> 5;
    a -= b, a -= c, a ^= c >> 3;
    b -= c, b -= a, b ^= a << 10;
    c -= a, c -= b, c ^= b >> 15;
    *pa = a, *pb = b, *pc = c;
}

/* UINT32_HASH_2(x, y, k) */
uint32_t exci_hash_beam_mix(uint32_t h, uint32_t x, uint32_t y, uint32_t k)
{
    uint32_t a = k + x, b = k + y;
    jmix(&a, &b, &h);
    return h;
}
#define h2 exci_hash_beam_mix

/* CONST_HASH(k) */
static uint32_t hconst(uint32_t h, uint32_t k)
{
    h ^= k;
    return (h << 17) | (h >> 15);
}

/* block_hash(): lookup2 over the bytes, seeded with the running hash. */
static uint32_t block_hash(const uint8_t *k, size_t len, uint32_t initval)
{
    uint32_t a = HC, b = HC, c = initval;
    uint32_t full = (uint32_t)len;
    for (; len >= 12; len -= 12, k += 12) {
        a += k[0] + ((uint32_t)k[1] << 8) + ((uint32_t)k[2] << 16) + ((uint32_t)k[3] << 24);
        b += k[4] + ((uint32_t)k[5] << 8) + ((uint32_t)k[6] << 16) + ((uint32_t)k[7] << 24);
        c += k[8] + ((uint32_t)k[9] << 8) + ((uint32_t)k[10] << 16) + ((uint32_t)k[11] << 24);
        jmix(&a, &b, &c);
    }
    c += full;
    static const unsigned reg[11] = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
    uint32_t *r[3] = {&a, &b, &c};
    for (size_t i = 0; i < len; i++) *r[reg[i]] += (uint32_t)k[i] << (i < 8 ? 8 * (i & 3) : 8 * ((i & 3) + 1));
    jmix(&a, &b, &c);
    return c;
}

/* Immediate terms hash their BEAM word (UINT32_HASH_2 of its halves). */
static uint32_t beam_immed(uint32_t h, uint64_t word) { return h2(h, (uint32_t)word, (uint32_t)(word >> 32), HC); }

/* Integer magnitude words (BEAM bignum digits, least significant first). */
static uint32_t beam_digit(uint32_t h, uint64_t d, bool neg) { return h2(h, (uint32_t)d, (uint32_t)(d >> 32), neg ? HC10 : HC11); }

/* BEAM small integers have 60 bits; larger ones are bignums there. */
static uint32_t beam_int(uint32_t h, int64_t v)
{
    if (v >= -((int64_t)1 << 59) && v < ((int64_t)1 << 59)) return beam_immed(h, ((uint64_t)v << 4) | 0xF);
    return beam_digit(h, v < 0 ? -(uint64_t)v : (uint64_t)v, v < 0);
}

static uint32_t beam_bits(uint32_t h, exc_term t)
{
    uint64_t nbits = exc_bitstring_bits(t);
    size_t sz = (size_t)(nbits >> 3);
    unsigned rest = (unsigned)(nbits & 7);
    const uint8_t *d = exc_binary_data(t);
    uint32_t con = HC13 + h;
    if (nbits == 0) return con;
    h = block_hash(d, sz, con);
    return rest ? h2(h, rest, (uint32_t)(d[sz] >> (8 - rest)), HC15) : h;
}

static uint32_t beam_bignum(uint32_t h, exc_term t)
{
    mpz_srcptr z = exc_bignum_mpz(t);
    size_t n = mpz_size(z);
    for (size_t i = 0; i < n; i++) h = beam_digit(h, mpz_getlimbn(z, i), mpz_sgn(z) < 0);
    return h;
}

static bool is_byte(exc_term t) { return exc_is_small(t) && (uint64_t)exc_small_val(t) < 256; }

/* A list from its first cell: byte runs pack four to a word (BEAM's string case),
** other heads are framed by CONST_HASH markers, the final tail is hashed last. */
uint32_t exci_hash_beam_cons(uint32_t h, exc_term hd, exc_term tl)
{
    for (;;) {
        uint32_t sh = 0, c = 0;
        for (; is_byte(hd); hd = exc_hd(tl), tl = exc_tl(tl)) {
            sh = (sh << 8) + (uint32_t)exc_small_val(hd);
            if (c == 3) h = h2(h, sh, 0, HC4), c = sh = 0;
            else c++;
            if (!exc_is_cons(tl)) return exci_hash_beam_acc(c ? h2(h, sh, c, HC22) : h, tl);
        }
        if (c) h = h2(h, sh, c, HC22);
        h = exci_hash_beam_acc(hconst(h, HC17), hd);
        if (!exc_is_cons(tl)) return exci_hash_beam_acc(hconst(h, HC18), tl);
        hd = exc_hd(tl), tl = exc_tl(tl);
    }
}

static uint32_t beam_boxed(uint32_t h, exc_term t)
{
    switch (exc_boxed_type(t)) {
    case EXC_T_TUPLE: {
        h = h2(h, (uint32_t)exc_tuple_arity(t), 0, EXCI_HC9);
        for (uint64_t i = 0; i < exc_tuple_arity(t); i++) h = exci_hash_beam_acc(h, exc_tuple_elems(t)[i]);
        return h;
    }
    case EXC_T_FLOAT: {
        double d = exc_float_val(t) + 0.0; /* BEAM hashes -0.0 as 0.0 */
        uint64_t bits;
        memcpy(&bits, &d, 8);
        return h2(h, (uint32_t)bits, (uint32_t)(bits >> 32), HC12);
    }
    case EXC_T_BIGNUM: return beam_bignum(h, t);
    case EXC_T_BINARY: return beam_bits(h, t);
    case EXC_T_MAP: { /* flatmap: size, then key, value in key order */
        h = h2(h, (uint32_t)exc_map_size(t), 0, EXCI_HC16);
        exc_map_iter it;
        exc_term k, v;
        exc_map_iter_init(&it, t);
        while (exc_map_iter_next(&it, &k, &v)) h = exci_hash_beam_acc(exci_hash_beam_acc(h, k), v);
        return h;
    }
    case EXC_T_HAMT: return exci_hamt_hash_beam(h, t);
    case EXC_T_FUN: {
        const exc_fun *f = exc_fun_ptr(t);
        uint64_t code = (uint64_t)(uintptr_t)f->code;
        h = h2(h, f->nfree, (uint32_t)(code >> 3), HC20);
        h = h2(h, f->info ? f->info->index : 0, f->info ? f->info->uniq : (uint32_t)(code >> 35), HC21);
        for (uint32_t i = 0; i < f->nfree; i++) h = exci_hash_beam_acc(h, exc_fun_env(t)[i]);
        return h;
    }
    case EXC_T_REF: {
        uint64_t id = exc_ref_id(t);
        return h2(h2(h, (uint32_t)id, 0, HC7), (uint32_t)(id >> 32), 0, HC8);
    }
    }
    return beam_immed(h, t);
}

struct beam_ctx {
    exc_term t;
    uint32_t h;
};

static void beam_thunk(void *p)
{
    struct beam_ctx *c = p;
    c->h = exci_hash_beam_acc(c->h, c->t);
}

uint32_t exci_hash_beam_acc(uint32_t h, exc_term t)
{
    if (exc_is_small(t)) return beam_int(h, exc_small_val(t));
    if (exc_is_atom(t)) return beam_immed(h, ((exci_atom_hash(t) & 0x3FFFFFFFFFFFFFFULL) << 6) | 0xB);
    if (t == EXC_NIL_LIST) return beam_immed(h, 0x3B);
    if (exc_is_pid(t)) return beam_immed(h, (exc_pid_serial(t) << 4) | 0x3);
    if (EXC_UNLIKELY(exc_stack_low())) {
        struct beam_ctx c = {t, h};
        exc_stack_grow(beam_thunk, &c);
        return c.h;
    }
    if (exc_is_cons(t)) return exci_hash_beam_cons(h, exc_hd(t), exc_tl(t));
    return exc_is_boxed(t) ? beam_boxed(h, t) : beam_immed(h, t);
}

uint32_t exci_hash_beam(exc_term t, uint32_t salt) { return exci_hash_beam_acc(salt ^ BEAM_SALT, t); }

/* Term equality (== and ===) and Erlang's total term order.
**
** Order of types: number < atom < reference < fun < port < pid < tuple < map < list
** (with [] first) < bitstring. Numbers compare by value (1 == 1.0) except in exact
** mode, the order used for map keys, where every integer precedes every float
** (OTP 24: %{1.0 => a, 2 => b} lists 2 first). Floats compare by value, so
** 0.0 === -0.0 holds as on OTP 24. */
#include "term_internal.h"

#include <math.h>

#include "exc/proc.h"
#include <stdlib.h>

enum order_class { C_NUMBER, C_ATOM, C_REF, C_FUN, C_PORT, C_PID, C_TUPLE, C_MAP, C_LIST, C_BITS };

static enum order_class class_of(exc_term t)
{
    if (exc_is_small(t)) return C_NUMBER;
    if (exc_is_atom(t)) return C_ATOM;
    if (exc_is_list(t)) return C_LIST;
    if (exc_is_pid(t)) return C_PID;
    switch (exc_boxed_type(t)) {
    case EXC_T_TUPLE: return C_TUPLE;
    case EXC_T_FLOAT:
    case EXC_T_BIGNUM: return C_NUMBER;
    case EXC_T_BINARY: return C_BITS;
    case EXC_T_MAP:
    case EXC_T_HAMT: return C_MAP;
    case EXC_T_FUN: return C_FUN;
    case EXC_T_REF: return C_REF;
    }
    return C_PORT;
}

static int sign3(int64_t x) { return (x > 0) - (x < 0); }
static int cmp_u64(uint64_t a, uint64_t b) { return (a > b) - (a < b); }
static int cmp_double(double a, double b) { return (a > b) - (a < b); }

/* Exact comparison of an integer with a finite double. */
static int cmp_int_double(exc_term i, double d)
{
    if (exc_is_bignum(i)) return sign3(mpz_cmp_d(exc_bignum_mpz(i), d));
    int64_t v = exc_small_val(i);
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double t = trunc(d);
    int64_t ti = (int64_t)t;
    if (v != ti) return v < ti ? -1 : 1;
    return cmp_double(0.0, d - t);
}

static int cmp_integers(exc_term a, exc_term b)
{
    if (exc_is_small(a) && exc_is_small(b)) return sign3(exc_small_val(a) - exc_small_val(b));
    if (exc_is_small(a)) return -mpz_sgn(exc_bignum_mpz(b));
    if (exc_is_small(b)) return mpz_sgn(exc_bignum_mpz(a));
    return sign3(mpz_cmp(exc_bignum_mpz(a), exc_bignum_mpz(b)));
}

static int cmp_numbers(exc_term a, exc_term b, int exact)
{
    bool fa = exc_is_float(a), fb = exc_is_float(b);
    if (!fa && !fb) return cmp_integers(a, b);
    if (fa && fb) return cmp_double(exc_float_val(a), exc_float_val(b));
    if (exact) return fa ? 1 : -1;
    return fa ? -cmp_int_double(b, exc_float_val(a)) : cmp_int_double(a, exc_float_val(b));
}

/* Bit-lexicographic order; a proper prefix comes first. Padding bits are ignored. */
static int cmp_bits(exc_term a, exc_term b)
{
    uint64_t na = exc_bitstring_bits(a), nb = exc_bitstring_bits(b), n = na < nb ? na : nb;
    const uint8_t *x = exc_binary_data(a), *y = exc_binary_data(b);
    int c = memcmp(x, y, (size_t)(n >> 3));
    if (c) return c < 0 ? -1 : 1;
    for (uint64_t i = n & ~(uint64_t)7; i < n; i++) {
        int d = exc_bitstring_bit(a, i) - exc_bitstring_bit(b, i);
        if (d) return d;
    }
    return cmp_u64(na, nb);
}

static int cmp_tuples(exc_term a, exc_term b, int exact)
{
    uint64_t n = exc_tuple_arity(a), m = exc_tuple_arity(b);
    if (n != m) return cmp_u64(n, m);
    for (uint64_t i = 0; i < n; i++) {
        int c = exci_term_compare(exc_tuple_elems(a)[i], exc_tuple_elems(b)[i], exact);
        if (c) return c;
    }
    return 0;
}

static int cmp_lists(exc_term a, exc_term b, int exact)
{
    while (exc_is_cons(a) && exc_is_cons(b)) {
        int c = exci_term_compare(exc_hd(a), exc_hd(b), exact);
        if (c) return c;
        a = exc_tl(a);
        b = exc_tl(b);
    }
    /* [] precedes a cons; improper tails compare as ordinary terms ([1] > [1 | 2]). */
    if (a == EXC_NIL_LIST && exc_is_cons(b)) return -1;
    if (b == EXC_NIL_LIST && exc_is_cons(a)) return 1;
    return exci_term_compare(a, b, exact);
}

/* Funs have no meaningful order in Elixir programs; any total order consistent with
** === will do: module, name, index, uniq, code address, then captured values. */
static int cmp_funs(exc_term a, exc_term b, int exact)
{
    const exc_fun *f = exc_fun_ptr(a), *g = exc_fun_ptr(b);
    if (f->info != g->info && f->info && g->info) {
        int c = strcmp(f->info->module, g->info->module);
        if (!c) c = strcmp(f->info->name, g->info->name);
        if (!c) c = (int)f->info->index - (int)g->info->index;
        if (c) return c < 0 ? -1 : 1;
    }
    if (f->code != g->code) return f->code < g->code ? -1 : 1;
    if (f->nfree != g->nfree) return f->nfree < g->nfree ? -1 : 1;
    for (uint32_t i = 0; i < f->nfree; i++) {
        int c = exci_term_compare(f->env[i], g->env[i], exact);
        if (c) return c;
    }
    return 0;
}

/* Map pairs in map-key order: small maps already are; HAMTs are sorted here. */
struct pair { exc_term k, v; };

static int cmp_pair_keys(const void *x, const void *y)
{
    return exci_term_compare(((const struct pair *)x)->k, ((const struct pair *)y)->k, 1);
}

static struct pair *sorted_pairs(exc_term m, size_t n)
{
    struct pair *p = malloc((n ? n : 1) * sizeof *p);
    if (!p) abort();
    exc_map_iter it;
    exc_map_iter_init(&it, m);
    for (size_t i = 0; exc_map_iter_next(&it, &p[i].k, &p[i].v); i++) {}
    if (exc_boxed_type(m) == EXC_T_HAMT) qsort(p, n, sizeof *p, cmp_pair_keys);
    return p;
}

/* Size first, then keys in map-key order, then values in key order. */
static int cmp_maps(exc_term a, exc_term b, int exact)
{
    size_t n = exc_map_size(a), m = exc_map_size(b);
    if (n != m) return cmp_u64(n, m);
    struct pair *x = sorted_pairs(a, n), *y = sorted_pairs(b, n);
    int c = 0;
    for (size_t i = 0; i < n && !c; i++) c = exci_term_compare(x[i].k, y[i].k, 1);
    for (size_t i = 0; i < n && !c; i++) c = exci_term_compare(x[i].v, y[i].v, exact);
    free(x);
    free(y);
    return c;
}

/* Deeply nested terms recurse deeply: on a process stack, move to a new segment
** when the current one runs low (exc/proc.h), as generated code does. */
struct grow_ctx {
    exc_term a, b;
    int exact, result;
};

static void compare_thunk(void *p)
{
    struct grow_ctx *c = p;
    c->result = exci_term_compare(c->a, c->b, c->exact);
}

int exci_term_compare(exc_term a, exc_term b, int exact)
{
    if (a == b) return 0;
    if (EXC_UNLIKELY(exc_stack_low())) {
        struct grow_ctx c = {a, b, exact, 0};
        exc_stack_grow(compare_thunk, &c);
        return c.result;
    }
    enum order_class ca = class_of(a), cb = class_of(b);
    if (ca != cb) return ca < cb ? -1 : 1;
    switch (ca) {
    case C_NUMBER: return cmp_numbers(a, b, exact);
    case C_ATOM: return exci_atom_compare(a, b);
    case C_REF: return cmp_u64(exc_ref_id(a), exc_ref_id(b));
    case C_FUN: return cmp_funs(a, b, exact);
    case C_PID: return cmp_u64(exc_pid_serial(a), exc_pid_serial(b));
    case C_TUPLE: return cmp_tuples(a, b, exact);
    case C_MAP: return cmp_maps(a, b, exact);
    case C_LIST: return cmp_lists(a, b, exact);
    case C_BITS: return cmp_bits(a, b);
    case C_PORT: break;
    }
    return cmp_u64(a, b);
}

int exc_compare(exc_term a, exc_term b) { return exci_term_compare(a, b, 0); }
int exc_compare_exact(exc_term a, exc_term b) { return exci_term_compare(a, b, 1); }

/* ---- equality ---------------------------------------------------------------- */

static bool eq(exc_term a, exc_term b, int exact);

static bool eq_maps(exc_term a, exc_term b, int exact)
{
    if (exc_map_size(a) != exc_map_size(b)) return false;
    exc_map_iter it;
    exc_term k, v;
    exc_map_iter_init(&it, a);
    while (exc_map_iter_next(&it, &k, &v)) {
        exc_term w = exc_map_get(b, k);
        if (w == EXC_NONE || !eq(v, w, exact)) return false;
    }
    return true;
}

static bool eq_boxed(exc_term a, exc_term b, int exact)
{
    enum exc_boxed_type ta = exc_boxed_type(a);
    if (ta != exc_boxed_type(b)) return !exact && exc_is_number(a) && exc_is_number(b) &&
                                        cmp_numbers(a, b, 0) == 0;
    switch (ta) {
    case EXC_T_TUPLE:
        if (exc_tuple_arity(a) != exc_tuple_arity(b)) return false;
        for (uint64_t i = 0; i < exc_tuple_arity(a); i++)
            if (!eq(exc_tuple_elems(a)[i], exc_tuple_elems(b)[i], exact)) return false;
        return true;
    case EXC_T_FLOAT: return exc_float_val(a) == exc_float_val(b);
    case EXC_T_BIGNUM: return mpz_cmp(exc_bignum_mpz(a), exc_bignum_mpz(b)) == 0;
    case EXC_T_BINARY: return exc_bitstring_bits(a) == exc_bitstring_bits(b) && cmp_bits(a, b) == 0;
    case EXC_T_MAP:
    case EXC_T_HAMT: return eq_maps(a, b, exact);
    case EXC_T_FUN: return cmp_funs(a, b, exact) == 0;
    case EXC_T_REF: return exc_ref_id(a) == exc_ref_id(b);
    }
    return false;
}

static void eq_thunk(void *p)
{
    struct grow_ctx *c = p;
    c->result = eq(c->a, c->b, c->exact);
}

static bool eq(exc_term a, exc_term b, int exact)
{
    if (EXC_UNLIKELY(exc_stack_low())) {
        struct grow_ctx c = {a, b, exact, 0};
        exc_stack_grow(eq_thunk, &c);
        return c.result;
    }
    for (;;) {
        if (a == b) return true;
        if (exc_is_cons(a) && exc_is_cons(b)) {
            if (!eq(exc_hd(a), exc_hd(b), exact)) return false;
            a = exc_tl(a);
            b = exc_tl(b);
            continue;
        }
        if (exc_is_boxed(a) && exc_is_boxed(b)) return eq_boxed(a, b, exact);
        /* A small integer can only equal a float (bignums never hold small values). */
        if (exact) return false;
        if (exc_is_small(a) && exc_is_float(b)) return cmp_int_double(a, exc_float_val(b)) == 0;
        if (exc_is_small(b) && exc_is_float(a)) return cmp_int_double(b, exc_float_val(a)) == 0;
        return false;
    }
}

bool exc_eq(exc_term a, exc_term b) { return eq(a, b, 0); }
bool exc_eq_exact(exc_term a, exc_term b) { return eq(a, b, 1); }

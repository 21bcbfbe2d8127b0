/* Maps beyond 32 keys list their keys in BEAM's order: generated cases of every key
** kind, 33..10,000 keys, against orders recorded from real Elixir by
** hamt_order_ref.exs (keep the generators below in step with its key/2). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "exc.h"
#include "hamt_order_ref.h"

static void init(void)
{
    exc_gc_init();
    exc_term_init();
}
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

static exc_term str(const char *fmt, int i)
{
    char buf[80];
    snprintf(buf, sizeof buf, fmt, i);
    return exc_binary_cstr(buf);
}

static exc_term shl(int64_t v, int64_t by) { return exc_int_bsl(exc_small(v), exc_small(by)); }

static exc_term key(const char *kind, int i);

static exc_term list2(exc_term a, exc_term b) { return exc_cons(a, exc_cons(b, EXC_NIL_LIST)); }

static exc_term bits_be(int i, int nbits)
{
    uint8_t b[4] = {0};
    uint32_t v = (uint32_t)i << (32 - nbits);
    for (int k = 0; k < 4; k++) b[k] = (uint8_t)(v >> (24 - 8 * k));
    return exc_bitstring(b, (uint64_t)nbits);
}

static exc_term key_compound(const char *kind, int i)
{
    if (!strcmp(kind, "tuple")) return exc_tuple2(exc_small(i), str("s%d", i));
    if (!strcmp(kind, "list"))
        return exc_cons(exc_small(i), list2(exc_small(i % 300), exc_small(7)));
    if (!strcmp(kind, "charlist")) {
        char buf[32];
        exc_term items[32];
        int n = snprintf(buf, sizeof buf, "key%d", i);
        for (int k = 0; k < n; k++) items[k] = exc_small(buf[k]);
        return exc_list_from_array(items, (size_t)n);
    }
    if (!strcmp(kind, "improper")) return exc_cons(exc_small(300 + i), exc_small(i));
    if (!strcmp(kind, "smallmap")) {
        exc_term ks[2] = {exc_small(i), exc_binary_cstr("x")};
        exc_term vs[2] = {exc_cons(exc_small(i), EXC_NIL_LIST), exc_float(i * 1.5)};
        return exc_map_from_arrays(ks, vs, 2);
    }
    if (!strcmp(kind, "bigmap")) {
        exc_term m = exc_map_empty();
        for (int j = 1; j <= 300; j++) m = exc_map_put(m, exc_small(j), exc_small((int64_t)j * i));
        return m;
    }
    if (!strcmp(kind, "nested")) {
        exc_term inner = exc_map_put(exc_map_empty(), exc_small(i), exc_cons(exc_small(i), EXC_NIL_LIST));
        exc_term l = list2(exc_small(i), exc_tuple2(exc_binary_cstr("x"), exc_float(i * 1.5)));
        return exc_tuple4(exc_small(i), l, inner, bits_be(i, 24));
    }
    switch (i % 6) { /* mixed */
    case 0: return exc_small(i);
    case 1: return exc_float(i + 0.5);
    case 2: return str("m%d", i);
    case 3: return exc_tuple_from_array((exc_term[]){exc_small(i)}, 1);
    case 4: return list2(exc_small(i), exc_small(i));
    default: return key("big", i);
    }
}

static exc_term key(const char *kind, int i)
{
    const int64_t e59 = (int64_t)1 << 59;
    if (!strcmp(kind, "int")) return exc_small(i);
    if (!strcmp(kind, "spread")) return exc_small((int64_t)i * 2654435761LL % 1000003 - 500000);
    if (!strcmp(kind, "edge60")) return exc_integer_from_i64(e59 - 40 + i);
    if (!strcmp(kind, "negedge60")) return exc_integer_from_i64(-e59 + 40 - i);
    if (!strcmp(kind, "big")) return exc_int_add(exc_int_mul(exc_small(i), shl(1, 61)), exc_small(i));
    if (!strcmp(kind, "huge")) return exc_int_sub(exc_int_neg(shl(i, 130)), exc_small(i));
    if (!strcmp(kind, "float")) return exc_float(i / 4.0);
    if (!strcmp(kind, "negfloat")) return exc_float((double)-i * 1.5e10);
    if (!strcmp(kind, "str")) return str("k%d", i);
    if (!strcmp(kind, "longstr")) {
        char buf[80] = "";
        for (int k = 0; k < i % 5; k++) strcat(buf, "abcdefghij");
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%d", i);
        return exc_binary_cstr(buf);
    }
    if (!strcmp(kind, "bits")) return bits_be(i, 13);
    return key_compound(kind, i);
}

/* Map.values of the map built from key i => i must be the recorded order; the
** :maps.iterator order must be its reverse. */
static bool order_ok(exc_term m, const struct hor_case *c)
{
    if (exc_map_size(m) != (size_t)c->n) return false;
    exc_term vals = exc_map_values(m);
    for (int i = 0; i < c->n; i++, vals = exc_tl(vals))
        if (exc_hd(vals) != exc_small(c->order[i])) return false;
    exc_map_iter it;
    exc_term k, v;
    int i = c->n;
    exc_map_iter_init_fold(&it, m);
    while (exc_map_iter_next(&it, &k, &v))
        if (i == 0 || v != exc_small(c->order[--i])) return false;
    if (i != 0) return false;
    exc_term pairs = exc_map_to_list_fold(m);
    for (i = c->n; i-- > 0; pairs = exc_tl(pairs))
        if (exc_tuple_elems(exc_hd(pairs))[1] != exc_small(c->order[i])) return false;
    return true;
}

#define NCASES (sizeof hor_cases / sizeof hor_cases[0])

TEST(order_by_puts)
{
    for (size_t c = 0; c < NCASES; c++) {
        exc_term m = exc_map_empty();
        for (int i = 1; i <= hor_cases[c].n; i++) m = exc_map_put(m, key(hor_cases[c].kind, i), exc_small(i));
        if (!order_ok(m, &hor_cases[c])) fprintf(stderr, "case %s/%d\n", hor_cases[c].kind, hor_cases[c].n);
        CHECK(order_ok(m, &hor_cases[c]));
    }
}

/* Bulk construction, with the keys given backwards and every key given twice. */
TEST(order_by_from_arrays)
{
    for (size_t c = 0; c < NCASES; c++) {
        int n = hor_cases[c].n;
        exc_term *ks = exc_alloc(2 * (size_t)n * sizeof(exc_term)), *vs = exc_alloc(2 * (size_t)n * sizeof(exc_term));
        for (int i = 0; i < n; i++) {
            ks[i] = key(hor_cases[c].kind, n - i), vs[i] = exc_small(-1);
            ks[n + i] = key(hor_cases[c].kind, n - i), vs[n + i] = exc_small(n - i);
        }
        CHECK(order_ok(exc_map_from_arrays(ks, vs, 2 * (size_t)n), &hor_cases[c]));
    }
}

/* Deleting down to the case's keys leaves the same trie as building it. */
TEST(order_after_deletes)
{
    for (size_t c = 0; c < NCASES; c++) {
        if (hor_cases[c].n > 2000) continue;
        int n = hor_cases[c].n;
        exc_term m = exc_map_empty();
        for (int i = 1; i <= n + 50; i++) m = exc_map_put(m, key(hor_cases[c].kind, i), exc_small(i));
        for (int i = n + 50; i > n; i--) m = exc_map_delete(m, key(hor_cases[c].kind, i));
        CHECK(order_ok(m, &hor_cases[c]));
    }
}

/* The BEAM hash follows ===: keys built another way (binary slices, bignums from
** text, -0.0, a HAMT key filled in another order) find the same entries. */
TEST(equal_keys_built_differently)
{
    exc_term big_map_a = exc_map_empty(), big_map_b = exc_map_empty();
    for (int j = 0; j < 100; j++) {
        big_map_a = exc_map_put(big_map_a, exc_small(j), exc_small(j));
        big_map_b = exc_map_put(big_map_b, exc_small(99 - j), exc_small(99 - j));
    }
    exc_term a[] = {exc_binary_cstr("hello"), exc_bitstring((uint8_t[]){0xAB, 0xC0}, 11),
                    exc_integer_from_str("123456789012345678901234567890", 10), exc_float(0.0),
                    exc_integer_from_str("576460752303423488", 10), big_map_a,
                    exc_tuple2(exc_binary_cstr("lo"), exc_float(-0.0))};
    exc_term b[] = {exc_binary_slice(exc_binary_cstr("xhellox"), 1, 5),
                    exc_bitstring_slice(exc_bitstring((uint8_t[]){0xAB, 0xDF}, 16), 0, 11),
                    exc_int_mul(exc_integer_from_str("12345678901234567890123456789", 10), exc_small(10)),
                    exc_float(-0.0), exc_int_bsl(exc_small(1), exc_small(59)), big_map_b,
                    exc_tuple2(exc_binary_slice(exc_binary_cstr("hello"), 3, 2), exc_float(0.0))};
    enum { N = sizeof a / sizeof a[0] };
    exc_term m = exc_map_empty();
    for (int i = 0; i < 40; i++) m = exc_map_put(m, exc_small(1000 + i), exc_small(i));
    for (int i = 0; i < N; i++) m = exc_map_put(m, a[i], exc_small(-i));
    for (int i = 0; i < N; i++) CHECK(exc_eq_exact(a[i], b[i]) && exc_map_get(m, b[i]) == exc_small(-i));
    CHECK(exc_map_size(exc_map_delete(m, b[5])) == 40 + N - 1);
}

/* Atom keys cannot follow BEAM (it hashes atoms by table index), but their order must
** not depend on how the map was built, and === terms must hash alike. */
TEST(atom_keys_stable)
{
    enum { N = 100 };
    exc_term a = exc_map_empty(), b = exc_map_empty();
    char buf[32];
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof buf, "hamt_order_atom_%d", i);
        a = exc_map_put(a, exc_atom(buf), exc_small(i));
        snprintf(buf, sizeof buf, "hamt_order_atom_%d", N - 1 - i);
        b = exc_map_put(b, exc_atom(buf), exc_small(N - 1 - i));
    }
    CHECK(exc_eq_exact(exc_map_to_list(a), exc_map_to_list(b)));
    CHECK(exc_eq_exact(a, b) && exc_hash(a) == exc_hash(b));
}

TEST_MAIN()

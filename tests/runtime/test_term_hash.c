/* exc_hash: consistency with === on the reference terms, and spread. */
#include "check.h"
#include "exc.h"

#include "term_ref.h"

static void init(void)
{
    exc_gc_init();
    exc_term_init();
}
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(hash_consistent_with_exact_equality)
{
    exc_term t[REF_N], u[REF_N];
    ref_terms(t);
    ref_terms(u); /* separately built copies */
    for (int i = 0; i < REF_N; i++) {
        CHECK(exc_hash(t[i]) == exc_hash(u[i]) || exc_is_ref(t[i]));
        for (int j = 0; j < REF_N; j++)
            if (ref_eqx[i][j]) CHECK(exc_hash(t[i]) == exc_hash(t[j]));
    }
}

TEST(hash_negative_zero)
{
    CHECK(exc_hash(exc_float(0.0)) == exc_hash(exc_float(-0.0)));
}

TEST(hash_distinguishes_int_and_float)
{
    CHECK(exc_hash(exc_small(1)) != exc_hash(exc_float(1.0)));
}

TEST(hash_slices_and_fresh_binaries_agree)
{
    exc_term whole = exc_binary_cstr("hello world");
    exc_term slice = exc_binary_slice(whole, 6, 5);
    CHECK(exc_hash(slice) == exc_hash(exc_binary_cstr("world")));
    /* A bitstring slice whose padding bits come from the parent. */
    exc_term bits = exc_bitstring_slice(whole, 0, 13);
    uint8_t b[2] = {'h', 'e' & 0xF8};
    CHECK(exc_hash(bits) == exc_hash(exc_bitstring(b, 13)));
    CHECK(exc_eq_exact(bits, exc_bitstring(b, 13)));
}

TEST(hash_map_independent_of_build_order)
{
    exc_term a = exc_map_empty(), b = exc_map_empty();
    for (int i = 0; i < 100; i++) a = exc_map_put(a, exc_small(i), exc_small(i * i));
    for (int i = 99; i >= 0; i--) b = exc_map_put(b, exc_small(i), exc_small(i * i));
    CHECK(exc_hash(a) == exc_hash(b));
    CHECK(exc_eq_exact(a, b));
}

TEST(hash_spread_of_small_integers)
{
    /* Low 5 bits (a HAMT level) should be roughly uniform over 0..31. */
    int bucket[32] = {0};
    for (int i = 0; i < 32000; i++) bucket[exc_hash(exc_small(i)) & 31]++;
    for (int i = 0; i < 32; i++) CHECK(bucket[i] > 800 && bucket[i] < 1200);
}

TEST_MAIN()

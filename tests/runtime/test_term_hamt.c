/* HAMT maps (> 32 keys): growth from small maps, shrinking back, persistence,
** collisions on 64-bit hashes being impossible to force, deep tries, iteration. */
#include "check.h"
#include "exc.h"

static void init(void)
{
    exc_gc_init();
    exc_term_init();
}
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

static exc_term range_map(int n)
{
    exc_term m = exc_map_empty();
    for (int i = 0; i < n; i++) m = exc_map_put(m, exc_small(i), exc_small(-i));
    return m;
}

TEST(switch_at_33_keys)
{
    exc_term m32 = range_map(32);
    CHECK(exc_boxed_type(m32) == EXC_T_MAP);
    exc_term m33 = exc_map_put(m32, exc_small(32), exc_small(-32));
    CHECK(exc_boxed_type(m33) == EXC_T_HAMT && exc_is_map(m33));
    CHECK(exc_map_size(m33) == 33);
    for (int i = 0; i < 33; i++) CHECK(exc_map_get(m33, exc_small(i)) == exc_small(-i));
    exc_term back = exc_map_delete(m33, exc_small(7));
    CHECK(exc_boxed_type(back) == EXC_T_MAP && exc_map_size(back) == 32);
    CHECK(exc_map_get(back, exc_small(7)) == EXC_NONE && exc_map_get(back, exc_small(8)) == exc_small(-8));
}

TEST(large_put_get_delete)
{
    enum { N = 20000 };
    exc_term m = range_map(N);
    CHECK(exc_map_size(m) == N);
    for (int i = 0; i < N; i++) CHECK(exc_map_get(m, exc_small(i)) == exc_small(-i));
    CHECK(exc_map_get(m, exc_small(N)) == EXC_NONE);
    exc_term d = m;
    for (int i = 0; i < N; i += 2) d = exc_map_delete(d, exc_small(i));
    CHECK(exc_map_size(d) == N / 2);
    for (int i = 0; i < N; i++)
        CHECK(exc_map_get(d, exc_small(i)) == (i % 2 ? exc_small(-i) : EXC_NONE));
    CHECK(exc_map_size(m) == N); /* the original is untouched */
    for (int i = 1; i < N; i += 2) d = exc_map_delete(d, exc_small(i));
    CHECK(exc_map_size(d) == 0 && exc_boxed_type(d) == EXC_T_MAP);
}

TEST(put_existing_and_same_value)
{
    exc_term m = range_map(100);
    CHECK(exc_map_put(m, exc_small(50), exc_small(-50)) == m);
    exc_term n = exc_map_put(m, exc_small(50), EXC_A(ok));
    CHECK(exc_map_size(n) == 100 && exc_map_get(n, exc_small(50)) == EXC_A(ok));
    CHECK(exc_map_get(m, exc_small(50)) == exc_small(-50));
    CHECK(exc_map_delete(m, exc_small(1000)) == m);
}

TEST(iteration_visits_all_once)
{
    enum { N = 5000 };
    exc_term m = range_map(N);
    static char seen[N];
    exc_map_iter it;
    exc_term k, v;
    exc_map_iter_init(&it, m);
    int n = 0;
    while (exc_map_iter_next(&it, &k, &v)) {
        int64_t i = exc_small_val(k);
        CHECK(i >= 0 && i < N && !seen[i] && v == exc_small(-i));
        seen[i] = 1;
        n++;
    }
    CHECK(n == N);
    CHECK(exc_list_length(exc_map_keys(m)) == N);
}

TEST(equality_independent_of_history)
{
    exc_term a = range_map(300);
    exc_term b = exc_map_empty();
    for (int i = 299; i >= 0; i--) b = exc_map_put(b, exc_small(i), exc_small(-i));
    b = exc_map_put(b, EXC_A(ok), EXC_A(ok));
    b = exc_map_delete(b, EXC_A(ok));
    CHECK(exc_eq_exact(a, b) && exc_compare(a, b) == 0);
    exc_term c = exc_map_put(a, exc_small(299), exc_float(-299.0));
    CHECK(exc_eq(a, c) && !exc_eq_exact(a, c));
    CHECK(exc_compare(a, exc_map_put(a, exc_small(5), exc_small(0))) < 0);
}

TEST(mixed_key_types)
{
    exc_term m = exc_map_empty();
    char buf[32];
    for (int i = 0; i < 200; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        m = exc_map_put(m, exc_binary_cstr(buf), exc_small(i));
        m = exc_map_put(m, exc_atom(buf), exc_small(-i));
        m = exc_map_put(m, exc_tuple2(exc_small(i), exc_float(i)), EXC_A(ok));
    }
    CHECK(exc_map_size(m) == 600);
    CHECK(exc_map_get(m, exc_binary_cstr("key77")) == exc_small(77));
    CHECK(exc_map_get(m, exc_atom("key77")) == exc_small(-77));
    CHECK(exc_map_get(m, exc_tuple2(exc_small(77), exc_float(77))) == EXC_A(ok));
    CHECK(exc_map_get(m, exc_tuple2(exc_small(77), exc_small(77))) == EXC_NONE);
}

TEST(survives_collection)
{
    exc_term m = range_map(3000);
    for (int i = 0; i < 50; i++) range_map(100);
    exc_gc_collect();
    for (int i = 0; i < 3000; i++) CHECK(exc_map_get(m, exc_small(i)) == exc_small(-i));
}

TEST(from_arrays_matches_puts)
{
    enum { N = 3000 };
    static exc_term k[N + 100], v[N + 100];
    for (int i = 0; i < N; i++) k[i] = exc_small((i * 7919) % N), v[i] = exc_small(i);
    for (int i = 0; i < 100; i++) k[N + i] = exc_small(i), v[N + i] = EXC_A(ok); /* repeats */
    exc_term a = exc_map_from_arrays(k, v, N + 100);
    exc_term b = exc_map_empty();
    for (int i = 0; i < N + 100; i++) b = exc_map_put(b, k[i], v[i]);
    CHECK(exc_map_size(a) == N && exc_eq_exact(a, b) && exc_hash(a) == exc_hash(b));
    CHECK(exc_map_get(a, exc_small(5)) == EXC_A(ok));
    CHECK(exc_map_get(a, exc_small(N - 1)) == exc_map_get(b, exc_small(N - 1)));
    /* Same shape as the put-built trie: deleting everything through either works. */
    for (int i = 0; i < N; i++) a = exc_map_delete(a, exc_small(i));
    CHECK(exc_map_size(a) == 0);
}

TEST(from_arrays_duplicates_shrink_to_small)
{
    exc_term k[40], v[40];
    for (int i = 0; i < 40; i++) k[i] = exc_small(i % 10), v[i] = exc_small(i);
    exc_term m = exc_map_from_arrays(k, v, 40);
    CHECK(exc_boxed_type(m) == EXC_T_MAP && exc_map_size(m) == 10);
    CHECK(exc_map_get(m, exc_small(3)) == exc_small(33));
}

TEST_MAIN()

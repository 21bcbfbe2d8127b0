/* Small sorted maps: put/get/delete/size, persistence, iteration order, equality. */
#include "check.h"
#include "exc.h"

static void init(void)
{
    exc_gc_init();
    exc_term_init();
}
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(empty_map)
{
    exc_term m = exc_map_empty();
    CHECK(exc_is_map(m) && exc_map_size(m) == 0);
    CHECK(exc_map_get(m, EXC_A(ok)) == EXC_NONE);
    CHECK(exc_map_keys(m) == EXC_NIL_LIST);
    CHECK(exc_map_delete(m, EXC_A(ok)) == m);
}

TEST(put_get)
{
    exc_term m = exc_map_put(exc_map_empty(), EXC_A(ok), exc_small(1));
    m = exc_map_put(m, exc_binary_cstr("k"), exc_small(2));
    CHECK(exc_map_size(m) == 2);
    CHECK(exc_map_get(m, EXC_A(ok)) == exc_small(1));
    CHECK(exc_map_get(m, exc_binary_cstr("k")) == exc_small(2));
    CHECK(exc_map_get(m, EXC_A(error)) == EXC_NONE);
}

TEST(put_is_persistent)
{
    exc_term a = exc_map_put(exc_map_empty(), EXC_A(ok), exc_small(1));
    exc_term b = exc_map_put(a, EXC_A(ok), exc_small(2));
    exc_term c = exc_map_put(a, EXC_A(error), exc_small(3));
    CHECK(exc_map_get(a, EXC_A(ok)) == exc_small(1) && exc_map_size(a) == 1);
    CHECK(exc_map_get(b, EXC_A(ok)) == exc_small(2));
    CHECK(exc_map_size(c) == 2);
    CHECK(exc_map_put(a, EXC_A(ok), exc_small(1)) == a);
}

TEST(keys_distinguish_int_and_float)
{
    exc_term m = exc_map_put(exc_map_empty(), exc_small(1), exc_atom("a"));
    m = exc_map_put(m, exc_float(1.0), exc_atom("b"));
    CHECK(exc_map_size(m) == 2);
    CHECK(exc_map_get(m, exc_small(1)) == exc_atom("a"));
    CHECK(exc_map_get(m, exc_float(1.0)) == exc_atom("b"));
}

TEST(structured_keys)
{
    exc_term k1 = exc_tuple2(EXC_A(ok), exc_binary_cstr("x"));
    exc_term m = exc_map_put(exc_map_empty(), k1, exc_small(7));
    CHECK(exc_map_get(m, exc_tuple2(EXC_A(ok), exc_binary_cstr("x"))) == exc_small(7));
    CHECK(exc_map_get(m, exc_tuple2(EXC_A(ok), exc_binary_cstr("y"))) == EXC_NONE);
}

TEST(delete)
{
    exc_term m = exc_map_empty();
    for (int i = 0; i < 10; i++) m = exc_map_put(m, exc_small(i), exc_small(i * 10));
    exc_term d = exc_map_delete(m, exc_small(4));
    CHECK(exc_map_size(d) == 9 && exc_map_get(d, exc_small(4)) == EXC_NONE);
    CHECK(exc_map_size(m) == 10 && exc_map_get(m, exc_small(4)) == exc_small(40));
    CHECK(exc_map_delete(d, exc_small(4)) == d);
    CHECK(exc_map_get(d, exc_small(5)) == exc_small(50));
}

TEST(iteration_in_key_order)
{
    exc_term m = exc_map_empty();
    int order[] = {5, 3, 9, 1, 7};
    for (int i = 0; i < 5; i++) m = exc_map_put(m, exc_small(order[i]), exc_small(order[i] * 2));
    exc_map_iter it;
    exc_term k, v, prev = EXC_NONE;
    exc_map_iter_init(&it, m);
    int n = 0;
    while (exc_map_iter_next(&it, &k, &v)) {
        CHECK(prev == EXC_NONE || exc_compare(prev, k) < 0);
        CHECK(v == exc_small(exc_small_val(k) * 2));
        prev = k;
        n++;
    }
    CHECK(n == 5);
    exc_term want[] = {exc_small(1), exc_small(3), exc_small(5), exc_small(7), exc_small(9)};
    CHECK(exc_eq_exact(exc_map_keys(m), exc_list_from_array(want, 5)));
    CHECK(exc_list_length(exc_map_values(m)) == 5);
    CHECK(exc_eq_exact(exc_hd(exc_map_to_list(m)), exc_tuple2(exc_small(1), exc_small(2))));
}

TEST(from_arrays_last_wins)
{
    exc_term k[] = {EXC_A(ok), EXC_A(error), EXC_A(ok)};
    exc_term v[] = {exc_small(1), exc_small(2), exc_small(3)};
    exc_term m = exc_map_from_arrays(k, v, 3);
    CHECK(exc_map_size(m) == 2 && exc_map_get(m, EXC_A(ok)) == exc_small(3));
}

TEST(map_equality)
{
    exc_term a = exc_map_put(exc_map_empty(), exc_atom("x"), exc_small(1));
    exc_term b = exc_map_put(exc_map_empty(), exc_atom("x"), exc_float(1.0));
    CHECK(exc_eq(a, b) && !exc_eq_exact(a, b));
    CHECK(exc_eq_exact(a, exc_map_put(exc_map_empty(), exc_atom("x"), exc_small(1))));
}

TEST(from_arrays_sorts_keys)
{
    exc_term k[] = {exc_small(3), exc_float(1.0), exc_small(1), exc_atom("z"), exc_small(3)};
    exc_term v[] = {exc_small(0), exc_small(1), exc_small(2), exc_small(3), exc_small(4)};
    exc_term m = exc_map_from_arrays(k, v, 5);
    exc_term want = exc_map_empty();
    for (int i = 0; i < 5; i++) want = exc_map_put(want, k[i], v[i]);
    CHECK(exc_map_size(m) == 4 && exc_eq_exact(m, want));
    CHECK(exc_eq_exact(exc_map_keys(m), exc_map_keys(want)));
    CHECK(exc_map_get(m, exc_small(3)) == exc_small(4));
    CHECK(exc_map_from_arrays(NULL, NULL, 0) == exc_map_empty());
}

TEST_MAIN()

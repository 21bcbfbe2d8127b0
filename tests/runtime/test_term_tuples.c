/* Tuples. */
#include "check.h"
#include "exc.h"

static void init(void) { exc_gc_init(); }
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(tuple_constructors)
{
    exc_term t = exc_tuple3(exc_small(1), EXC_A(ok), EXC_NIL_LIST);
    CHECK(exc_is_tuple(t) && exc_tuple_arity(t) == 3);
    CHECK(exc_tuple_elems(t)[1] == EXC_A(ok));
    CHECK(exc_tuple_arity(exc_tuple2(exc_small(1), exc_small(3))) == 2);
    CHECK(exc_tuple_arity(exc_tuple4(exc_small(1), exc_small(2), exc_small(3), exc_small(4))) == 4);
    exc_term t5 = exc_tuple5(exc_small(1), exc_small(2), exc_small(3), exc_small(4), exc_small(5));
    CHECK(exc_tuple_elems(t5)[4] == exc_small(5));
}

TEST(tuple_empty)
{
    exc_term t = exc_tuple_new(0);
    CHECK(exc_is_tuple(t) && exc_tuple_arity(t) == 0);
    CHECK(exc_eq_exact(t, exc_tuple_from_array(NULL, 0)));
}

TEST(tuple_from_array_copies)
{
    exc_term items[] = {exc_small(1), exc_small(2)};
    exc_term t = exc_tuple_from_array(items, 2);
    items[0] = exc_small(9);
    CHECK(exc_tuple_elems(t)[0] == exc_small(1));
}

TEST(tuple_is_not_other_types)
{
    exc_term t = exc_tuple_new(1);
    exc_tuple_elems(t)[0] = exc_small(0);
    CHECK(!exc_is_map(t) && !exc_is_float(t) && !exc_is_list(t) && !exc_is_binary(t));
    CHECK(!exc_is_tuple(exc_small(1)) && !exc_is_tuple(EXC_NIL_LIST) && !exc_is_tuple(EXC_A_nil));
}

TEST_MAIN()

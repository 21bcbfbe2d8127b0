/* Equality, order and hashing of very deeply nested terms inside a process: the
** recursion moves to new stack segments instead of overflowing (exc_stack_grow). */
#include "test_proc_util.h"

enum { DEPTH = 200000 };

/* {DEPTH, {DEPTH-1, ... {1, leaf}}} */
static exc_term nested_tuples(exc_term leaf)
{
    exc_term t = leaf;
    for (int i = 1; i <= DEPTH; i++) t = exc_tuple2(exc_small(i), t);
    return t;
}

/* [[[...[leaf]...]]] : nesting in the head, which list iteration cannot flatten. */
static exc_term nested_heads(exc_term leaf)
{
    exc_term t = leaf;
    for (int i = 0; i < DEPTH; i++) t = exc_cons(t, EXC_NIL_LIST);
    return t;
}

static void deep_tuples_body(void)
{
    exc_term a = nested_tuples(exc_small(0)), b = nested_tuples(exc_small(0));
    exc_term c = nested_tuples(exc_float(0.0));
    CHECK(exc_eq_exact(a, b) && exc_hash(a) == exc_hash(b));
    CHECK(exc_eq(a, c) && !exc_eq_exact(a, c));
    CHECK(exc_compare(a, c) == 0 && exc_compare_exact(a, c) < 0);
}

TEST(deep_nested_tuples)
{
    CHECK(run_main(deep_tuples_body) == 0);
}

static void deep_heads_body(void)
{
    exc_term a = nested_heads(exc_small(1)), b = nested_heads(exc_small(2));
    CHECK(!exc_eq(a, b) && exc_compare(a, b) < 0);
    CHECK(exc_hash(a) != exc_hash(b));
    CHECK(exc_eq_exact(a, nested_heads(exc_small(1))));
}

TEST(deep_nested_list_heads)
{
    CHECK(run_main(deep_heads_body) == 0);
}

TEST_MAIN()

/* Cons cells and list helpers. */
#include "check.h"
#include "exc.h"

static void init(void) { exc_gc_init(); }
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(cons_head_tail)
{
    exc_term l = exc_cons(exc_small(1), EXC_NIL_LIST);
    CHECK(exc_is_cons(l) && exc_is_list(l));
    CHECK(exc_hd(l) == exc_small(1));
    CHECK(exc_tl(l) == EXC_NIL_LIST);
}

TEST(list_from_array_and_length)
{
    exc_term items[] = {exc_small(1), exc_small(2), exc_small(3)};
    exc_term l = exc_list_from_array(items, 3);
    CHECK(exc_list_length(l) == 3);
    CHECK(exc_hd(exc_tl(exc_tl(l))) == exc_small(3));
    CHECK(exc_list_from_array(items, 0) == EXC_NIL_LIST);
    CHECK(exc_list_length(EXC_NIL_LIST) == 0);
}

TEST(improper_list)
{
    exc_term items[] = {exc_small(1), exc_small(2)};
    exc_term l = exc_list_from_array_tail(items, 2, exc_small(3));
    CHECK(exc_list_length(l) == -1);
    CHECK(exc_list_reverse(l) == EXC_NONE);
    CHECK(exc_list_append(l, EXC_NIL_LIST) == EXC_NONE);
    CHECK(exc_tl(exc_tl(l)) == exc_small(3));
}

TEST(list_reverse)
{
    exc_term items[] = {exc_small(1), exc_small(2), exc_small(3)};
    exc_term want[] = {exc_small(3), exc_small(2), exc_small(1)};
    CHECK(exc_eq_exact(exc_list_reverse(exc_list_from_array(items, 3)), exc_list_from_array(want, 3)));
    CHECK(exc_list_reverse(EXC_NIL_LIST) == EXC_NIL_LIST);
}

TEST(list_append)
{
    exc_term a[] = {exc_small(1), exc_small(2)}, b[] = {exc_small(3)};
    exc_term all[] = {exc_small(1), exc_small(2), exc_small(3)};
    exc_term lb = exc_list_from_array(b, 1);
    exc_term r = exc_list_append(exc_list_from_array(a, 2), lb);
    CHECK(exc_eq_exact(r, exc_list_from_array(all, 3)));
    CHECK(exc_tl(exc_tl(r)) == lb); /* the right operand is shared */
    CHECK(exc_list_append(EXC_NIL_LIST, exc_small(5)) == exc_small(5));
    /* [1] ++ 2 is the improper list [1 | 2]. */
    exc_term imp = exc_list_append(exc_list_from_array(a, 1), exc_small(2));
    CHECK(exc_tl(imp) == exc_small(2));
}

TEST(list_to_array)
{
    exc_term items[] = {exc_atom("a"), exc_atom("b")};
    size_t n;
    exc_term *arr = exc_list_to_array(exc_list_from_array(items, 2), &n);
    CHECK(n == 2 && arr[0] == items[0] && arr[1] == items[1]);
    CHECK(exc_list_to_array(EXC_NIL_LIST, &n) != NULL && n == 0);
    CHECK(exc_list_to_array(exc_cons(exc_small(1), exc_small(2)), &n) == NULL);
}

TEST(long_list_survives_collection)
{
    exc_term l = EXC_NIL_LIST;
    for (int i = 0; i < 100000; i++) l = exc_cons(exc_small(i), l);
    exc_gc_collect();
    int64_t sum = 0;
    for (exc_term p = l; exc_is_cons(p); p = exc_tl(p)) sum += exc_small_val(exc_hd(p));
    CHECK(sum == (int64_t)99999 * 100000 / 2);
    CHECK(exc_list_length(l) == 100000);
}

TEST_MAIN()

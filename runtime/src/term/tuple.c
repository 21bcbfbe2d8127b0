/* Tuples: header(arity, EXC_T_TUPLE) followed by the elements. */
#include "term_internal.h"

#include <string.h>

#include "exc/alloc.h"

exc_term exc_tuple_new(size_t arity)
{
    exc_term *p = exc_alloc((arity + 1) * sizeof(exc_term));
    p[0] = exc_header(arity, EXC_T_TUPLE);
    return (exc_term)(uintptr_t)p;
}

exc_term exc_tuple_from_array(const exc_term *items, size_t arity)
{
    exc_term t = exc_tuple_new(arity);
    if (arity) memcpy(exc_tuple_elems(t), items, arity * sizeof(exc_term));
    return t;
}

exc_term exc_tuple2(exc_term a, exc_term b)
{
    exc_term items[] = {a, b};
    return exc_tuple_from_array(items, 2);
}

exc_term exc_tuple3(exc_term a, exc_term b, exc_term c)
{
    exc_term items[] = {a, b, c};
    return exc_tuple_from_array(items, 3);
}

exc_term exc_tuple4(exc_term a, exc_term b, exc_term c, exc_term d)
{
    exc_term items[] = {a, b, c, d};
    return exc_tuple_from_array(items, 4);
}

exc_term exc_tuple5(exc_term a, exc_term b, exc_term c, exc_term d, exc_term e)
{
    exc_term items[] = {a, b, c, d, e};
    return exc_tuple_from_array(items, 5);
}

/* Cons cells and proper-list helpers. A cons cell is two words {head, tail}; the term
** is the cell's address tagged with 2. */
#include "term_internal.h"

#include "exc/alloc.h"

exc_term exc_cons(exc_term head, exc_term tail)
{
    exc_term *cell = exc_alloc(2 * sizeof(exc_term));
    cell[0] = head;
    cell[1] = tail;
    return (exc_term)(uintptr_t)cell | 2;
}

exc_term exc_list_from_array_tail(const exc_term *items, size_t n, exc_term tail)
{
    /* One allocation for all cells: they stay alive together, which is fine because
    ** Boehm keeps the whole block as long as any cell is referenced. */
    if (n == 0) return tail;
    exc_term *cells = exc_alloc(2 * n * sizeof(exc_term));
    for (size_t i = 0; i < n; i++) {
        cells[2 * i] = items[i];
        cells[2 * i + 1] = i + 1 < n ? ((exc_term)(uintptr_t)&cells[2 * i + 2] | 2) : tail;
    }
    return (exc_term)(uintptr_t)cells | 2;
}

exc_term exc_list_from_array(const exc_term *items, size_t n)
{
    return exc_list_from_array_tail(items, n, EXC_NIL_LIST);
}

int64_t exc_list_length(exc_term list)
{
    int64_t n = 0;
    for (; exc_is_cons(list); list = exc_tl(list)) n++;
    return list == EXC_NIL_LIST ? n : -1;
}

exc_term exc_list_reverse(exc_term list)
{
    exc_term r = EXC_NIL_LIST;
    exc_term l = list;
    for (; exc_is_cons(l); l = exc_tl(l)) r = exc_cons(exc_hd(l), r);
    return l == EXC_NIL_LIST ? r : EXC_NONE;
}

exc_term *exc_list_to_array(exc_term list, size_t *n)
{
    int64_t len = exc_list_length(list);
    if (len < 0) return NULL;
    exc_term *a = exc_alloc((size_t)len * sizeof(exc_term) + sizeof(exc_term));
    size_t i = 0;
    for (; exc_is_cons(list); list = exc_tl(list)) a[i++] = exc_hd(list);
    if (n) *n = i;
    return a;
}

exc_term exc_list_append(exc_term a, exc_term b)
{
    if (a == EXC_NIL_LIST) return b;
    size_t n;
    exc_term *items = exc_list_to_array(a, &n);
    if (!items) return EXC_NONE;
    return exc_list_from_array_tail(items, n, b);
}

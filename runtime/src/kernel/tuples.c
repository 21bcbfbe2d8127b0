/* Tuple, list and size BIFs with :erlang's badarg errors (elem/put_elem are
** :erlang.element/setelement with a 1-based index, so a non-integer index fails in
** the `index + 1` first, with :badarith, exactly as compiled Elixir does). */
#include "exc/kernel.h"

#include <string.h>

#include "exc/error.h"

/* index + 1 as Elixir computes it, and whether it addresses an element of t. */
static int64_t one_based(exc_term index)
{
    exc_term i1 = exc_k_add(index, exc_small(1));
    return exc_is_small(i1) ? exc_small_val(i1) : -1;
}

exc_term exc_k_elem(exc_term t, exc_term index)
{
    int64_t i = one_based(index);
    if (!exc_is_tuple(t) || i < 1 || (uint64_t)i > exc_tuple_arity(t))
        exc_error_bif("element", 2, (exc_term[]){exc_k_add(index, exc_small(1)), t});
    return exc_tuple_elems(t)[i - 1];
}

exc_term exc_k_put_elem(exc_term t, exc_term index, exc_term value)
{
    int64_t i = one_based(index);
    if (!exc_is_tuple(t) || i < 1 || (uint64_t)i > exc_tuple_arity(t))
        exc_error_bif("setelement", 3, (exc_term[]){exc_k_add(index, exc_small(1)), t, value});
    size_t n = exc_tuple_arity(t);
    exc_term r = exc_tuple_from_array(exc_tuple_elems(t), n);
    exc_tuple_elems(r)[i - 1] = value;
    return r;
}

exc_term exc_k_tuple_size(exc_term t)
{
    if (!exc_is_tuple(t)) exc_error_bif("tuple_size", 1, &t);
    return exc_small((int64_t)exc_tuple_arity(t));
}

exc_term exc_k_hd(exc_term l)
{
    if (!exc_is_cons(l)) exc_error_bif("hd", 1, &l);
    return exc_hd(l);
}

exc_term exc_k_tl(exc_term l)
{
    if (!exc_is_cons(l)) exc_error_bif("tl", 1, &l);
    return exc_tl(l);
}

exc_term exc_k_length(exc_term l)
{
    int64_t n = exc_list_length(l);
    if (n < 0) exc_error_bif("length", 1, &l);
    return exc_small(n);
}

exc_term exc_k_map_size(exc_term m)
{
    if (!exc_is_map(m)) exc_error_badmap(m);
    return exc_small((int64_t)exc_map_size(m));
}

exc_term exc_k_byte_size(exc_term b)
{
    if (!exc_is_bitstring(b)) exc_error_bif("byte_size", 1, &b);
    return exc_small((int64_t)((exc_bitstring_bits(b) + 7) / 8));
}

exc_term exc_k_bit_size(exc_term b)
{
    if (!exc_is_bitstring(b)) exc_error_bif("bit_size", 1, &b);
    return exc_small((int64_t)exc_bitstring_bits(b));
}

exc_term exc_k_append(exc_term a, exc_term b)
{
    exc_term r = exc_list_append(a, b);
    if (r == EXC_NONE) exc_error_bif("++", 2, (exc_term[]){a, b});
    return r;
}

exc_term exc_k_subtract(exc_term a, exc_term b)
{
    size_t na, nb;
    exc_term *xs = exc_list_to_array(a, &na), *ys = exc_list_to_array(b, &nb);
    if (!xs || !ys) exc_error_bif("--", 2, (exc_term[]){a, b});
    for (size_t j = 0; j < nb; j++)
        for (size_t i = 0; i < na; i++)
            if (xs[i] != EXC_NONE && exc_eq_exact(xs[i], ys[j])) {
                xs[i] = EXC_NONE; /* removed */
                break;
            }
    size_t n = 0;
    for (size_t i = 0; i < na; i++)
        if (xs[i] != EXC_NONE) xs[n++] = xs[i];
    return exc_list_from_array(xs, n);
}

exc_term exc_k_not(exc_term a)
{
    if (a == EXC_A_true) return EXC_A_false;
    if (a == EXC_A_false) return EXC_A_true;
    exc_error_bif("not", 1, &a);
}

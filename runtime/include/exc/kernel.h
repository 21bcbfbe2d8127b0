/* Kernel built-ins that generated code calls directly (implemented in
** runtime/src/kernel/): arithmetic, comparisons, type tests, tuple and list BIFs,
** String.Chars, <> and interpolation, IO.puts/write/inspect and inspect/2.
**
** Names are exc_k_<Elixir name>. Every function takes and returns terms (booleans as
** the atoms true/false) and raises like Elixir on bad arguments: the raw Erlang error
** (:badarith, :badarg with the BIF's frame, ...), so `rescue` sees the same exception
** struct and message as under BEAM. Small-integer fast paths are inline. */
#ifndef EXC_EXC_KERNEL_H
#define EXC_EXC_KERNEL_H

#include "exc/config.h"
#include "exc/term.h"

/* ---- arithmetic ------------------------------------------------------------ */

/* Slow paths (any numbers; bignum overflow; :badarith for non-numbers). */
exc_term exci_k_add(exc_term a, exc_term b);
exc_term exci_k_sub(exc_term a, exc_term b);
exc_term exci_k_mul(exc_term a, exc_term b);

EXC_INLINE exc_term exc_k_add(exc_term a, exc_term b)
{
    int64_t r;
    if (EXC_LIKELY((a & b & 1) != 0) && !__builtin_add_overflow((int64_t)(a - 1), (int64_t)b, &r))
        return (exc_term)r;
    return exci_k_add(a, b);
}
EXC_INLINE exc_term exc_k_sub(exc_term a, exc_term b)
{
    int64_t r;
    if (EXC_LIKELY((a & b & 1) != 0) && !__builtin_sub_overflow((int64_t)a, (int64_t)(b - 1), &r))
        return (exc_term)r;
    return exci_k_sub(a, b);
}
EXC_INLINE exc_term exc_k_mul(exc_term a, exc_term b)
{
    int64_t r;
    if (EXC_LIKELY((a & b & 1) != 0) &&
        !__builtin_mul_overflow(exc_small_val(a), exc_small_val(b), &r) &&
        r >= EXC_SMALL_MIN && r <= EXC_SMALL_MAX)
        return exc_small(r);
    return exci_k_mul(a, b);
}

/* a / b: always a float. Elixir's uncaught report for a failed `/` names the operation
** ("... expression: 10 / 0") in script code (top level and its fns) but not in code of
** a defmodule (BEAM compiles the two differently): exc_k_fdiv is the script form,
** exc_k_fdiv_in_def the form for bodies inside defmodule (fns there included). */
exc_term exc_k_fdiv(exc_term a, exc_term b);
exc_term exc_k_fdiv_in_def(exc_term a, exc_term b);
/* a + b / a - b where an operand is a literal that is not a number: OTP's type pass
** knows the operation fails and calls the BIF :erlang.+/2 (-/2), whose frame heads
** the stack trace and names the operation in the message. */
exc_term exc_k_add_bif(exc_term a, exc_term b);
exc_term exc_k_sub_bif(exc_term a, exc_term b);
exc_term exc_k_div(exc_term a, exc_term b);    /* div/2: integers, truncated */
exc_term exc_k_rem(exc_term a, exc_term b);    /* rem/2: integers, sign of a */
exc_term exc_k_neg(exc_term a);                /* -a */
exc_term exc_k_pos(exc_term a);                /* +a: a number, unchanged */
exc_term exc_k_abs(exc_term a);
exc_term exc_k_round(exc_term a);              /* half away from zero; integer result */
exc_term exc_k_trunc(exc_term a);
exc_term exc_k_max(exc_term a, exc_term b);    /* by term order; the first on ties */
exc_term exc_k_min(exc_term a, exc_term b);

/* ---- comparison (term order; == treats 1 and 1.0 alike, === does not) ---------- */

exc_term exci_k_compare_op(int op, exc_term a, exc_term b);
enum { EXCI_K_LT, EXCI_K_GT, EXCI_K_LE, EXCI_K_GE };

EXC_INLINE exc_term exc_k_eq(exc_term a, exc_term b)
{
    if (a == b) return EXC_A_true;
    if ((a & b & 1) != 0) return EXC_A_false;
    return exc_bool(exc_eq(a, b));
}
EXC_INLINE exc_term exc_k_ne(exc_term a, exc_term b)
{
    return exc_k_eq(a, b) == EXC_A_true ? EXC_A_false : EXC_A_true;
}
EXC_INLINE exc_term exc_k_seq(exc_term a, exc_term b)   /* === */
{
    if (a == b) return EXC_A_true;
    if ((a & b & 1) != 0) return EXC_A_false;
    return exc_bool(exc_eq_exact(a, b));
}
EXC_INLINE exc_term exc_k_sne(exc_term a, exc_term b)   /* !== */
{
    return exc_k_seq(a, b) == EXC_A_true ? EXC_A_false : EXC_A_true;
}
#define EXCI_K_CMP(name, op, code)                                              \
    EXC_INLINE exc_term name(exc_term a, exc_term b)                            \
    {                                                                           \
        if ((a & b & 1) != 0) return exc_bool((int64_t)a op(int64_t) b);        \
        return exci_k_compare_op(code, a, b);                                   \
    }
EXCI_K_CMP(exc_k_lt, <, EXCI_K_LT)
EXCI_K_CMP(exc_k_gt, >, EXCI_K_GT)
EXCI_K_CMP(exc_k_le, <=, EXCI_K_LE)
EXCI_K_CMP(exc_k_ge, >=, EXCI_K_GE)
#undef EXCI_K_CMP

/* ---- type tests (guards) ---------------------------------------------------- */

EXC_INLINE exc_term exc_k_is_atom(exc_term t) { return exc_bool(exc_is_atom(t)); }
EXC_INLINE exc_term exc_k_is_binary(exc_term t) { return exc_bool(exc_is_binary(t)); }
EXC_INLINE exc_term exc_k_is_bitstring(exc_term t) { return exc_bool(exc_is_bitstring(t)); }
EXC_INLINE exc_term exc_k_is_boolean(exc_term t)
{
    return exc_bool(t == EXC_A_true || t == EXC_A_false);
}
EXC_INLINE exc_term exc_k_is_float(exc_term t) { return exc_bool(exc_is_float(t)); }
EXC_INLINE exc_term exc_k_is_function(exc_term t) { return exc_bool(exc_is_fun(t)); }
/* is_function(t, arity): a non-integer or negative arity raises badarg. */
exc_term exc_k_is_function2(exc_term t, exc_term arity);
EXC_INLINE exc_term exc_k_is_integer(exc_term t) { return exc_bool(exc_is_integer(t)); }
EXC_INLINE exc_term exc_k_is_list(exc_term t) { return exc_bool(exc_is_list(t)); }
EXC_INLINE exc_term exc_k_is_map(exc_term t) { return exc_bool(exc_is_map(t)); }
EXC_INLINE exc_term exc_k_is_nil(exc_term t) { return exc_bool(t == EXC_A_nil); }
EXC_INLINE exc_term exc_k_is_number(exc_term t) { return exc_bool(exc_is_number(t)); }
EXC_INLINE exc_term exc_k_is_pid(exc_term t) { return exc_bool(exc_is_pid(t)); }
EXC_INLINE exc_term exc_k_is_port(exc_term t) { (void)t; return EXC_A_false; }
EXC_INLINE exc_term exc_k_is_reference(exc_term t) { return exc_bool(exc_is_ref(t)); }
EXC_INLINE exc_term exc_k_is_tuple(exc_term t) { return exc_bool(exc_is_tuple(t)); }
/* is_struct/1 and is_struct/2; is_exception/1. */
exc_term exc_k_is_struct(exc_term t);
exc_term exc_k_is_struct2(exc_term t, exc_term name);
exc_term exc_k_is_exception(exc_term t);

/* ---- tuples, lists, sizes (badarg as :erlang's BIFs) ------------------------------- */

exc_term exc_k_elem(exc_term tuple, exc_term index);               /* 0-based */
exc_term exc_k_put_elem(exc_term tuple, exc_term index, exc_term value);
exc_term exc_k_tuple_size(exc_term t);
exc_term exc_k_hd(exc_term list);
exc_term exc_k_tl(exc_term list);
exc_term exc_k_length(exc_term list);
exc_term exc_k_map_size(exc_term map);        /* BadMapError for a non-map */
exc_term exc_k_byte_size(exc_term bits);
exc_term exc_k_bit_size(exc_term bits);

/* a ++ b (a proper list, b anything), a -- b (first occurrence of each element of b
** removed, exact match), not/1 (booleans only): badarg like :erlang's. */
exc_term exc_k_append(exc_term a, exc_term b);
exc_term exc_k_subtract(exc_term a, exc_term b);
exc_term exc_k_not(exc_term a);

/* ---- strings ---------------------------------------------------------------------- */

/* Kernel.to_string/1 (String.Chars): binaries as they are, atoms' text (nil is ""),
** integers, floats (shortest round-trip form, as Elixir), charlists/IO lists as UTF-8;
** a struct uses its String.Chars implementation from the module registry
** ("Elixir.String.Chars.Mod".to_string/1); other terms raise Protocol.UndefinedError. */
exc_term exc_k_to_string(exc_term t);

/* Kernel.to_charlist/1 (List.Chars): lists as they are, binaries (UTF-8
** decoded), atoms, integers, floats; others raise Protocol.UndefinedError. */
exc_term exc_k_to_charlist(exc_term t);

/* a <> b, and a flattened chain s1 <> s2 <> ... (n segments): non-binaries raise
** ArgumentError "construction of binary failed: segment N of type 'binary': ...". */
exc_term exc_k_concat(exc_term a, exc_term b);
exc_term exc_k_concat_n(const exc_term *parts, size_t n);
/* "a#{x}b": every part is converted with to_string, then joined. */
exc_term exc_k_interpolate(const exc_term *parts, size_t n);

/* IO.chardata_to_string/1: binaries, code points (as UTF-8) and nested lists of them;
** EXC_NONE for anything else. */
exc_term exc_k_chardata_to_binary(exc_term chardata);

/* ---- IO and inspect ----------------------------------------------------------------- */

/* IO.puts/IO.write to :stdio (device nil) or :stderr/:standard_error: chardata or any
** String.Chars value. Returns :ok. */
exc_term exc_k_io_puts(exc_term device, exc_term item);
exc_term exc_k_io_write(exc_term device, exc_term item);
exc_term exc_k_io_binwrite(exc_term device, exc_term iodata);

/* IO.inspect(device, term, opts): prints "label: " (when given) and the term laid out
** at opts' width (default 80) followed by "\n"; returns term. */
exc_term exc_k_io_inspect(exc_term device, exc_term term, exc_term opts);

/* Kernel.inspect(term, opts) with Inspect.Opts given as a keyword list. */
exc_term exc_k_inspect(exc_term term, exc_term opts);

#endif

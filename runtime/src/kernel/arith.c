/* Kernel arithmetic: the slow paths behind the inline fast paths of exc/kernel.h and
** the operators without one. Errors are BEAM's: :badarith from the operator's frame,
** :badarg from abs/round/trunc. */
#include "exc/kernel.h"

#include <math.h>

#include "exc/alloc.h"
#include "exc/error.h"

/* :badarith raised by the operator `op` with the frame {:erlang, op, args}, as BEAM does
** for the operators it implements as BIF calls (* / div rem, unary + -); binary + and -
** are inline instructions on BEAM and fail without that frame (op == NULL). The frame
** decides whether the CLI's blamed message names the operation ("... expression:
** div(10, 0)"). */
static EXC_NORETURN void badarith(const char *op, int n, exc_term a, exc_term b)
{
    if (!op) exc_raise_trace(EXC_A(error), exc_atom("badarith"), EXC_NIL_LIST);
    exc_term info = exc_map_from_arrays((exc_term[]){exc_atom("module")},
                                        (exc_term[]){exc_atom("erl_erts_errors")}, 1);
    exc_term loc = exc_cons(exc_tuple2(exc_atom("error_info"), info), EXC_NIL_LIST);
    exc_term args = n == 1 ? exc_list_from_array(&a, 1) : exc_list_from_array((exc_term[]){a, b}, 2);
    exc_term frame = exc_tuple4(exc_atom("erlang"), exc_atom(op), args, loc);
    exc_raise_trace(EXC_A(error), exc_atom("badarith"), exc_cons(frame, EXC_NIL_LIST));
}

static exc_term checked(exc_term r, const char *op, exc_term a, exc_term b)
{
    if (EXC_UNLIKELY(r == EXC_NONE)) badarith(op, 2, a, b);
    return r;
}

exc_term exci_k_add(exc_term a, exc_term b) { return checked(exc_num_add(a, b), NULL, a, b); }
exc_term exci_k_sub(exc_term a, exc_term b) { return checked(exc_num_sub(a, b), NULL, a, b); }
exc_term exc_k_add_bif(exc_term a, exc_term b) { return checked(exc_num_add(a, b), "+", a, b); }
exc_term exc_k_sub_bif(exc_term a, exc_term b) { return checked(exc_num_sub(a, b), "-", a, b); }
exc_term exci_k_mul(exc_term a, exc_term b) { return checked(exc_num_mul(a, b), "*", a, b); }
exc_term exc_k_fdiv(exc_term a, exc_term b) { return checked(exc_num_fdiv(a, b), "/", a, b); }
exc_term exc_k_fdiv_in_def(exc_term a, exc_term b) { return checked(exc_num_fdiv(a, b), NULL, a, b); }

exc_term exc_k_div(exc_term a, exc_term b)
{
    if (!exc_is_integer(a) || !exc_is_integer(b)) badarith("div", 2, a, b);
    return checked(exc_int_div(a, b), "div", a, b);
}

exc_term exc_k_rem(exc_term a, exc_term b)
{
    if (!exc_is_integer(a) || !exc_is_integer(b)) badarith("rem", 2, a, b);
    return checked(exc_int_rem(a, b), "rem", a, b);
}

exc_term exc_k_neg(exc_term a)
{
    exc_term r = exc_num_neg(a);
    if (r == EXC_NONE) badarith("-", 1, a, 0);
    return r;
}

exc_term exc_k_pos(exc_term a)
{
    if (!exc_is_number(a)) badarith("+", 1, a, 0);
    return a;
}

static EXC_NORETURN void not_number(const char *bif, exc_term a) { exc_error_bif(bif, 1, &a); }

exc_term exc_k_abs(exc_term a)
{
    if (exc_is_integer(a)) return exc_int_abs(a);
    if (exc_is_float(a)) return exc_float(fabs(exc_float_val(a)));
    not_number("abs", a);
}

/* Integer value of an integral double (any size). */
static exc_term from_integral_double(double d)
{
    if (d >= -4.0e18 && d <= 4.0e18) return exc_integer_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    exc_term r = exc_integer_from_mpz(z);
    mpz_clear(z);
    return r;
}

exc_term exc_k_round(exc_term a)
{
    if (exc_is_integer(a)) return a;
    if (exc_is_float(a)) return from_integral_double(round(exc_float_val(a)));
    not_number("round", a);
}

exc_term exc_k_trunc(exc_term a)
{
    if (exc_is_integer(a)) return a;
    if (exc_is_float(a)) return from_integral_double(trunc(exc_float_val(a)));
    not_number("trunc", a);
}

exc_term exc_k_max(exc_term a, exc_term b) { return exc_compare(a, b) < 0 ? b : a; }
exc_term exc_k_min(exc_term a, exc_term b) { return exc_compare(a, b) > 0 ? b : a; }

/* Term constructors and operations (implemented in runtime/src/term/).
** The names below are the contract other parts of the runtime and generated code use.
** Conventions: every constructor returns a fresh immutable term allocated through the
** GC; operations that can fail with Erlang's `badarith`/`badarg` return EXC_NONE and
** leave raising the Elixir exception to the caller. See docs/terms.md. */
#ifndef EXC_EXC_TERM_API_H
#define EXC_EXC_TERM_API_H

#include <gmp.h>
#include <string.h>

#include "exc/term.h"

/* Initialise the term layer (atom table from atoms.def, GMP memory functions).
** Idempotent and thread-safe; every entry point below also initialises lazily, so
** calling it is only needed to make start-up cost predictable. */
void exc_term_init(void);

/* ---- atoms --------------------------------------------------------------- */

/* Atoms: a global, thread-safe table; interning the same text gives the same term.
** Lookups of existing atoms take no lock. The text is raw UTF-8 bytes; an Elixir
** alias `Foo.Bar` is the atom with text "Elixir.Foo.Bar". Elixir limits atoms to 255
** characters (SystemLimitError): callers check EXC_ATOM_MAX_CHARS, the table does not. */
#define EXC_ATOM_MAX_CHARS 255
exc_term exc_atom(const char *name);
exc_term exc_atom_n(const char *name, size_t len);
/* Existing atom with this text, or EXC_NONE (String.to_existing_atom). */
exc_term exc_atom_existing(const char *name, size_t len);
/* Text of an atom, NUL-terminated and immortal; *len (if non-NULL) gets its length. */
const char *exc_atom_text(exc_term atom, size_t *len);
/* Number of atoms interned so far (:erlang.system_info(:atom_count)). */
size_t exc_atom_count(void);

/* ---- lists --------------------------------------------------------------- */

exc_term exc_cons(exc_term head, exc_term tail);
/* [items[0], ..., items[n-1] | tail]; exc_list_from_array uses tail = []. */
exc_term exc_list_from_array(const exc_term *items, size_t n);
exc_term exc_list_from_array_tail(const exc_term *items, size_t n, exc_term tail);
/* Length of a proper list, or -1 if `list` is not a proper list. */
int64_t exc_list_length(exc_term list);
/* Reverse of a proper list (:lists.reverse/1); EXC_NONE if improper. */
exc_term exc_list_reverse(exc_term list);
/* a ++ b; EXC_NONE if `a` is not a proper list (b may be anything). */
exc_term exc_list_append(exc_term a, exc_term b);
/* Copies the elements of a proper list into a fresh GC array (NULL on improper list;
** an empty list gives a non-NULL array). *n receives the length. */
exc_term *exc_list_to_array(exc_term list, size_t *n);

/* ---- tuples -------------------------------------------------------------- */

/* exc_tuple_new leaves elements to be filled by the caller (they start as 0, which
** is not a valid term: fill every slot before the tuple escapes). */
exc_term exc_tuple_new(size_t arity);
exc_term exc_tuple_from_array(const exc_term *items, size_t arity);
exc_term exc_tuple2(exc_term a, exc_term b);
exc_term exc_tuple3(exc_term a, exc_term b, exc_term c);
exc_term exc_tuple4(exc_term a, exc_term b, exc_term c, exc_term d);
exc_term exc_tuple5(exc_term a, exc_term b, exc_term c, exc_term d, exc_term e);

/* ---- floats: boxed {header(1, EXC_T_FLOAT), double} ------------------------ */

exc_term exc_float(double d);
EXC_INLINE bool exc_is_float(exc_term t) { return exc_is_type(t, EXC_T_FLOAT); }
EXC_INLINE double exc_float_val(exc_term t)
{
    double d;
    memcpy(&d, exc_boxed_ptr(t) + 1, sizeof d);
    return d;
}

/* ---- integers: small immediates, or boxed GMP bignums ---------------------- */

/* A bignum box: header(2, EXC_T_BIGNUM) then an mpz whose limbs are GC-atomic memory.
** Invariant: a bignum never holds a value that fits in a small integer (so === and
** hashing can compare representations); constructors normalise. The mpz is
** read-only: never pass it as the destination of a GMP call or to mpz_clear. */
typedef struct exc_bignum {
    uint64_t header;
    __mpz_struct z;
} exc_bignum;

EXC_INLINE bool exc_is_bignum(exc_term t) { return exc_is_type(t, EXC_T_BIGNUM); }
EXC_INLINE bool exc_is_integer(exc_term t) { return exc_is_small(t) || exc_is_bignum(t); }
EXC_INLINE bool exc_is_number(exc_term t) { return exc_is_integer(t) || exc_is_float(t); }
EXC_INLINE bool exc_is_boolean(exc_term t) { return t == EXC_A_true || t == EXC_A_false; }
EXC_INLINE mpz_srcptr exc_bignum_mpz(exc_term t)
{
    return &((exc_bignum *)exc_boxed_ptr(t))->z;
}

exc_term exc_integer_from_i64(int64_t v);
exc_term exc_integer_from_u64(uint64_t v);
/* Integer from the value of a GMP integer (copied; normalised to small if it fits). */
exc_term exc_integer_from_mpz(mpz_srcptr z);
/* Literal of any size: optional sign, digits in `base` (2..36), '_' separators are
** skipped. EXC_NONE if the text is not a valid integer. */
exc_term exc_integer_from_str(const char *digits, int base);
/* Strict variant for String.to_integer/2: s[0..len), optional sign, digits only (no
** '_'); EXC_NONE if anything else. */
exc_term exc_integer_parse(const char *s, size_t len, int base);
/* Integer part of a double (trunc/1: toward zero), exact at any magnitude; EXC_NONE
** for NaN or infinities. round/floor/ceil are the caller's libm call then this. */
exc_term exc_integer_from_double(double d);
/* true and *out = value if the integer fits in int64_t. */
bool exc_integer_to_i64(exc_term t, int64_t *out);
/* Sets an initialised mpz `out` to the value of integer `t` (small or big). */
void exc_integer_to_mpz(exc_term t, mpz_ptr out);
/* Sign of an integer: -1, 0 or 1. */
int exc_integer_sign(exc_term t);
/* Text of an integer in base 2..36 with lower-case digits, or -2..-36 for upper-case
** (GMP's convention; Integer.to_string(255, 16) is "FF"); a GC string. */
char *exc_integer_to_str(exc_term t, int base);

/* ---- arithmetic (Erlang semantics; EXC_NONE = badarith) -------------------- */

/* Integer-only operations: overflow goes to bignums, results are normalised. */
exc_term exc_int_add(exc_term a, exc_term b);
exc_term exc_int_sub(exc_term a, exc_term b);
exc_term exc_int_mul(exc_term a, exc_term b);
exc_term exc_int_neg(exc_term a);
exc_term exc_int_abs(exc_term a);
exc_term exc_int_div(exc_term a, exc_term b);       /* div/2: truncates toward zero */
exc_term exc_int_rem(exc_term a, exc_term b);       /* rem/2: sign of the dividend */
exc_term exc_int_floor_div(exc_term a, exc_term b); /* Integer.floor_div/2 */
exc_term exc_int_mod(exc_term a, exc_term b);       /* Integer.mod/2: sign of divisor */
exc_term exc_int_band(exc_term a, exc_term b);
exc_term exc_int_bor(exc_term a, exc_term b);
exc_term exc_int_bxor(exc_term a, exc_term b);
exc_term exc_int_bnot(exc_term a);
exc_term exc_int_bsl(exc_term a, exc_term b);       /* negative shift shifts right */
exc_term exc_int_bsr(exc_term a, exc_term b);
exc_term exc_int_pow(exc_term base, exc_term exp);  /* Integer.pow/2; exp >= 0 */

/* Mixed number operations (+ - * / of Kernel): int op int stays integer, anything
** with a float is a float; non-finite float results are badarith, like BEAM. */
exc_term exc_num_add(exc_term a, exc_term b);
exc_term exc_num_sub(exc_term a, exc_term b);
exc_term exc_num_mul(exc_term a, exc_term b);
exc_term exc_num_fdiv(exc_term a, exc_term b);      /* `/`: always a float */
exc_term exc_num_neg(exc_term a);
/* Number to double (bignums round to nearest); false if too large or not a number. */
bool exc_num_to_double(exc_term t, double *out);
/* Float built from a double, or EXC_NONE if the double is NaN or infinite. */
exc_term exc_float_checked(double d);

/* Fast path for generated code: small + small without a call when it cannot overflow. */
EXC_INLINE exc_term exc_add(exc_term a, exc_term b)
{
    int64_t r;
    if (EXC_LIKELY(((a & b) & 1) != 0) &&
        !__builtin_add_overflow((int64_t)(a - 1), (int64_t)b, &r))
        return (exc_term)r;
    return exc_num_add(a, b);
}
EXC_INLINE exc_term exc_sub(exc_term a, exc_term b)
{
    int64_t r;
    if (EXC_LIKELY(((a & b) & 1) != 0) &&
        !__builtin_sub_overflow((int64_t)a, (int64_t)(b - 1), &r))
        return (exc_term)r;
    return exc_num_sub(a, b);
}

/* ---- binaries and bitstrings ---------------------------------------------- */

/* A binary box: header(2, EXC_T_BINARY), the length in bits and a pointer to the first
** byte. Bits are MSB-first; a bitstring whose length is not a multiple of 8 ends in a
** partial byte whose low (padding) bits are unspecified (ignore them). Fresh binaries
** keep their bytes inline after the box (one atomic allocation); slices point into
** another binary's bytes and share them (the GC recognises interior pointers). */
typedef struct exc_binary_box {
    uint64_t header;
    uint64_t nbits;
    const uint8_t *data;
} exc_binary_box;

EXC_INLINE bool exc_is_bitstring(exc_term t) { return exc_is_type(t, EXC_T_BINARY); }
EXC_INLINE bool exc_is_binary(exc_term t)
{
    return exc_is_bitstring(t) && (((exc_binary_box *)exc_boxed_ptr(t))->nbits & 7) == 0;
}
EXC_INLINE const uint8_t *exc_binary_data(exc_term t)
{
    return ((exc_binary_box *)exc_boxed_ptr(t))->data;
}
/* Whole bytes (for a bitstring: the complete bytes, without the partial one). */
EXC_INLINE size_t exc_binary_size(exc_term t)
{
    return (size_t)(((exc_binary_box *)exc_boxed_ptr(t))->nbits >> 3);
}
EXC_INLINE uint64_t exc_bitstring_bits(exc_term t)
{
    return ((exc_binary_box *)exc_boxed_ptr(t))->nbits;
}

/* Copies `len` bytes into a fresh binary. */
exc_term exc_binary(const void *bytes, size_t len);
exc_term exc_binary_cstr(const char *s);
/* Fresh binary of `len` bytes to be written through *data before it escapes. */
exc_term exc_binary_new(size_t len, uint8_t **data);
/* A binary of `len` bytes copied into MEM, caller-provided GC memory of at least
** exc_binary_words(len) words (the compiler carves its literals from its AST chunks). */
size_t exc_binary_words(size_t len);
exc_term exc_binary_at(void *mem, const void *bytes, size_t len);
/* Copies a bitstring of `nbits` bits (MSB-first from bytes[0]); padding is zeroed. */
exc_term exc_bitstring(const void *bytes, uint64_t nbits);
/* Bytes [offset, offset+len) of a binary, sharing its bytes; EXC_NONE if out of range. */
exc_term exc_binary_slice(exc_term bin, size_t offset, size_t len);
/* Bits [bitoff, bitoff+nbits) of a bitstring: shares when bitoff is byte-aligned,
** copies otherwise; EXC_NONE if out of range. */
exc_term exc_bitstring_slice(exc_term bits, uint64_t bitoff, uint64_t nbits);
/* a <> b for bitstrings of any length. */
exc_term exc_bitstring_concat(exc_term a, exc_term b);
/* Reads bit `i` (0 = MSB of the first byte). */
int exc_bitstring_bit(exc_term bits, uint64_t i);

/* ---- maps: small sorted maps (<= 32 keys) and HAMTs --------------------------- */

/* A small map: header(n, EXC_T_MAP), then n keys in map-key order (Erlang term order
** with integers before floats of equal value), then the n values. Maps of more than
** EXC_MAP_SMALL_MAX keys are HAMTs (EXC_T_HAMT, iterated in hash order); a map is
** always small when it has at most EXC_MAP_SMALL_MAX keys, so the representation is
** canonical. Keys are compared with === (1 and 1.0 are different keys). */
#define EXC_MAP_SMALL_MAX 32

EXC_INLINE bool exc_is_map(exc_term t)
{
    return exc_is_boxed(t) &&
           (exc_boxed_type(t) == EXC_T_MAP || exc_boxed_type(t) == EXC_T_HAMT);
}
/* The shared empty map %{}. */
exc_term exc_map_empty(void);
/* Map of n pairs; when a key repeats, the last value wins (like %{a: 1, a: 2}). */
exc_term exc_map_from_arrays(const exc_term *keys, const exc_term *vals, size_t n);
size_t exc_map_size(exc_term map);
/* Value for key, or EXC_NONE if absent. */
exc_term exc_map_get(exc_term map, exc_term key);
/* New map with key => val (returns `map` itself when nothing changes). */
exc_term exc_map_put(exc_term map, exc_term key, exc_term val);
/* New map without key (returns `map` itself when the key is absent). */
exc_term exc_map_delete(exc_term map, exc_term key);
/* Lists in iteration order (the order Map.keys/Map.to_list show for small maps). */
exc_term exc_map_keys(exc_term map);
exc_term exc_map_values(exc_term map);
exc_term exc_map_to_list(exc_term map);   /* [{k, v}, ...] */
/* [{k, v}, ...] in :maps.iterator order (what Enum.reduce/map/each and `for` see);
** the reverse of exc_map_to_list's beyond 32 keys, the same below. */
exc_term exc_map_to_list_fold(exc_term map);

/* Iteration without allocation of lists: the iterator holds a stack of HAMT nodes.
**   exc_map_iter it; exc_map_iter_init(&it, m);
**   while (exc_map_iter_next(&it, &k, &v)) ... */
typedef struct exc_map_iter {
    exc_term map;
    size_t pos;                 /* small maps: next index */
    int depth;                  /* HAMTs: current depth in the node stack */
    const void *node[18];
    uint32_t index[18];
} exc_map_iter;
void exc_map_iter_init(exc_map_iter *it, exc_term map);
bool exc_map_iter_next(exc_map_iter *it, exc_term *key, exc_term *val);
/* Same, in the order of BEAM's :maps.iterator/:maps.next (Enum.map/reduce/each, for,
** :maps.fold). exc_map_iter_init gives :maps.to_list's order (Map.keys/values/
** to_list, Enum.to_list, inspect). They differ, reversed, only beyond 32 keys. */
void exc_map_iter_init_fold(exc_map_iter *it, exc_term map);

/* ---- funs ---------------------------------------------------------------- */

/* Static description of a fun's code, emitted by the compiler once per lambda or
** capture; inspect prints `#Function<index.uniq/arity in module.name/name_arity>` for
** lambdas and `&module.name/arity` for external captures. Module text is the atom
** text ("Elixir.Foo" for an Elixir module). */
enum exc_fun_kind { EXC_FUN_LAMBDA, EXC_FUN_EXTERNAL };
typedef struct exc_fun_info {
    const char *module;   /* defining module (atom text) */
    const char *name;     /* lambda: enclosing function's name; capture: the function */
    uint32_t name_arity;  /* arity of `name` */
    uint32_t index;       /* lambda: index within the module */
    uint32_t uniq;        /* lambda: hash identifying the code */
    enum exc_fun_kind kind;
} exc_fun_info;

/* A fun box: header(3 + nfree, EXC_T_FUN), code, arity/nfree, info, captured values.
** `code` points to the compiled function taking `arity` arguments plus the fun
** itself (the calling convention is the code generator's). */
typedef struct exc_fun {
    uint64_t header;
    void *code;
    uint32_t arity;
    uint32_t nfree;
    const exc_fun_info *info;
    exc_term env[];
} exc_fun;

EXC_INLINE bool exc_is_fun(exc_term t) { return exc_is_type(t, EXC_T_FUN); }
EXC_INLINE exc_fun *exc_fun_ptr(exc_term t) { return (exc_fun *)exc_boxed_ptr(t); }
EXC_INLINE uint32_t exc_fun_arity(exc_term t) { return exc_fun_ptr(t)->arity; }
EXC_INLINE exc_term *exc_fun_env(exc_term t) { return exc_fun_ptr(t)->env; }
/* New fun; env[0..nfree) start as 0 and must be filled before the fun escapes. */
exc_term exc_fun_new(void *code, uint32_t arity, const exc_fun_info *info, uint32_t nfree);

/* ---- references and unique integers ---------------------------------------- */

/* A reference box: header(1, EXC_T_REF) then a 64-bit id unique in this OS process.
** Inspect shows #Reference<0.A.B.C> from exc_ref_id. */
EXC_INLINE bool exc_is_ref(exc_term t) { return exc_is_type(t, EXC_T_REF); }
EXC_INLINE uint64_t exc_ref_id(exc_term t) { return exc_boxed_ptr(t)[1]; }
/* References: globally unique (make_ref), thread-safe. */
exc_term exc_make_ref(void);

/* :erlang.unique_integer/1: unique in this OS process, strictly increasing over all
** threads. With EXC_UNIQUE_POSITIVE the values start at 1, otherwise they start at
** a large negative number like BEAM's. */
#define EXC_UNIQUE_POSITIVE 1
exc_term exc_unique_integer(int flags);

/* ---- comparison and hashing --------------------------------------------------- */

/* Comparison: == (1 == 1.0 true), === (exact), Erlang term order (-1, 0, 1), and a
** hash consistent with ===. Term order: number < atom < reference < fun < port < pid
** < tuple < map < list < bitstring; exc_compare returns 0 for 1 and 1.0. */
bool exc_eq(exc_term a, exc_term b);
bool exc_eq_exact(exc_term a, exc_term b);
int exc_compare(exc_term a, exc_term b);
/* Term order with === semantics (integers before equal floats): map-key order. */
int exc_compare_exact(exc_term a, exc_term b);
uint64_t exc_hash(exc_term t);

#endif

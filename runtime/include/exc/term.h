/* Terms: tagged 64-bit words and the boxed objects they point to.
**
** Tag scheme (fixed; generated code depends on it):
**   ...xxxx1   small integer, 63-bit signed, value = (int64_t)t >> 1
**   ...xx000   boxed: pointer to an object whose first word is a header
**   ...xx010   cons: (pointer to {head, tail}) | 2
**   ...xx100   atom: index << 3 | 4
**   ...00110   [] (EXC_NIL_LIST == 6)
**   ...01110   local pid: serial << 5 | 0xE
**   ...10110   EXC_NONE, the internal "no value" (never visible to programs)
**   ...11110   reserved
** Every GC allocation is at least 8-byte aligned, so tag bits never clash with
** addresses; Boehm recognises the tagged cons pointer as an interior pointer.
**
** Boxed header: (arity_or_size << 8) | EXC_T_<type>. Immediates compare by word. */
#ifndef EXC_EXC_TERM_H
#define EXC_EXC_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "exc/config.h"

typedef uint64_t exc_term;

/* ---- immediates ---------------------------------------------------------- */

#define EXC_NIL_LIST ((exc_term)6)
#define EXC_NONE ((exc_term)0x16)

#define EXC_SMALL_MAX ((int64_t)(INT64_MAX >> 1))
#define EXC_SMALL_MIN ((int64_t)(INT64_MIN >> 1))

EXC_INLINE bool exc_is_small(exc_term t) { return (t & 1) != 0; }
EXC_INLINE exc_term exc_small(int64_t v) { return ((uint64_t)v << 1) | 1; }
EXC_INLINE int64_t exc_small_val(exc_term t) { return (int64_t)t >> 1; }

EXC_INLINE bool exc_is_atom(exc_term t) { return (t & 7) == 4; }
EXC_INLINE exc_term exc_atom_from_index(uint64_t i) { return (i << 3) | 4; }
EXC_INLINE uint64_t exc_atom_index(exc_term t) { return t >> 3; }

EXC_INLINE bool exc_is_pid(exc_term t) { return (t & 0x1F) == 0xE; }
EXC_INLINE exc_term exc_pid_from_serial(uint64_t s) { return (s << 5) | 0xE; }
EXC_INLINE uint64_t exc_pid_serial(exc_term t) { return t >> 5; }

/* Atoms known at build time: EXC_A_nil, EXC_A_true, ... (see atoms.def). */
enum {
#define EXC_ATOM(name, text) EXC_AI_##name,
#include "exc/atoms.def"
#undef EXC_ATOM
    EXC_AI__COUNT
};
#define EXC_A(name) exc_atom_from_index(EXC_AI_##name)
#define EXC_A_nil EXC_A(nil)
#define EXC_A_true EXC_A(true)
#define EXC_A_false EXC_A(false)

/* Elixir truthiness: everything but nil and false. */
EXC_INLINE bool exc_truthy(exc_term t) { return t != EXC_A_nil && t != EXC_A_false; }
EXC_INLINE exc_term exc_bool(bool b) { return b ? EXC_A_true : EXC_A_false; }

/* ---- pointers ------------------------------------------------------------ */

EXC_INLINE bool exc_is_boxed(exc_term t) { return (t & 7) == 0 && t != 0; }
EXC_INLINE bool exc_is_cons(exc_term t) { return (t & 7) == 2; }
EXC_INLINE bool exc_is_list(exc_term t) { return exc_is_cons(t) || t == EXC_NIL_LIST; }

EXC_INLINE exc_term *exc_boxed_ptr(exc_term t) { return (exc_term *)(uintptr_t)t; }
EXC_INLINE exc_term *exc_cons_ptr(exc_term t) { return (exc_term *)(uintptr_t)(t - 2); }
EXC_INLINE exc_term exc_hd(exc_term t) { return exc_cons_ptr(t)[0]; }
EXC_INLINE exc_term exc_tl(exc_term t) { return exc_cons_ptr(t)[1]; }

/* Boxed object types (low byte of the header). */
enum exc_boxed_type {
    EXC_T_TUPLE = 1,   /* header size = arity; elements follow */
    EXC_T_FLOAT,       /* one double follows */
    EXC_T_BIGNUM,      /* GMP integer; see exc_bignum */
    EXC_T_BINARY,      /* byte/bit string slice; see exc_binary */
    EXC_T_MAP,         /* small sorted map; see exc_map */
    EXC_T_HAMT,        /* hash array mapped trie beyond 32 keys */
    EXC_T_FUN,         /* closure; see exc_fun */
    EXC_T_REF,         /* reference; see exc_ref */
};

EXC_INLINE uint64_t exc_header(uint64_t size, enum exc_boxed_type type)
{
    return (size << 8) | (uint64_t)type;
}
EXC_INLINE enum exc_boxed_type exc_boxed_type(exc_term t)
{
    return (enum exc_boxed_type)(exc_boxed_ptr(t)[0] & 0xFF);
}
EXC_INLINE uint64_t exc_boxed_size(exc_term t) { return exc_boxed_ptr(t)[0] >> 8; }
EXC_INLINE bool exc_is_type(exc_term t, enum exc_boxed_type ty)
{
    return exc_is_boxed(t) && exc_boxed_type(t) == ty;
}
EXC_INLINE bool exc_is_tuple(exc_term t) { return exc_is_type(t, EXC_T_TUPLE); }
EXC_INLINE uint64_t exc_tuple_arity(exc_term t) { return exc_boxed_size(t); }
EXC_INLINE exc_term *exc_tuple_elems(exc_term t) { return exc_boxed_ptr(t) + 1; }

/* The rest of the term API (constructors, atoms table, equality, order, hash,
** binaries, maps, bignums, funs, refs) is declared in exc/term_api.h. */
#include "exc/term_api.h"

#endif

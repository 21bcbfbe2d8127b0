/* Internal interface shared by the files of runtime/src/term (exci_term_* names). */
#ifndef EXC_TERM_TERM_INTERNAL_H
#define EXC_TERM_TERM_INTERNAL_H

#include "exc/term.h"

/* Installs GC-backed GMP memory functions (idempotent, thread-safe). */
void exci_bignum_init(void);
/* Builds the atom table from atoms.def (idempotent, thread-safe). */
void exci_atom_init(void);

/* Hash of an atom's text (stable across runs: depends only on the text). */
uint64_t exci_atom_hash(exc_term atom);
/* Term order between two atoms, by text. */
int exci_atom_compare(exc_term a, exc_term b);

/* Integer term from an mpz that the caller owns and no longer uses (no copy). */
exc_term exci_bignum_take(mpz_ptr z);

/* Generic term order; exact != 0 orders 1 before 1.0 and distinguishes them. */
int exci_term_compare(exc_term a, exc_term b, int exact);

/* HAMT operations (hamt.c); `map` is an EXC_T_HAMT term. */
exc_term exci_hamt_get(exc_term map, exc_term key);
exc_term exci_hamt_put(exc_term map, exc_term key, exc_term val);
exc_term exci_hamt_delete(exc_term map, exc_term key);
size_t exci_hamt_size(exc_term map);
/* HAMT holding the n pairs of a small map plus key => val. */
exc_term exci_hamt_from_small(exc_term small, exc_term key, exc_term val);
/* Map of n pairs (last value wins for repeated keys): a HAMT, or a small map if the
** distinct keys are few enough. */
exc_term exci_hamt_from_arrays(const exc_term *keys, const exc_term *vals, size_t n);
void exci_hamt_iter_init(exc_map_iter *it);
bool exci_hamt_iter_next(exc_map_iter *it, exc_term *key, exc_term *val);

/* BEAM's internal term hash (OTP 25 make_internal_hash(t, salt), hash.c): the order
** of maps beyond 32 keys is BEAM's HAMT order under this hash. Equal (===) terms hash
** equally. _acc continues from a running hash h; _cons hashes the list [hd | tl];
** _mix is UINT32_HASH_2(x, y, k). */
#define EXCI_HC9 0x8ff34781u  /* tuple arity constant (HCONST_9) */
#define EXCI_HC16 0xe3779b90u /* map size constant (HCONST_16) */
uint32_t exci_hash_beam(exc_term t, uint32_t salt);
uint32_t exci_hash_beam_acc(uint32_t h, exc_term t);
uint32_t exci_hash_beam_cons(uint32_t h, exc_term hd, exc_term tl);
uint32_t exci_hash_beam_mix(uint32_t h, uint32_t x, uint32_t y, uint32_t k);
/* The BEAM hash of a HAMT, walking nodes as BEAM lays them out (hamt.c). */
uint32_t exci_hamt_hash_beam(uint32_t h, exc_term map);

/* 64-bit mixing used by every hash in the term layer. */
static inline uint64_t exci_mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

#endif

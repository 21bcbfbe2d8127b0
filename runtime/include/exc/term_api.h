/* Term constructors and operations (implemented in runtime/src/term/).
** The names below are the contract other parts of the runtime already use. */
#ifndef EXC_EXC_TERM_API_H
#define EXC_EXC_TERM_API_H

#include "exc/term.h"

/* Atoms: a global, thread-safe table; interning the same text gives the same term. */
exc_term exc_atom(const char *name);
exc_term exc_atom_n(const char *name, size_t len);
const char *exc_atom_text(exc_term atom, size_t *len);

/* Lists and tuples. exc_tuple_new leaves elements to be filled by the caller. */
exc_term exc_cons(exc_term head, exc_term tail);
exc_term exc_tuple_new(size_t arity);
exc_term exc_tuple2(exc_term a, exc_term b);
exc_term exc_tuple3(exc_term a, exc_term b, exc_term c);
exc_term exc_tuple4(exc_term a, exc_term b, exc_term c, exc_term d);
exc_term exc_tuple5(exc_term a, exc_term b, exc_term c, exc_term d, exc_term e);

/* References: globally unique (make_ref). */
exc_term exc_make_ref(void);

/* Comparison: == (1 == 1.0 true), === (exact), Erlang term order (-1, 0, 1), and a
** hash consistent with ===. */
bool exc_eq(exc_term a, exc_term b);
bool exc_eq_exact(exc_term a, exc_term b);
int exc_compare(exc_term a, exc_term b);
uint64_t exc_hash(exc_term t);

#endif

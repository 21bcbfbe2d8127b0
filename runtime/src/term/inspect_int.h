/* inspect_int.h: internals shared by the inspect_*.c files (atoms, strings, floats,
** the term walker). Public entry points are in exc/inspect.h. */
#ifndef EXC_TERM_INSPECT_INT_H
#define EXC_TERM_INSPECT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "term/algebra.h"

/* Float text as Inspect.Float prints it; `out` needs 400 bytes. Returns the length. */
size_t exci_inspect_float(double x, char *out);

/* How Macro.inspect_atom/2 is asked to print an atom. */
enum exci_atom_style {
    EXCI_ATOM_LITERAL,     /* :foo, :"foo bar", Foo, nil */
    EXCI_ATOM_KEY,         /* foo:, "foo bar":, "Elixir.Foo": */
    EXCI_ATOM_REMOTE_CALL, /* the function part of &Mod.fun/1 */
};

/* Appends the atom text `name` (UTF-8, `len` bytes) printed in `style`. */
void exci_inspect_atom_text(exci_buf *out, const char *name, size_t len,
                            enum exci_atom_style style);

/* Code.Identifier.escape/3: escapes `s` for a `quote`-delimited literal, stopping
** after `limit` characters (EXCI_ALG_INFINITY: no limit). Returns the number of
** bytes consumed; less than len means the text was cut. */
size_t exci_inspect_escape(exci_buf *out, const char *s, size_t len, int quote, int64_t limit);

/* String.printable?/2 on a binary. */
bool exci_inspect_printable(const char *s, size_t len, int64_t limit);

/* Decodes one UTF-8 code point the way Erlang's <<c/utf8>> matches (no overlong
** forms, no surrogates, at most 0x10FFFF). Returns its byte length, 0 if invalid. */
size_t exci_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/* Appends the UTF-8 encoding of `cp`. */
void exci_utf8_put(exci_buf *out, uint32_t cp);

/* Elixir's identifier tables (inspect_ident_table.c, generated): see there. */
typedef struct exci_ident_range {
    uint32_t lo, hi;
    uint8_t first;     /* 0: cannot start a token, 1: upper-case start, 2: identifier start */
    uint64_t first_ss; /* script set when starting a token */
    uint64_t cont_ss;  /* script set when continuing one; 0: not allowed */
} exci_ident_range;
extern const exci_ident_range exci_ident_ranges[];
extern const size_t exci_ident_nranges;
extern const uint64_t exci_ident_all_scripts;
extern const uint64_t exci_ident_restrictive[3];

/* ---- the term walker (Inspect.Algebra.to_doc and the protocol implementations) ---- */

#include "exc/inspect.h"

/* to_doc/2: the document for term `t` under options `o` (o->limit is the limit left). */
const exci_doc *exci_inspect_doc(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o);

/* Inspect.Atom, Inspect.Integer, Inspect.BitString (inspect.c). */
const exci_doc *exci_inspect_atom_doc(exci_alg_arena *ar, exc_term atom, enum exci_atom_style st);

/* Inspect.List, Inspect.Tuple, Inspect.Map and structs (inspect_coll.c). */
const exci_doc *exci_inspect_list(exci_alg_arena *ar, exc_term list, const exc_inspect_opts *o);
const exci_doc *exci_inspect_tuple(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o);
const exci_doc *exci_inspect_map(exci_alg_arena *ar, exc_term map, const exc_inspect_opts *o);

/* Registered struct fields in definition order (inspect_struct.c); NULL if the module
** was never registered. The array stays valid for the life of the program. */
const exc_term *exci_inspect_struct_fields(exc_term module, size_t *n);

/* Documents as Elixir terms (inspect_bridge.c); from_term gives NULL if `doc` is not
** a valid document. */
const exci_doc *exci_alg_from_term(exci_alg_arena *ar, exc_term doc);
exc_term exci_alg_to_term(const exci_doc *d);

/* The user Inspect implementation registered for `module`, or NULL. */
exc_inspect_impl_fn exci_inspect_impl(exc_term module);

#endif

/* Printing terms exactly as Elixir 1.14's Kernel.inspect/2 and IO.inspect/2 do
** (implemented in runtime/src/term/inspect*.c on top of a port of Inspect.Algebra,
** runtime/src/term/algebra*.c). See docs/inspect.md. */
#ifndef EXC_EXC_INSPECT_H
#define EXC_EXC_INSPECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "exc/term.h"

/* The value of `:infinity` for limit, printable_limit and width. */
#define EXC_INSPECT_INFINITY INT64_MAX

enum exc_inspect_charlists { EXC_CHARLISTS_INFER, EXC_CHARLISTS_AS_LISTS, EXC_CHARLISTS_AS_CHARLISTS };
enum exc_inspect_binaries { EXC_BINARIES_INFER, EXC_BINARIES_AS_BINARIES, EXC_BINARIES_AS_STRINGS };
enum exc_inspect_base { EXC_BASE_DECIMAL, EXC_BASE_BINARY, EXC_BASE_OCTAL, EXC_BASE_HEX };

/* The options of Inspect.Opts that change the text (syntax colors are not supported).
** Start from exc_inspect_defaults() and change fields. */
typedef struct exc_inspect_opts {
    int64_t limit;           /* elements shown per collection; default 50 */
    int64_t printable_limit; /* characters shown per string/charlist; default 4096 */
    int64_t width;           /* default 80 */
    bool pretty;             /* default false: Kernel.inspect lays out on one line */
    bool structs;            /* default true: %Name{...} for structs */
    enum exc_inspect_charlists charlists;
    enum exc_inspect_binaries binaries;
    enum exc_inspect_base base;
} exc_inspect_opts;

/* Inspect.Opts.new([]): limit 50, printable_limit 4096, width 80, pretty false. */
exc_inspect_opts exc_inspect_defaults(void);

/* Kernel.inspect(term, opts): the text as a binary term. Laid out at opts->width when
** opts->pretty, otherwise on one line (as Elixir). opts == NULL means defaults. */
exc_term exc_inspect(exc_term t, const exc_inspect_opts *opts);

/* The text laid out at `width` columns (EXC_INSPECT_INFINITY: one line), in a fresh
** NUL-terminated GC buffer (atomic: holds no pointers); *len gets its length if
** non-NULL. exc_inspect uses width = opts->pretty ? opts->width : infinity;
** IO.inspect uses width = opts->width whatever `pretty` says. */
char *exc_inspect_cstr(exc_term t, const exc_inspect_opts *opts, int64_t width, size_t *len);

/* Writes the same text to `f` (no newline). */
void exc_inspect_to_file(FILE *f, exc_term t, const exc_inspect_opts *opts, int64_t width);

/* FRONT-END ENTRY POINT: writes `t` to `f` as
**   inspect(t, limit: :infinity, printable_limit: :infinity)
** prints it (one line, nothing cut), without a newline. */
void exc_inspect_flat_to_file(FILE *f, exc_term t);

/* Struct definitions, so that %Foo{b: 1, a: 2} prints its fields in definition order
** (Elixir reads them from Foo.__info__(:struct)). `fields` lists the field atoms in
** definition order (__struct__ may be included; it is skipped). The array is copied.
** A struct whose module was never registered prints as a plain map, as Elixir prints
** a struct of an unknown module. Thread-safe; registering a module again replaces it.
** Range and MapSet print as Elixir's own Inspect implementations without this. */
void exc_inspect_register_struct(exc_term module, const exc_term *fields, size_t nfields);

/* Inspect.Opts.new(keyword): options from an Elixir keyword list such as
** [limit: 5, pretty: true, width: 40, charlists: :as_lists]. Unknown keys are ignored
** (as struct/2 does; IO.inspect's :label is the caller's). Returns false when the
** list or a value is invalid (the caller raises). */
bool exc_inspect_opts_from_keyword(exc_term kw, exc_inspect_opts *out);

/* The options as an %Inspect.Opts{} struct (what Elixir code receives as `opts`
** in inspect/2 implementations; :inspect_fun is nil) and back. from_term reads
** the struct's fields (or any map of option keys); false when a value is invalid. */
exc_term exc_inspect_opts_to_term(const exc_inspect_opts *o);
bool exc_inspect_opts_from_term(exc_term opts, exc_inspect_opts *out);

/* ---- Inspect.Algebra for Elixir code ----------------------------------------------
** Documents are the same Elixir terms as in Elixir 1.14: binaries, :doc_nil,
** :doc_line, {:doc_cons, a, b}, {:doc_break, s, :strict | :flex},
** {:doc_nest, d, n | :cursor | :reset, :always | :break}, {:doc_group, d, :self |
** :inherit}, {:doc_string, s, len}, {:doc_force, d}, {:doc_fits, d, mode},
** {:doc_limit, d, w}; {:doc_color, d, c} prints d. */

/* Inspect.Algebra.to_doc(term, opts) as a document term. */
exc_term exc_inspect_to_doc(exc_term t, const exc_inspect_opts *opts);

/* Inspect.Algebra.format(doc, width) as a binary; EXC_NONE if `doc` is not a
** document. */
exc_term exc_algebra_format(exc_term doc, int64_t width);

/* A user `defimpl Inspect, for: Module`: returns the document term for `value`
** (a struct of that module). Registered implementations take precedence over the
** built-in struct printing; an invalid document falls back to it. */
typedef exc_term (*exc_inspect_impl_fn)(exc_term value, const exc_inspect_opts *opts);
void exc_inspect_register_impl(exc_term module, exc_inspect_impl_fn fn);

#endif

/* inspect_bridge.c: inspect as seen from Elixir code — options from a keyword list
** (Inspect.Opts.new/1), Inspect.Algebra documents as Elixir terms ({:doc_cons, a, b},
** binaries, :doc_nil, ...) converted to and from the C documents, and the registry of
** user Inspect implementations for structs (defimpl Inspect). */
#include "term/inspect_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "exc/term_api.h"

/* ---- Inspect.Opts.new/1 -------------------------------------------------------------- */

static bool atom_is(exc_term t, const char *text)
{
    if (!exc_is_atom(t)) return false;
    size_t len;
    const char *s = exc_atom_text(t, &len);
    return strlen(text) == len && memcmp(s, text, len) == 0;
}

/* A non-negative integer or :infinity. */
static bool limit_value(exc_term v, int64_t *out)
{
    if (atom_is(v, "infinity")) return *out = EXC_INSPECT_INFINITY, true;
    if (!exc_is_small(v) || exc_small_val(v) < 0) return false;
    *out = exc_small_val(v);
    return true;
}

static bool bool_value(exc_term v, bool *out)
{
    if (v != EXC_A_true && v != EXC_A_false) return false;
    *out = v == EXC_A_true;
    return true;
}

/* Maps an atom to its index in `names` (NULL-terminated); -1 if absent. */
static int enum_value(exc_term v, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (atom_is(v, names[i])) return i;
    return -1;
}

static bool set_enum(exc_term v, const char *const *names, int *field)
{
    int i = enum_value(v, names);
    if (i < 0) return false;
    *field = i;
    return true;
}

static bool set_opt(exc_inspect_opts *o, exc_term key, exc_term v)
{
    static const char *const charlists[] = {"infer", "as_lists", "as_charlists", NULL};
    static const char *const char_lists[] = {"infer", "as_lists", "as_char_lists", NULL};
    static const char *const binaries[] = {"infer", "as_binaries", "as_strings", NULL};
    static const char *const bases[] = {"decimal", "binary", "octal", "hex", NULL};
    int e;
    if (atom_is(key, "limit")) return limit_value(v, &o->limit);
    if (atom_is(key, "printable_limit")) return limit_value(v, &o->printable_limit);
    if (atom_is(key, "width")) return limit_value(v, &o->width);
    if (atom_is(key, "pretty")) return bool_value(v, &o->pretty);
    if (atom_is(key, "structs")) return bool_value(v, &o->structs);
    if (atom_is(key, "charlists") || atom_is(key, "char_lists")) {
        if (!set_enum(v, atom_is(key, "charlists") ? charlists : char_lists, &e)) return false;
        o->charlists = (enum exc_inspect_charlists)e;
        return true;
    }
    if (atom_is(key, "binaries")) {
        if (!set_enum(v, binaries, &e)) return false;
        o->binaries = (enum exc_inspect_binaries)e;
        return true;
    }
    if (atom_is(key, "base")) {
        if (!set_enum(v, bases, &e)) return false;
        o->base = (enum exc_inspect_base)e;
        return true;
    }
    return true; /* struct/2 discards unknown keys; colors, safe, label are ignored here */
}

bool exc_inspect_opts_from_keyword(exc_term kw, exc_inspect_opts *out)
{
    *out = exc_inspect_defaults();
    for (; exc_is_cons(kw); kw = exc_tl(kw)) {
        exc_term pair = exc_hd(kw);
        if (!exc_is_tuple(pair) || exc_tuple_arity(pair) != 2) return false;
        exc_term *e = exc_tuple_elems(pair);
        if (!exc_is_atom(e[0]) || !set_opt(out, e[0], e[1])) return false;
    }
    return kw == EXC_NIL_LIST;
}

/* The fields of %Inspect.Opts{} (Elixir 1.14), in key order. */
static exc_term limit_term(int64_t v)
{
    return v == EXC_INSPECT_INFINITY ? exc_atom("infinity") : exc_small(v);
}

exc_term exc_inspect_opts_to_term(const exc_inspect_opts *o)
{
    static const char *const charlists[] = {"infer", "as_lists", "as_charlists"};
    static const char *const binaries[] = {"infer", "as_binaries", "as_strings"};
    static const char *const bases[] = {"decimal", "binary", "octal", "hex"};
    exc_term keys[14], vals[14];
    size_t n = 0;
#define FIELD(k, v) (keys[n] = exc_atom(k), vals[n++] = (v))
    FIELD("__struct__", exc_atom("Elixir.Inspect.Opts"));
    FIELD("base", exc_atom(bases[o->base]));
    FIELD("binaries", exc_atom(binaries[o->binaries]));
    FIELD("char_lists", exc_atom("infer"));
    FIELD("charlists", exc_atom(charlists[o->charlists]));
    FIELD("custom_options", EXC_NIL_LIST);
    FIELD("inspect_fun", EXC_A_nil); /* no Elixir-level Inspect.inspect/2 to point at */
    FIELD("limit", limit_term(o->limit));
    FIELD("pretty", exc_bool(o->pretty));
    FIELD("printable_limit", limit_term(o->printable_limit));
    FIELD("safe", EXC_A_true);
    FIELD("structs", exc_bool(o->structs));
    FIELD("syntax_colors", EXC_NIL_LIST);
    FIELD("width", limit_term(o->width));
#undef FIELD
    return exc_map_from_arrays(keys, vals, n);
}

bool exc_inspect_opts_from_term(exc_term opts, exc_inspect_opts *out)
{
    *out = exc_inspect_defaults();
    if (!exc_is_map(opts)) return false;
    exc_map_iter it;
    exc_term k, v;
    exc_map_iter_init(&it, opts);
    while (exc_map_iter_next(&it, &k, &v))
        if (exc_is_atom(k) && !atom_is(k, "__struct__") && !set_opt(out, k, v)) return false;
    return true;
}

/* ---- documents as Elixir terms ---------------------------------------------------------- */

static const char *bin_copy(exci_alg_arena *ar, exc_term b)
{
    return exci_alg_bin(ar, (const char *)exc_binary_data(b), exc_binary_size(b))->s;
}

static int64_t nest_level(exc_term t, bool *ok)
{
    if (atom_is(t, "cursor")) return EXCI_ALG_CURSOR;
    if (atom_is(t, "reset")) return EXCI_ALG_RESET;
    if (exc_is_small(t) && exc_small_val(t) >= 0) return exc_small_val(t);
    *ok = false;
    return 0;
}

static const exci_doc *from_term(exci_alg_arena *ar, exc_term t, bool *ok);

static const exci_doc *from_tuple(exci_alg_arena *ar, exc_term t, bool *ok)
{
    exc_term *e = exc_tuple_elems(t);
    size_t n = exc_tuple_arity(t);
    exc_term tag = n ? e[0] : EXC_NONE;
    if (n == 3 && atom_is(tag, "doc_cons"))
        return exci_alg_concat(ar, from_term(ar, e[1], ok), from_term(ar, e[2], ok));
    if (n == 3 && atom_is(tag, "doc_string") && exc_is_binary(e[1]) && exc_is_small(e[2])) {
        exci_doc *d = (exci_doc *)exci_alg_string(ar, bin_copy(ar, e[1]), exc_binary_size(e[1]));
        d->n = exc_small_val(e[2]);
        return d;
    }
    if (n == 3 && atom_is(tag, "doc_break") && exc_is_binary(e[1]))
        return exci_alg_break(ar, bin_copy(ar, e[1]),
                              atom_is(e[2], "flex") ? EXCI_BREAK_FLEX : EXCI_BREAK_STRICT);
    if (n == 4 && atom_is(tag, "doc_nest"))
        return exci_alg_nest(ar, from_term(ar, e[1], ok), nest_level(e[2], ok),
                             atom_is(e[3], "break") ? EXCI_NEST_BREAK : EXCI_NEST_ALWAYS);
    if (n == 3 && atom_is(tag, "doc_group"))
        return exci_alg_group(ar, from_term(ar, e[1], ok),
                              atom_is(e[2], "inherit") ? EXCI_GROUP_INHERIT : EXCI_GROUP_SELF);
    if (n == 2 && atom_is(tag, "doc_force")) return exci_alg_force_unfit(ar, from_term(ar, e[1], ok));
    if (n == 3 && atom_is(tag, "doc_fits"))
        return exci_alg_next_break_fits(ar, from_term(ar, e[1], ok),
                                        atom_is(e[2], "disabled") ? EXCI_FITS_DISABLED
                                                                  : EXCI_FITS_ENABLED);
    if (n == 3 && atom_is(tag, "doc_limit")) {
        exci_doc *d = (exci_doc *)exci_alg_no_limit(ar, from_term(ar, e[1], ok));
        if (!atom_is(e[2], "infinity")) d->n = nest_level(e[2], ok);
        return d;
    }
    if (n == 3 && atom_is(tag, "doc_color")) return from_term(ar, e[1], ok); /* no colors */
    *ok = false;
    return exci_alg_empty();
}

static const exci_doc *from_term(exci_alg_arena *ar, exc_term t, bool *ok)
{
    if (exc_is_binary(t)) return exci_alg_bin(ar, (const char *)exc_binary_data(t), exc_binary_size(t));
    if (atom_is(t, "doc_nil")) return exci_alg_empty();
    if (atom_is(t, "doc_line")) return exci_alg_line();
    if (exc_is_tuple(t)) return from_tuple(ar, t, ok);
    *ok = false;
    return exci_alg_empty();
}

const exci_doc *exci_alg_from_term(exci_alg_arena *ar, exc_term doc)
{
    bool ok = true;
    const exci_doc *d = from_term(ar, doc, &ok);
    return ok ? d : NULL;
}

static exc_term bin_of(const char *s, size_t len) { return exc_binary(s, len); }

static exc_term level_term(int64_t n)
{
    if (n == EXCI_ALG_CURSOR) return exc_atom("cursor");
    if (n == EXCI_ALG_RESET) return exc_atom("reset");
    if (n == EXCI_ALG_INFINITY) return exc_atom("infinity");
    return exc_small(n);
}

exc_term exci_alg_to_term(const exci_doc *d)
{
    switch (d->kind) {
    case EXCI_DOC_NIL: return exc_atom("doc_nil");
    case EXCI_DOC_LINE: return exc_atom("doc_line");
    case EXCI_DOC_BIN: return bin_of(d->s, d->len);
    case EXCI_DOC_STRING:
        return exc_tuple3(exc_atom("doc_string"), bin_of(d->s, d->len), exc_small(d->n));
    case EXCI_DOC_CONS:
        return exc_tuple3(exc_atom("doc_cons"), exci_alg_to_term(d->a), exci_alg_to_term(d->b));
    case EXCI_DOC_BREAK:
        return exc_tuple3(exc_atom("doc_break"), bin_of(d->s, d->len),
                          exc_atom(d->flag == EXCI_BREAK_FLEX ? "flex" : "strict"));
    case EXCI_DOC_NEST:
        return exc_tuple4(exc_atom("doc_nest"), exci_alg_to_term(d->a), level_term(d->n),
                          exc_atom(d->flag == EXCI_NEST_BREAK ? "break" : "always"));
    case EXCI_DOC_GROUP:
        return exc_tuple3(exc_atom("doc_group"), exci_alg_to_term(d->a),
                          exc_atom(d->flag == EXCI_GROUP_INHERIT ? "inherit" : "self"));
    case EXCI_DOC_FORCE: return exc_tuple2(exc_atom("doc_force"), exci_alg_to_term(d->a));
    case EXCI_DOC_FITS:
        return exc_tuple3(exc_atom("doc_fits"), exci_alg_to_term(d->a),
                          exc_atom(d->flag == EXCI_FITS_DISABLED ? "disabled" : "enabled"));
    case EXCI_DOC_LIMIT:
        return exc_tuple3(exc_atom("doc_limit"), exci_alg_to_term(d->a), level_term(d->n));
    }
    return exc_atom("doc_nil");
}

exc_term exc_inspect_to_doc(exc_term t, const exc_inspect_opts *opts)
{
    exc_inspect_opts o = opts ? *opts : exc_inspect_defaults();
    exci_alg_arena ar;
    exci_alg_arena_init(&ar);
    exc_term doc = exci_alg_to_term(exci_inspect_doc(&ar, t, &o));
    exci_alg_arena_free(&ar);
    return doc;
}

exc_term exc_algebra_format(exc_term doc, int64_t width)
{
    exci_alg_arena ar;
    exci_alg_arena_init(&ar);
    const exci_doc *d = exci_alg_from_term(&ar, doc);
    exc_term r = EXC_NONE;
    if (d) {
        exci_buf b = {0};
        exci_alg_format(d, width, &b);
        r = exc_binary(b.p ? b.p : "", b.len);
        free(b.p);
    }
    exci_alg_arena_free(&ar);
    return r;
}

/* ---- user Inspect implementations ---------------------------------------------------------- */

typedef struct impl_entry {
    exc_term module;
    exc_inspect_impl_fn fn;
} impl_entry;

static pthread_rwlock_t impl_lock = PTHREAD_RWLOCK_INITIALIZER;
static impl_entry *impls;
static size_t nimpls, capimpls;

void exc_inspect_register_impl(exc_term module, exc_inspect_impl_fn fn)
{
    pthread_rwlock_wrlock(&impl_lock);
    size_t i = 0;
    while (i < nimpls && impls[i].module != module) i++;
    if (i == nimpls) {
        if (nimpls == capimpls) {
            capimpls = capimpls ? capimpls * 2 : 16;
            impls = realloc(impls, capimpls * sizeof *impls);
            if (!impls) abort();
        }
        nimpls++;
    }
    impls[i] = (impl_entry){module, fn};
    pthread_rwlock_unlock(&impl_lock);
}

exc_inspect_impl_fn exci_inspect_impl(exc_term module)
{
    exc_inspect_impl_fn fn = NULL;
    pthread_rwlock_rdlock(&impl_lock);
    for (size_t i = 0; i < nimpls && !fn; i++)
        if (impls[i].module == module) fn = impls[i].fn;
    pthread_rwlock_unlock(&impl_lock);
    return fn;
}

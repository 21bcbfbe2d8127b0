/* inspect_coll.c: collections as Elixir 1.14 prints them — Inspect.List (charlists,
** keyword lists, improper lists), Inspect.Tuple, Inspect.Map, structs (Inspect.Any
** with registered field order), Inspect.Range, Inspect.MapSet and Inspect.Stream.
**
** Each collection goes through container_each/6 (here `each`), which applies the
** element limit and tracks simple?, then exci_alg_container (container_doc/6). */
#include "term/inspect_int.h"

#include <stdlib.h>
#include <string.h>

#include "exc/term_api.h"

/* Per-element printer: `a` is the element (or a map key / struct field), `b` the map
** value or field value when the collection is made of pairs. */
typedef const exci_doc *(*elem_fn)(exci_alg_arena *ar, exc_term a, exc_term b,
                                   const exc_inspect_opts *o);

/* The element documents of one container, in order. */
typedef struct docs {
    const exci_doc **d;
    size_t n, cap;
    bool simple;
} docs;

static void docs_add(docs *ds, const exci_doc *d)
{
    if (ds->n == ds->cap) {
        ds->cap = ds->cap ? ds->cap * 2 : 16;
        ds->d = realloc(ds->d, ds->cap * sizeof *ds->d);
        if (!ds->d) abort();
    }
    ds->d[ds->n++] = d;
}

static int64_t decrement(int64_t limit)
{
    return limit == EXC_INSPECT_INFINITY ? limit : limit - 1;
}

/* One step of container_each: prints the element with the limit decremented; an
** empty document does not use up the limit. Returns the limit left. */
static int64_t each_one(exci_alg_arena *ar, docs *ds, elem_fn fn, exc_term a, exc_term b,
                        const exc_inspect_opts *o, int64_t limit)
{
    exc_inspect_opts sub = *o;
    sub.limit = decrement(limit);
    const exci_doc *d = fn(ar, a, b, &sub);
    docs_add(ds, d);
    ds->simple = ds->simple && exci_alg_is_simple(d);
    return d->kind == EXCI_DOC_NIL ? limit : sub.limit;
}

static const exci_doc *finish(exci_alg_arena *ar, docs *ds, const char *open, const char *close,
                              int brk)
{
    const exci_doc *d = exci_alg_container(ar, exci_alg_lit(ar, open), ds->d, ds->n, ds->simple,
                                           exci_alg_lit(ar, close), brk, ",");
    free(ds->d);
    return d;
}

/* container_doc over an array of terms (tuple elements) or pairs (maps, structs). */
static const exci_doc *array_container(exci_alg_arena *ar, const exc_term *as, const exc_term *bs,
                                       size_t n, const char *open, const char *close, int brk,
                                       elem_fn fn, const exc_inspect_opts *o)
{
    docs ds = {NULL, 0, 0, brk == EXCI_CONTAINER_MAYBE};
    int64_t limit = o->limit;
    for (size_t i = 0; i < n; i++) {
        if (limit == 0) {
            docs_add(&ds, exci_alg_lit(ar, "..."));
            break;
        }
        limit = each_one(ar, &ds, fn, as[i], bs ? bs[i] : 0, o, limit);
    }
    return finish(ar, &ds, open, close, brk);
}

/* container_doc over a list, proper or not: an improper tail is joined to the last
** element with " |" (container_each's [left | right] clause). */
static const exci_doc *list_container(exci_alg_arena *ar, exc_term list, int brk, elem_fn fn,
                                      const exc_inspect_opts *o)
{
    docs ds = {NULL, 0, 0, brk == EXCI_CONTAINER_MAYBE};
    int64_t limit = o->limit;
    while (list != EXC_NIL_LIST) {
        if (limit == 0) {
            docs_add(&ds, exci_alg_lit(ar, "..."));
            break;
        }
        exc_term tail = exc_tl(list);
        if (exc_is_list(tail)) {
            limit = each_one(ar, &ds, fn, exc_hd(list), 0, o, limit);
            list = tail;
            continue;
        }
        exc_inspect_opts sub = *o;
        sub.limit = decrement(limit);
        const exci_doc *l = fn(ar, exc_hd(list), 0, &sub), *r = fn(ar, tail, 0, &sub);
        ds.simple = ds.simple && exci_alg_is_simple(l) && exci_alg_is_simple(r);
        docs_add(&ds, exci_alg_join(ar, l, r, ds.simple, " |"));
        break;
    }
    return finish(ar, &ds, "[", "]", brk);
}

/* ---- element printers --------------------------------------------------------------- */

static const exci_doc *plain_elem(exci_alg_arena *ar, exc_term a, exc_term b,
                                  const exc_inspect_opts *o)
{
    (void)b;
    return exci_inspect_doc(ar, a, o);
}

/* Inspect.List.keyword/2: `key: value`. */
static const exci_doc *keyword_pair(exci_alg_arena *ar, exc_term k, exc_term v,
                                    const exc_inspect_opts *o)
{
    const exci_doc *key = exci_inspect_atom_doc(ar, k, EXCI_ATOM_KEY);
    const exci_doc *val = exci_alg_concat(ar, exci_alg_lit(ar, " "), exci_inspect_doc(ar, v, o));
    return exci_alg_concat(ar, key, val);
}

static const exci_doc *keyword_elem(exci_alg_arena *ar, exc_term pair, exc_term b,
                                    const exc_inspect_opts *o)
{
    (void)b;
    exc_term *e = exc_tuple_elems(pair);
    return keyword_pair(ar, e[0], e[1], o);
}

/* Inspect.Map.to_assoc/3: `key => value`. */
static const exci_doc *assoc_pair(exci_alg_arena *ar, exc_term k, exc_term v,
                                  const exc_inspect_opts *o)
{
    const exci_doc *key = exci_alg_concat(ar, exci_inspect_doc(ar, k, o), exci_alg_lit(ar, " => "));
    return exci_alg_concat(ar, key, exci_inspect_doc(ar, v, o));
}

/* ---- lists ------------------------------------------------------------------------------- */

static bool starts_with_elixir_dot(exc_term atom)
{
    size_t len;
    const char *s = exc_atom_text(atom, &len);
    return len >= 7 && memcmp(s, "Elixir.", 7) == 0;
}

/* Inspect.List.keyword?/1: a proper list of {atom, _} whose atoms are not aliases. */
static bool is_keyword(exc_term list)
{
    for (; exc_is_cons(list); list = exc_tl(list)) {
        exc_term h = exc_hd(list);
        if (!exc_is_tuple(h) || exc_tuple_arity(h) != 2) return false;
        exc_term k = exc_tuple_elems(h)[0];
        if (!exc_is_atom(k) || starts_with_elixir_dot(k)) return false;
    }
    return list == EXC_NIL_LIST;
}

/* List.ascii_printable?/2 (only the first `limit` elements are checked). */
static bool ascii_printable(exc_term list, int64_t limit)
{
    for (; limit != 0; limit = decrement(limit)) {
        if (list == EXC_NIL_LIST) return true;
        if (!exc_is_cons(list)) return false;
        exc_term c = exc_hd(list);
        if (!exc_is_small(c)) return false;
        int64_t v = exc_small_val(c);
        if (!((v >= 7 && v <= 13) || v == 27 || (v >= 32 && v <= 126))) return false;
        list = exc_tl(list);
    }
    return true;
}

/* `'escaped'` or `'escaped' ++ ...` (IO.chardata_to_string then escape with '). */
static const exci_doc *charlist_doc(exci_alg_arena *ar, exc_term list, int64_t plimit)
{
    exci_buf text = {0}, b = {0};
    for (; exc_is_cons(list); list = exc_tl(list)) {
        exc_term c = exc_hd(list);
        if (exc_is_small(c)) exci_utf8_put(&text, (uint32_t)exc_small_val(c));
    }
    exci_buf_putc(&b, '\'');
    size_t used = exci_inspect_escape(&b, text.p ? text.p : "", text.len, '\'', plimit);
    exci_buf_putc(&b, '\'');
    if (used < text.len) exci_buf_puts(&b, " ++ ...");
    const exci_doc *d = exci_alg_bin(ar, b.p, b.len);
    free(text.p);
    free(b.p);
    return d;
}

const exci_doc *exci_inspect_list(exci_alg_arena *ar, exc_term list, const exc_inspect_opts *o)
{
    if (list == EXC_NIL_LIST) return exci_alg_lit(ar, "[]");
    if (o->charlists == EXC_CHARLISTS_AS_CHARLISTS ||
        (o->charlists == EXC_CHARLISTS_INFER && ascii_printable(list, o->printable_limit)))
        return charlist_doc(ar, list, o->printable_limit);
    if (is_keyword(list)) return list_container(ar, list, EXCI_CONTAINER_STRICT, keyword_elem, o);
    return list_container(ar, list, EXCI_CONTAINER_MAYBE, plain_elem, o);
}

/* ---- tuples ------------------------------------------------------------------------------- */

const exci_doc *exci_inspect_tuple(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o)
{
    return array_container(ar, exc_tuple_elems(t), NULL, exc_tuple_arity(t), "{", "}",
                           EXCI_CONTAINER_FLEX, plain_elem, o);
}

/* ---- maps and structs ---------------------------------------------------------------------- */

/* The pairs of a map in iteration order (maps:to_list). */
static size_t map_pairs(exc_term map, exc_term **keys, exc_term **vals)
{
    size_t n = exc_map_size(map), i = 0;
    *keys = malloc((n + 1) * sizeof **keys);
    *vals = malloc((n + 1) * sizeof **vals);
    if (!*keys || !*vals) abort();
    exc_map_iter it;
    exc_map_iter_init(&it, map);
    while (i < n && exc_map_iter_next(&it, &(*keys)[i], &(*vals)[i])) i++;
    return i;
}

static bool keys_are_keyword(const exc_term *keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!exc_is_atom(keys[i]) || starts_with_elixir_dot(keys[i])) return false;
    return true;
}

/* Inspect.Map.inspect/2: %{a: 1} when the keys make a keyword list, else %{k => v}. */
static const exci_doc *plain_map(exci_alg_arena *ar, exc_term map, const exc_inspect_opts *o)
{
    exc_term *keys, *vals;
    size_t n = map_pairs(map, &keys, &vals);
    elem_fn fn = keys_are_keyword(keys, n) ? keyword_pair : assoc_pair;
    const exci_doc *d =
        array_container(ar, keys, vals, n, "%{", "}", EXCI_CONTAINER_STRICT, fn, o);
    free(keys);
    free(vals);
    return d;
}

static bool atom_is(exc_term atom, const char *text)
{
    size_t len;
    const char *s = exc_atom_text(atom, &len);
    return strlen(text) == len && memcmp(s, text, len) == 0;
}

/* concat/1 of a list: fold_doc with concat/2, so it nests to the right. */
static const exci_doc *concat_list(exci_alg_arena *ar, const exci_doc **docs, size_t n)
{
    const exci_doc *d = docs[n - 1];
    for (size_t i = n - 1; i-- > 0;) d = exci_alg_concat(ar, docs[i], d);
    return d;
}

/* Inspect.Range: first..last, or first..last//step unless step is 1 and last >= first. */
static const exci_doc *range_doc(exci_alg_arena *ar, exc_term map, const exc_inspect_opts *o)
{
    exc_term first = exc_map_get(map, exc_atom("first")), last = exc_map_get(map, exc_atom("last"));
    exc_term step = exc_map_get(map, exc_atom("step"));
    if (first == EXC_NONE || last == EXC_NONE) return NULL;
    if (step == EXC_NONE) step = exc_small(exc_compare(first, last) <= 0 ? 1 : -1);
    const exci_doc *parts[5] = {exci_inspect_doc(ar, first, o), exci_alg_lit(ar, ".."),
                                exci_inspect_doc(ar, last, o), exci_alg_lit(ar, "//"), NULL};
    if (step == exc_small(1) && exc_compare(last, first) >= 0) return concat_list(ar, parts, 3);
    parts[4] = exci_inspect_doc(ar, step, o);
    return concat_list(ar, parts, 5);
}

/* Inspect.MapSet: MapSet.new([...]) over the set's elements, never as a charlist. */
static const exci_doc *mapset_doc(exci_alg_arena *ar, exc_term map, const exc_inspect_opts *o)
{
    exc_term inner = exc_map_get(map, exc_atom("map"));
    if (inner == EXC_NONE || !exc_is_map(inner)) return NULL;
    exc_inspect_opts sub = *o;
    sub.charlists = EXC_CHARLISTS_AS_LISTS;
    const exci_doc *parts[3] = {exci_alg_lit(ar, "MapSet.new("),
                                exci_inspect_list(ar, exc_map_keys(inner), &sub),
                                exci_alg_lit(ar, ")")};
    return concat_list(ar, parts, 3);
}

/* Inspect.Stream: #Stream<[enum: e, funs: reversed funs]>. */
static const exci_doc *stream_doc(exci_alg_arena *ar, exc_term map, const exc_inspect_opts *o)
{
    exc_term en = exc_map_get(map, exc_atom("enum")), funs = exc_map_get(map, exc_atom("funs"));
    if (en == EXC_NONE || funs == EXC_NONE) return NULL;
    exc_term rev = exc_list_reverse(funs);
    if (rev == EXC_NONE) return NULL;
    exc_term pairs[2] = {exc_tuple2(exc_atom("enum"), en), exc_tuple2(exc_atom("funs"), rev)};
    const exci_doc *parts[3] = {exci_alg_lit(ar, "#Stream<"),
                                exci_inspect_doc(ar, exc_list_from_array(pairs, 2), o),
                                exci_alg_lit(ar, ">")};
    return concat_list(ar, parts, 3);
}

/* Inspect.Any for a registered struct: %Name{field: value, ...} in definition order,
** when the map has exactly the struct's keys. */
static const exci_doc *struct_doc(exci_alg_arena *ar, exc_term map, exc_term module,
                                  const exc_inspect_opts *o)
{
    size_t nf;
    const exc_term *fields = exci_inspect_struct_fields(module, &nf);
    if (!fields || exc_map_size(map) != nf + 1) return NULL;
    exc_term *vals = malloc((nf + 1) * sizeof *vals), *keys = malloc((nf + 1) * sizeof *keys);
    if (!vals || !keys) abort();
    size_t n = 0;
    bool ok = true;
    for (size_t i = 0; i < nf && ok; i++) {
        exc_term v = exc_map_get(map, fields[i]);
        ok = v != EXC_NONE;
        if (!ok || atom_is(fields[i], "__exception__")) continue;
        keys[n] = fields[i];
        vals[n++] = v;
    }
    const exci_doc *d = NULL;
    if (ok) {
        exci_buf open = {0};
        exci_buf_putc(&open, '%');
        size_t len;
        const char *text = exc_atom_text(module, &len);
        exci_inspect_atom_text(&open, text, len, EXCI_ATOM_LITERAL);
        exci_buf_putc(&open, '{');
        const char *open_text = exci_alg_cstr(ar, open.p)->s;
        free(open.p);
        d = array_container(ar, keys, vals, n, open_text, "}", EXCI_CONTAINER_STRICT,
                            keyword_pair, o);
    }
    free(vals);
    free(keys);
    return d;
}

const exci_doc *exci_inspect_map(exci_alg_arena *ar, exc_term map, const exc_inspect_opts *o)
{
    exc_term module = exc_map_get(map, exc_atom("__struct__"));
    if (o->structs && module != EXC_NONE && exc_is_atom(module)) {
        const exci_doc *d = NULL;
        exc_inspect_impl_fn impl = exci_inspect_impl(module);
        if (impl) d = exci_alg_from_term(ar, impl(map, o));
        if (d) return d;
        if (atom_is(module, "Elixir.Range")) d = range_doc(ar, map, o);
        else if (atom_is(module, "Elixir.MapSet")) d = mapset_doc(ar, map, o);
        else if (atom_is(module, "Elixir.Stream")) d = stream_doc(ar, map, o);
        else d = struct_doc(ar, map, module, o);
        if (d) return d;
    }
    return plain_map(ar, map, o);
}

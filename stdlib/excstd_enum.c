/* excstd_enum.c: the Enum, Map, List, Keyword, String, Integer, Tuple and Atom
** functions generated code calls inline (see compiler/builtins.def). Enumerables are
** lists, ranges, maps and MapSets (excstd_to_list); funs are called with
** exc_fun_call. Strings are handled as UTF-8 code points. */
#include "excstd.h"

#include <stdlib.h>
#include <string.h>

#include "exc/error.h"
#include "exc/kernel.h"

#define L(x) excstd_to_list(x)
#define CALL1(f, a) exc_fun_call(f, 1, a)
#define CALL2(f, a, b) exc_fun_call(f, 2, a, b)

static exc_term rev(exc_term l) { return excstd_reverse(l, EXC_NIL_LIST); }

/* Elixir's guards reject bad arguments with FunctionClauseError for Mod.fun/n. */
static void need(bool ok, const char *mod, const char *fun, int n, exc_term a, exc_term b)
{
    if (ok) return;
    exc_term args = n == 1 ? exc_cons(a, EXC_NIL_LIST) : exc_list_from_array((exc_term[]){a, b}, 2);
    exc_error_function_clause(exc_atom(mod), exc_atom(fun), args);
}
#define INT(x) exc_is_small(x)
#define BIN(x) exc_is_binary(x)

exc_term excstd_enum_map(exc_term e, exc_term f)
{
    exc_term out = EXC_NIL_LIST;
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) out = exc_cons(CALL1(f, exc_hd(l)), out);
    return rev(out);
}

exc_term excstd_enum_each(exc_term e, exc_term f)
{
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) CALL1(f, exc_hd(l));
    return EXC_A(ok);
}

exc_term excstd_enum_filter(exc_term e, exc_term f, int keep)
{
    exc_term out = EXC_NIL_LIST;
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l))
        if (exc_truthy(CALL1(f, exc_hd(l))) == (keep != 0)) out = exc_cons(exc_hd(l), out);
    return rev(out);
}

exc_term excstd_enum_reduce(exc_term e, exc_term acc, exc_term f)
{
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) acc = CALL2(f, exc_hd(l), acc);
    return acc;
}

exc_term excstd_enum_reduce2(exc_term e, exc_term f)
{
    exc_term l = L(e);
    if (!exc_is_cons(l)) exc_raise_module(exc_atom("Elixir.Enum.EmptyError"), EXC_NIL_LIST);
    return excstd_enum_reduce(exc_tl(l), exc_hd(l), f);
}

exc_term excstd_enum_count(exc_term e)
{
    if (exc_is_map(e) && exc_map_get(e, exc_atom("__struct__")) == EXC_NONE) return exc_small((int64_t)exc_map_size(e));
    return exc_small(exc_list_length(L(e)));
}

exc_term excstd_enum_count2(exc_term e, exc_term f)
{
    int64_t n = 0;
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) n += exc_truthy(CALL1(f, exc_hd(l)));
    return exc_small(n);
}

exc_term excstd_enum_at(exc_term e, exc_term i, exc_term dflt)
{
    need(INT(i), "Elixir.Enum", "at", 2, e, i);
    exc_term l = L(e);
    int64_t k = exc_small_val(i), n = exc_list_length(l);
    if (k < 0) k += n;
    if (k < 0 || k >= n) return dflt;
    for (; k > 0; k--) l = exc_tl(l);
    return exc_hd(l);
}

exc_term excstd_enum_fetch(exc_term e, exc_term i)
{
    exc_term none = exc_atom("exc@none");
    exc_term v = excstd_enum_at(e, i, none);
    return v == none ? EXC_A(error) : exc_tuple2(EXC_A(ok), v);
}

exc_term excstd_enum_fetch_bang(exc_term e, exc_term i)
{
    exc_term none = exc_atom("exc@none");
    exc_term v = excstd_enum_at(e, i, none);
    if (v == none) exc_raise_module(exc_atom("Elixir.Enum.OutOfBoundsError"), EXC_NIL_LIST);
    return v;
}

exc_term excstd_enum_take(exc_term e, exc_term n)
{
    need(INT(n), "Elixir.Enum", "take", 2, e, n);
    exc_term l = L(e), out = EXC_NIL_LIST;
    int64_t k = exc_small_val(n);
    if (k < 0) {
        int64_t len = exc_list_length(l);
        for (int64_t i = 0; i < len + k; i++) l = exc_tl(l);
        return l;
    }
    for (; k > 0 && exc_is_cons(l); k--, l = exc_tl(l)) out = exc_cons(exc_hd(l), out);
    return rev(out);
}

exc_term excstd_enum_drop(exc_term e, exc_term n)
{
    need(INT(n), "Elixir.Enum", "drop", 2, e, n);
    exc_term l = L(e);
    int64_t k = exc_small_val(n);
    if (k < 0) return excstd_enum_take(l, exc_small(exc_list_length(l) + k));
    for (; k > 0 && exc_is_cons(l); k--) l = exc_tl(l);
    return l;
}

/* a before b? With fun == EXC_NONE: term order; else fun.(a, b) truthy. The fun is
** passed down (no global): a comparator may yield and resume on another thread. */
static bool before(exc_term fun, exc_term a, exc_term b)
{
    if (fun == EXC_NONE)
        return exc_compare(a, b) <= 0;
    if (exc_is_atom(fun)) /* :desc, stable */
        return exc_compare(a, b) >= 0;
    return exc_truthy(CALL2(fun, a, b));
}

/* merge sort keeps equal elements in order (Enum.sort is stable) */
static void msort(exc_term *a, size_t n, exc_term *tmp, exc_term fun)
{
    if (n < 2) return;
    size_t h = n / 2;
    msort(a, h, tmp, fun);
    msort(a + h, n - h, tmp, fun);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = before(fun, a[i], a[j]) ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

exc_term excstd_enum_sort(exc_term e, exc_term f)
{
    size_t n;
    exc_term *a = exc_list_to_array(L(e), &n);
    exc_term *tmp = exc_alloc((n + 1) * sizeof *tmp);
    if (f == EXC_NONE || f == exc_atom("asc")) {
        msort(a, n, tmp, EXC_NONE);
    } else if (f == exc_atom("desc")) {
        msort(a, n, tmp, f);
    } else {
        msort(a, n, tmp, f);
    }
    return exc_list_from_array(a, n);
}

exc_term excstd_enum_sum(exc_term e)
{
    exc_term acc = exc_small(0);
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) acc = exc_k_add(acc, exc_hd(l));
    return acc;
}

exc_term excstd_enum_minmax(exc_term e, int max)
{
    exc_term l = L(e);
    if (!exc_is_cons(l)) exc_raise_module(exc_atom("Elixir.Enum.EmptyError"), EXC_NIL_LIST);
    exc_term best = exc_hd(l);
    for (l = exc_tl(l); exc_is_cons(l); l = exc_tl(l)) {
        int c = exc_compare(exc_hd(l), best);
        if (max ? c > 0 : c < 0) best = exc_hd(l);
    }
    return best;
}

exc_term excstd_enum_join(exc_term e, exc_term sep)
{
    exc_term acc = exc_binary("", 0);
    bool first = true;
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) {
        if (!first) acc = exc_k_concat(acc, sep);
        acc = exc_k_concat(acc, exc_k_to_string(exc_hd(l)));
        first = false;
    }
    return acc;
}

exc_term excstd_enum_map_join(exc_term e, exc_term sep, exc_term f) { return excstd_enum_join(excstd_enum_map(e, f), sep); }

exc_term excstd_enum_any(exc_term e, exc_term f, int all)
{
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) {
        bool t = exc_truthy(f == EXC_NONE ? exc_hd(l) : CALL1(f, exc_hd(l)));
        if (all && !t) return EXC_A_false;
        if (!all && t) return EXC_A_true;
    }
    return exc_bool(all);
}

exc_term excstd_enum_find(exc_term e, exc_term dflt, exc_term f)
{
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l))
        if (exc_truthy(CALL1(f, exc_hd(l)))) return exc_hd(l);
    return dflt;
}

exc_term excstd_enum_zip(exc_term a, exc_term b)
{
    exc_term x = L(a), y = L(b), out = EXC_NIL_LIST;
    for (; exc_is_cons(x) && exc_is_cons(y); x = exc_tl(x), y = exc_tl(y)) out = exc_cons(exc_tuple2(exc_hd(x), exc_hd(y)), out);
    return rev(out);
}

exc_term excstd_enum_with_index(exc_term e)
{
    exc_term out = EXC_NIL_LIST;
    int64_t i = 0;
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l)) out = exc_cons(exc_tuple2(exc_hd(l), exc_small(i++)), out);
    return rev(out);
}

exc_term excstd_enum_member(exc_term e, exc_term x) { return excstd_in(x, e); }
exc_term excstd_enum_empty(exc_term e) { return exc_bool(!exc_is_cons(L(e))); }
exc_term excstd_enum_into(exc_term e, exc_term into) { return excstd_into(into, L(e)); }

exc_term excstd_enum_flat_map(exc_term e, exc_term f)
{
    exc_term out = EXC_NIL_LIST;
    for (exc_term l = L(e); exc_is_cons(l); l = exc_tl(l))
        for (exc_term r = L(CALL1(f, exc_hd(l))); exc_is_cons(r); r = exc_tl(r)) out = exc_cons(exc_hd(r), out);
    return rev(out);
}

/* ---- Map / Keyword ---- */
exc_term excstd_map_new(exc_term e) { return e == EXC_NONE ? exc_map_empty() : excstd_map_from_list(L(e)); }

exc_term excstd_map_update_bang(exc_term m, exc_term k, exc_term f)
{
    exc_term v = excstd_map_fetch_bang(m, k);
    return exc_map_put(m, k, CALL1(f, v));
}

exc_term excstd_map_update(exc_term m, exc_term k, exc_term dflt, exc_term f)
{
    if (!exc_is_map(m)) exc_error_badmap(m);
    exc_term v = exc_map_get(m, k);
    return exc_map_put(m, k, v == EXC_NONE ? dflt : CALL1(f, v));
}

exc_term excstd_map_from_struct(exc_term m)
{
    return exc_map_delete(m, exc_atom("__struct__"));
}

exc_term excstd_kw_get(exc_term kw, exc_term k, exc_term dflt)
{
    need(exc_is_list(kw) && exc_is_atom(k), "Elixir.Keyword", "get", 2, kw, k);
    for (; exc_is_cons(kw); kw = exc_tl(kw)) {
        exc_term p = exc_hd(kw);
        if (exc_is_tuple(p) && exc_tuple_arity(p) == 2 && exc_tuple_elems(p)[0] == k) return exc_tuple_elems(p)[1];
    }
    return dflt;
}

exc_term excstd_kw_fetch_bang(exc_term kw, exc_term k)
{
    need(exc_is_list(kw) && exc_is_atom(k), "Elixir.Keyword", "fetch!", 2, kw, k);
    exc_term none = exc_atom("exc@none");
    exc_term v = excstd_kw_get(kw, k, none);
    if (v == none) /* raise KeyError, key: k, term: kw (no message: it is computed) */
        exc_raise_module(exc_atom("Elixir.KeyError"),
                         exc_list_from_array((exc_term[]){exc_tuple2(exc_atom("key"), k),
                                                          exc_tuple2(exc_atom("term"), kw)}, 2));
    return v;
}

exc_term excstd_kw_has_key(exc_term kw, exc_term k)
{
    exc_term none = exc_atom("exc@none");
    return exc_bool(excstd_kw_get(kw, k, none) != none);
}

exc_term excstd_kw_delete(exc_term kw, exc_term k)
{
    need(exc_is_list(kw) && exc_is_atom(k), "Elixir.Keyword", "delete", 2, kw, k);
    exc_term out = EXC_NIL_LIST;
    for (; exc_is_cons(kw); kw = exc_tl(kw))
        if (!exc_is_tuple(exc_hd(kw)) || exc_tuple_arity(exc_hd(kw)) != 2 || exc_tuple_elems(exc_hd(kw))[0] != k)
            out = exc_cons(exc_hd(kw), out);
    return rev(out);
}

exc_term excstd_kw_put(exc_term kw, exc_term k, exc_term v) { return exc_cons(exc_tuple2(k, v), excstd_kw_delete(kw, k)); }

exc_term excstd_kw_keys(exc_term kw)
{
    need(exc_is_list(kw), "Elixir.Keyword", "keys", 1, kw, kw);
    exc_term out = EXC_NIL_LIST;
    for (; exc_is_cons(kw); kw = exc_tl(kw)) {
        need(exc_is_tuple(exc_hd(kw)) && exc_tuple_arity(exc_hd(kw)) == 2, "Elixir.Keyword", "keys", 1, kw, kw);
        out = exc_cons(exc_tuple_elems(exc_hd(kw))[0], out);
    }
    return rev(out);
}

exc_term excstd_kw_get_values(exc_term kw, exc_term k)
{
    need(exc_is_list(kw) && exc_is_atom(k), "Elixir.Keyword", "get_values", 2, kw, k);
    exc_term out = EXC_NIL_LIST;
    for (; exc_is_cons(kw); kw = exc_tl(kw))
        if (exc_is_tuple(exc_hd(kw)) && exc_tuple_arity(exc_hd(kw)) == 2 && exc_tuple_elems(exc_hd(kw))[0] == k)
            out = exc_cons(exc_tuple_elems(exc_hd(kw))[1], out);
    return rev(out);
}

/* ---- List / Tuple ---- */
exc_term excstd_list_duplicate(exc_term x, exc_term n)
{
    need(INT(n) && exc_small_val(n) >= 0, "Elixir.List", "duplicate", 2, x, n);
    exc_term out = EXC_NIL_LIST;
    for (int64_t i = 0; i < exc_small_val(n); i++) out = exc_cons(x, out);
    return out;
}

exc_term excstd_list_first(exc_term l) { return exc_is_cons(l) ? exc_hd(l) : EXC_A_nil; }
exc_term excstd_list_last(exc_term l)
{
    exc_term r = EXC_A_nil;
    for (; exc_is_cons(l); l = exc_tl(l)) r = exc_hd(l);
    return r;
}

static exc_term flat(exc_term l, exc_term acc)
{
    for (; exc_is_cons(l); l = exc_tl(l))
        acc = exc_is_list(exc_hd(l)) ? flat(exc_hd(l), acc) : exc_cons(exc_hd(l), acc);
    return acc;
}
exc_term excstd_list_flatten(exc_term l) { return rev(flat(l, EXC_NIL_LIST)); }

exc_term excstd_tuple_duplicate(exc_term x, exc_term n)
{
    need(INT(n) && exc_small_val(n) >= 0, "Elixir.Tuple", "duplicate", 2, x, n);
    int64_t k = exc_small_val(n);
    exc_term t = exc_tuple_new((size_t)k);
    for (int64_t i = 0; i < k; i++) exc_tuple_elems(t)[i] = x;
    return t;
}

exc_term excstd_tuple_append(exc_term t, exc_term x)
{
    need(exc_is_tuple(t), "Elixir.Tuple", "append", 2, t, x);
    size_t n = exc_tuple_arity(t);
    exc_term r = exc_tuple_new(n + 1);
    memcpy(exc_tuple_elems(r), exc_tuple_elems(t), n * sizeof(exc_term));
    exc_tuple_elems(r)[n] = x;
    return r;
}

/* ---- String / Integer ---- */
static exc_term need_bin(exc_term s)
{
    if (!exc_is_binary(s)) exc_raise_module(exc_atom("Elixir.FunctionClauseError"), EXC_NIL_LIST);
    return s;
}

exc_term excstd_str_case(exc_term s, int up)
{
    need_bin(s);
    size_t n = exc_binary_size(s);
    uint8_t *d;
    exc_term r = exc_binary_new(n, &d);
    const uint8_t *src = exc_binary_data(s);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        d[i] = up ? (c >= 'a' && c <= 'z' ? c - 32 : c) : (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return r;
}

exc_term excstd_str_length(exc_term s)
{
    need_bin(s);
    int64_t n = 0;
    const uint8_t *d = exc_binary_data(s);
    for (size_t i = 0; i < exc_binary_size(s); i++) n += (d[i] & 0xC0) != 0x80;
    return exc_small(n);
}

exc_term excstd_str_graphemes(exc_term s)
{
    exc_term out = EXC_NIL_LIST, cur = need_bin(s);
    while (exc_binary_size(cur) > 0) {
        exc_term before = cur;
        if (excstd_bin_take(&cur, EXC_NONE, 2) == EXC_NONE) break;
        out = exc_cons(exc_binary_slice(before, 0, exc_binary_size(before) - exc_binary_size(cur)), out);
    }
    return rev(out);
}

exc_term excstd_str_reverse(exc_term s)
{
    exc_term acc = exc_binary("", 0);
    for (exc_term l = excstd_str_graphemes(s); exc_is_cons(l); l = exc_tl(l)) acc = exc_k_concat(exc_hd(l), acc);
    return acc;
}

exc_term excstd_str_at(exc_term s, exc_term i) {
    need(BIN(s) && INT(i), "Elixir.String", "at", 2, s, i); return excstd_enum_at(excstd_str_graphemes(s), i, EXC_A_nil); }

exc_term excstd_str_slice(exc_term s, exc_term start, exc_term len)
{
    need(BIN(s) && INT(start) && INT(len) && exc_small_val(len) >= 0, "Elixir.String", "slice", 2, s, start);
    exc_term g = excstd_str_graphemes(s);
    int64_t n = exc_list_length(g), st = exc_small_val(start);
    if (st < 0) st += n;
    if (st < 0 || st > n) return exc_binary("", 0);
    return excstd_iodata_to_binary(excstd_enum_take(excstd_enum_drop(g, exc_small(st)), len));
}

exc_term excstd_str_duplicate(exc_term s, exc_term n)
{
    need(BIN(s) && INT(n) && exc_small_val(n) >= 0, "Elixir.String", "duplicate", 2, s, n);
    exc_term acc = exc_binary("", 0);
    for (int64_t i = 0; i < exc_small_val(n); i++) acc = exc_k_concat(acc, s);
    return acc;
}

static bool is_ws(uint8_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

exc_term excstd_str_trim(exc_term s)
{
    need_bin(s);
    const uint8_t *d = exc_binary_data(s);
    size_t a = 0, b = exc_binary_size(s);
    while (a < b && is_ws(d[a])) a++;
    while (b > a && is_ws(d[b - 1])) b--;
    return exc_binary_slice(s, a, b - a);
}

static const uint8_t *find(const uint8_t *h, size_t hn, const uint8_t *n, size_t nn)
{
    if (nn == 0 || nn > hn) return NULL;
    for (size_t i = 0; i + nn <= hn; i++)
        if (memcmp(h + i, n, nn) == 0) return h + i;
    return NULL;
}

exc_term excstd_str_split(exc_term s, exc_term sep)
{
    need(sep == EXC_NONE || BIN(sep) || (exc_is_cons(sep) && BIN(exc_hd(sep))), "Elixir.String", "split", 2, s, sep);
    need_bin(s);
    exc_term out = EXC_NIL_LIST;
    const uint8_t *d = exc_binary_data(s);
    size_t n = exc_binary_size(s);
    if (sep == EXC_NONE) {
        size_t i = 0;
        while (i < n) {
            while (i < n && is_ws(d[i])) i++;
            size_t st = i;
            while (i < n && !is_ws(d[i])) i++;
            if (i > st) out = exc_cons(exc_binary_slice(s, st, i - st), out);
        }
        return rev(out);
    }
    if (exc_is_list(sep)) sep = exc_hd(sep);
    const uint8_t *p = exc_binary_data(sep);
    size_t pn = exc_binary_size(sep), pos = 0;
    if (pn == 0) return excstd_str_graphemes(s);
    const uint8_t *hit;
    while ((hit = find(d + pos, n - pos, p, pn))) {
        size_t at = (size_t)(hit - d);
        out = exc_cons(exc_binary_slice(s, pos, at - pos), out);
        pos = at + pn;
    }
    out = exc_cons(exc_binary_slice(s, pos, n - pos), out);
    return rev(out);
}

exc_term excstd_str_replace(exc_term s, exc_term pat, exc_term rep)
{
    need(BIN(s) && BIN(pat) && BIN(rep), "Elixir.String", "replace", 2, s, pat);
    exc_term parts = excstd_str_split(s, pat);
    return excstd_enum_join(parts, rep);
}

exc_term excstd_str_contains(exc_term s, exc_term pat)
{
    need(BIN(pat) || exc_is_list(pat), "Elixir.String", "contains?", 2, s, pat);
    need_bin(s);
    if (exc_is_list(pat)) {
        for (; exc_is_cons(pat); pat = exc_tl(pat))
            if (excstd_str_contains(s, exc_hd(pat)) == EXC_A_true) return EXC_A_true;
        return EXC_A_false;
    }
    if (exc_binary_size(pat) == 0) return EXC_A_true;
    return exc_bool(find(exc_binary_data(s), exc_binary_size(s), exc_binary_data(pat), exc_binary_size(pat)) != NULL);
}

exc_term excstd_str_starts_with(exc_term s, exc_term p)
{
    need(BIN(s) && BIN(p), "Elixir.String", "starts_with?", 2, s, p);
    need_bin(s);
    return exc_bool(excstd_bin_prefix(s, p) != EXC_NONE);
}

exc_term excstd_str_ends_with(exc_term s, exc_term p)
{
    need(BIN(s) && BIN(p), "Elixir.String", "ends_with?", 2, s, p);
    size_t n = exc_binary_size(s), m = exc_binary_size(p);
    return exc_bool(m <= n && memcmp(exc_binary_data(s) + n - m, exc_binary_data(p), m) == 0);
}

exc_term excstd_str_pad(exc_term s, exc_term width, exc_term pad, int leading)
{
    need(BIN(s) && INT(width) && (pad == EXC_NONE || BIN(pad)), "Elixir.String", leading ? "pad_leading" : "pad_trailing", 2, s, width);
    int64_t len = exc_small_val(excstd_str_length(s)), w = exc_small_val(width);
    exc_term fill = exc_binary("", 0);
    for (int64_t i = len; i < w; i++) fill = exc_k_concat(fill, pad == EXC_NONE ? exc_binary(" ", 1) : pad);
    return leading ? exc_k_concat(fill, s) : exc_k_concat(s, fill);
}

exc_term excstd_str_to_integer(exc_term s)
{
    if (!exc_is_binary(s)) exc_error_bif("binary_to_integer", 1, &s);
    exc_term r = exc_integer_parse((const char *)exc_binary_data(s), exc_binary_size(s), 10);
    if (r == EXC_NONE) exc_error_bif("binary_to_integer", 1, &s);
    return r;
}

exc_term excstd_int_to_string(exc_term i, exc_term base)
{
    return excstd_integer_to_binary(i, base == EXC_NONE ? exc_small(10) : base);
}

exc_term excstd_int_checked(exc_term r, exc_term a, exc_term b)
{
    (void)a, (void)b;
    if (r == EXC_NONE) exc_error_badarith();
    return r;
}

/* container[key]: maps, keyword lists, nil */
exc_term excstd_access_get(exc_term c, exc_term k)
{
    if (exc_is_map(c)) {
        exc_term v = exc_map_get(c, k);
        return v == EXC_NONE ? EXC_A_nil : v;
    }
    if (c == EXC_A_nil) return EXC_A_nil;
    if (exc_is_list(c)) return excstd_kw_get(c, k, EXC_A_nil);
    exc_error_badarg();
}

/* get_in/put_in/update_in over nested maps and keyword lists with a key list. */
exc_term excstd_get_in(exc_term data, exc_term keys)
{
    for (; exc_is_cons(keys); keys = exc_tl(keys))
        data = excstd_access_get(data, exc_hd(keys));
    return data;
}

static exc_term access_put(exc_term c, exc_term k, exc_term v)
{
    if (exc_is_map(c)) return exc_map_put(c, k, v);
    if (exc_is_list(c)) return excstd_kw_put(c, k, v);
    exc_error_badarg();
}

exc_term excstd_update_in(exc_term data, exc_term keys, exc_term fun)
{
    if (!exc_is_cons(keys)) return exc_fun_call(fun, 1, data);
    exc_term k = exc_hd(keys);
    exc_term inner = excstd_update_in(excstd_access_get(data, k), exc_tl(keys), fun);
    return access_put(data, k, inner);
}

exc_term excstd_put_in(exc_term data, exc_term keys, exc_term value)
{
    if (!exc_is_cons(keys)) return value;
    exc_term k = exc_hd(keys);
    return access_put(data, k, excstd_put_in(excstd_access_get(data, k), exc_tl(keys), value));
}

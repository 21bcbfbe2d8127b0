/* Maps: the public map API and small sorted maps (<= EXC_MAP_SMALL_MAX keys).
** Layout: header(n, EXC_T_MAP), keys[n] in map-key order, values[n]. Bigger maps are
** HAMTs (hamt.c); a map changes representation exactly when it crosses 32 keys. */
#include "term_internal.h"

#include <stdlib.h>

#include "exc/alloc.h"

static const uint64_t empty_map_box[1] __attribute__((aligned(8))) = {EXC_T_MAP};

exc_term exc_map_empty(void) { return (exc_term)(uintptr_t)empty_map_box; }

static size_t small_n(exc_term m) { return (size_t)exc_boxed_size(m); }
static exc_term *small_keys(exc_term m) { return exc_boxed_ptr(m) + 1; }
static exc_term *small_vals(exc_term m) { return exc_boxed_ptr(m) + 1 + small_n(m); }
static bool is_hamt(exc_term m) { return exc_boxed_type(m) == EXC_T_HAMT; }

static exc_term small_alloc(size_t n)
{
    exc_term *p = exc_alloc((1 + 2 * n) * sizeof(exc_term));
    p[0] = exc_header(n, EXC_T_MAP);
    return (exc_term)(uintptr_t)p;
}

/* Index of key, or -(insertion point) - 1 when absent. Immediate keys are found by
** word comparison (the common atom-key case); others by binary search. */
static ptrdiff_t small_find(exc_term m, exc_term key)
{
    size_t n = small_n(m);
    exc_term *k = small_keys(m);
    if (!exc_is_boxed(key) && !exc_is_cons(key)) {
        for (size_t i = 0; i < n; i++)
            if (k[i] == key) return (ptrdiff_t)i;
    }
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = exci_term_compare(k[mid], key, 1);
        if (c == 0) return (ptrdiff_t)mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -(ptrdiff_t)lo - 1;
}

size_t exc_map_size(exc_term map)
{
    return is_hamt(map) ? exci_hamt_size(map) : small_n(map);
}

exc_term exc_map_get(exc_term map, exc_term key)
{
    if (is_hamt(map)) return exci_hamt_get(map, key);
    ptrdiff_t i = small_find(map, key);
    return i >= 0 ? small_vals(map)[i] : EXC_NONE;
}

/* Copy of small map m with slot i replaced (replace) or a new pair inserted at i. */
static exc_term small_with(exc_term m, size_t i, exc_term key, exc_term val, bool replace)
{
    size_t n = small_n(m), r = replace ? n : n + 1;
    exc_term out = small_alloc(r);
    exc_term *ok = small_keys(out), *ov = small_vals(out), *k = small_keys(m), *v = small_vals(m);
    for (size_t s = 0, d = 0; d < r; d++) {
        if (d == i) {
            ok[d] = key;
            ov[d] = val;
            if (replace) s++;
            continue;
        }
        ok[d] = k[s];
        ov[d] = v[s++];
    }
    return out;
}

exc_term exc_map_put(exc_term map, exc_term key, exc_term val)
{
    if (is_hamt(map)) return exci_hamt_put(map, key, val);
    ptrdiff_t i = small_find(map, key);
    if (i >= 0) return small_vals(map)[i] == val ? map : small_with(map, (size_t)i, key, val, true);
    if (small_n(map) >= EXC_MAP_SMALL_MAX) return exci_hamt_from_small(map, key, val);
    return small_with(map, (size_t)(-i - 1), key, val, false);
}

static exc_term small_without(exc_term m, size_t i)
{
    size_t n = small_n(m);
    if (n == 1) return exc_map_empty();
    exc_term out = small_alloc(n - 1);
    for (size_t s = 0, d = 0; s < n; s++) {
        if (s == i) continue;
        small_keys(out)[d] = small_keys(m)[s];
        small_vals(out)[d++] = small_vals(m)[s];
    }
    return out;
}

exc_term exc_map_delete(exc_term map, exc_term key)
{
    if (is_hamt(map)) return exci_hamt_delete(map, key);
    ptrdiff_t i = small_find(map, key);
    return i >= 0 ? small_without(map, (size_t)i) : map;
}

/* Small map of n <= EXC_MAP_SMALL_MAX pairs in one allocation: insertion sort into
** scratch arrays (a repeated key replaces the earlier value), then one copy. */
static exc_term small_from_arrays(const exc_term *keys, const exc_term *vals, size_t n)
{
    exc_term sk[EXC_MAP_SMALL_MAX], sv[EXC_MAP_SMALL_MAX];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = m;
        int c = 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            c = exci_term_compare(sk[mid], keys[i], 1);
            if (c == 0) {
                lo = mid;
                break;
            }
            if (c < 0) lo = mid + 1;
            else hi = mid;
        }
        if (c == 0 && lo < m) {
            sv[lo] = vals[i];
            continue;
        }
        memmove(sk + lo + 1, sk + lo, (m - lo) * sizeof(exc_term));
        memmove(sv + lo + 1, sv + lo, (m - lo) * sizeof(exc_term));
        sk[lo] = keys[i], sv[lo] = vals[i], m++;
    }
    if (m == 0) return exc_map_empty();
    exc_term out = small_alloc(m);
    memcpy(small_keys(out), sk, m * sizeof(exc_term));
    memcpy(small_vals(out), sv, m * sizeof(exc_term));
    return out;
}

exc_term exc_map_from_arrays(const exc_term *keys, const exc_term *vals, size_t n)
{
    if (n <= EXC_MAP_SMALL_MAX) return small_from_arrays(keys, vals, n);
    return exci_hamt_from_arrays(keys, vals, n);
}

/* ---- iteration and lists --------------------------------------------------- */

void exc_map_iter_init(exc_map_iter *it, exc_term map)
{
    it->map = map;
    it->pos = 0;
    if (is_hamt(map)) exci_hamt_iter_init(it);
}

/* HAMTs keep pos as the direction flag (small maps: both orders are key order). */
void exc_map_iter_init_fold(exc_map_iter *it, exc_term map)
{
    exc_map_iter_init(it, map);
    if (is_hamt(map)) it->pos = 1;
}

bool exc_map_iter_next(exc_map_iter *it, exc_term *key, exc_term *val)
{
    if (is_hamt(it->map)) return exci_hamt_iter_next(it, key, val);
    if (it->pos >= small_n(it->map)) return false;
    *key = small_keys(it->map)[it->pos];
    *val = small_vals(it->map)[it->pos++];
    return true;
}

enum list_kind { L_KEYS, L_VALUES, L_PAIRS };

static exc_term map_list(exc_term map, enum list_kind kind, bool fold_order)
{
    size_t n = exc_map_size(map), i = 0;
    exc_term *items = exc_alloc((n ? n : 1) * sizeof(exc_term));
    exc_map_iter it;
    exc_term k, v;
    if (fold_order) exc_map_iter_init_fold(&it, map);
    else exc_map_iter_init(&it, map);
    while (exc_map_iter_next(&it, &k, &v))
        items[i++] = kind == L_KEYS ? k : kind == L_VALUES ? v : exc_tuple2(k, v);
    return exc_list_from_array(items, i);
}

exc_term exc_map_keys(exc_term map) { return map_list(map, L_KEYS, false); }
exc_term exc_map_values(exc_term map) { return map_list(map, L_VALUES, false); }
exc_term exc_map_to_list(exc_term map) { return map_list(map, L_PAIRS, false); }
exc_term exc_map_to_list_fold(exc_term map) { return map_list(map, L_PAIRS, true); }

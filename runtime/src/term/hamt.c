/* Persistent hash array mapped tries for maps of more than 32 keys, shaped exactly
** like BEAM's (erl_map.c) so that they iterate in BEAM's order.
**
** Level l uses the 4-bit fragment (l % 8) of BEAM's internal hash of the key salted
** with l / 8 (hashmap_restore_hash): a node has a 16-bit bitmap of the fragments
** present and one entry per set bit, in fragment order: a key/value pair, or EXC_NONE
** followed by a child node. BEAM lists a map's pairs from the highest fragment down
** (maps:to_list walks its HAMT backwards), so iteration runs slots in reverse. After
** MAX_LEVEL levels (two salted 32-bit hashes), keys with equal hashes share a collision
** node (a plain array of pairs). Updates copy the path from the root; nothing is ever
** mutated after publication. A trie that shrinks to 32 keys turns back into a small
** map. */
#include "term_internal.h"

#include <stdlib.h>

#include "exc/alloc.h"

#define MAX_LEVEL 16

struct hnode {
    uint32_t bitmap;
    uint32_t n;         /* entries: pairs or children */
    uint32_t collision; /* nonzero: bitmap unused, all entries are pairs */
    uint32_t pad;
    exc_term kv[];      /* 2 * n words */
};

struct hamt {
    uint64_t header;    /* exc_header(2, EXC_T_HAMT) */
    uint64_t size;
    struct hnode *root;
};

static struct hamt *as_hamt(exc_term m) { return (struct hamt *)exc_boxed_ptr(m); }
static struct hnode *child(const struct hnode *nd, uint32_t i) { return (struct hnode *)(uintptr_t)nd->kv[2 * i + 1]; }
static bool is_child(const struct hnode *nd, uint32_t i) { return nd->kv[2 * i] == EXC_NONE; }

/* A key with the salted BEAM hash of its current group of 8 levels. */
struct hkey {
    exc_term key;
    uint32_t h, group;
};

static void hkey_init(struct hkey *k, exc_term key)
{
    k->key = key;
    k->group = 0;
    k->h = exci_hash_beam(key, 0);
}

/* The key's hash fragment at level lv (hashmap_restore_hash / hashmap_shift_hash). */
static uint32_t frag(struct hkey *k, unsigned lv)
{
    if (lv >> 3 != k->group) {
        k->group = lv >> 3;
        k->h = exci_hash_beam(k->key, k->group);
    }
    return (k->h >> (4 * (lv & 7))) & 15;
}
static uint32_t slot(uint32_t bitmap, uint32_t bit) { return (uint32_t)__builtin_popcount(bitmap & (bit - 1)); }

static struct hnode *node_alloc(uint32_t n)
{
    struct hnode *nd = exc_alloc(sizeof *nd + 2 * n * sizeof(exc_term));
    nd->n = n;
    return nd;
}

static exc_term box(struct hnode *root, uint64_t size)
{
    struct hamt *m = exc_alloc(sizeof *m);
    m->header = exc_header(2, EXC_T_HAMT);
    m->size = size;
    m->root = root;
    return (exc_term)(uintptr_t)m;
}

size_t exci_hamt_size(exc_term map) { return (size_t)as_hamt(map)->size; }

/* ---- lookup -------------------------------------------------------------------- */

static exc_term collision_get(const struct hnode *nd, exc_term key)
{
    for (uint32_t i = 0; i < nd->n; i++)
        if (exc_eq_exact(nd->kv[2 * i], key)) return nd->kv[2 * i + 1];
    return EXC_NONE;
}

exc_term exci_hamt_get(exc_term map, exc_term key)
{
    struct hkey hk;
    hkey_init(&hk, key);
    const struct hnode *nd = as_hamt(map)->root;
    for (unsigned lv = 0;; lv++) {
        if (nd->collision) return collision_get(nd, key);
        uint32_t bit = 1u << frag(&hk, lv);
        if (!(nd->bitmap & bit)) return EXC_NONE;
        uint32_t i = slot(nd->bitmap, bit);
        if (!is_child(nd, i)) return exc_eq_exact(nd->kv[2 * i], key) ? nd->kv[2 * i + 1] : EXC_NONE;
        nd = child(nd, i);
    }
}

/* ---- insertion ----------------------------------------------------------------- */

static struct hnode *node_copy(const struct hnode *nd, uint32_t extra)
{
    struct hnode *c = node_alloc(nd->n + extra);
    c->bitmap = nd->bitmap;
    c->collision = nd->collision;
    memcpy(c->kv, nd->kv, 2 * nd->n * sizeof(exc_term));
    return c;
}

/* Node holding two pairs whose hashes agree on the fragments above level lv. */
static struct hnode *pair_node(unsigned lv, exc_term v1, struct hkey *h1, exc_term v2, struct hkey *h2)
{
    exc_term k1 = h1->key, k2 = h2->key;
    if (lv >= MAX_LEVEL) {
        struct hnode *nd = node_alloc(2);
        nd->collision = 1;
        nd->kv[0] = k1, nd->kv[1] = v1, nd->kv[2] = k2, nd->kv[3] = v2;
        return nd;
    }
    uint32_t c1 = frag(h1, lv), c2 = frag(h2, lv);
    if (c1 == c2) {
        struct hnode *nd = node_alloc(1);
        nd->bitmap = 1u << c1;
        nd->kv[0] = EXC_NONE;
        nd->kv[1] = (exc_term)(uintptr_t)pair_node(lv + 1, v1, h1, v2, h2);
        return nd;
    }
    struct hnode *nd = node_alloc(2);
    nd->bitmap = (1u << c1) | (1u << c2);
    uint32_t i1 = c1 < c2 ? 0 : 1;
    nd->kv[2 * i1] = k1, nd->kv[2 * i1 + 1] = v1;
    nd->kv[2 * (1 - i1)] = k2, nd->kv[2 * (1 - i1) + 1] = v2;
    return nd;
}

static struct hnode *collision_put(const struct hnode *nd, exc_term key, exc_term val, int *added)
{
    for (uint32_t i = 0; i < nd->n; i++) {
        if (!exc_eq_exact(nd->kv[2 * i], key)) continue;
        if (nd->kv[2 * i + 1] == val) return (struct hnode *)nd;
        struct hnode *c = node_copy(nd, 0);
        c->kv[2 * i + 1] = val;
        return c;
    }
    struct hnode *c = node_copy(nd, 1);
    c->kv[2 * nd->n] = key, c->kv[2 * nd->n + 1] = val;
    *added = 1;
    return c;
}

/* Copy of nd with a new pair inserted for fragment bit at slot i. */
static struct hnode *insert_pair(const struct hnode *nd, uint32_t bit, uint32_t i, exc_term key, exc_term val)
{
    struct hnode *c = node_alloc(nd->n + 1);
    c->bitmap = nd->bitmap | bit;
    memcpy(c->kv, nd->kv, 2 * i * sizeof(exc_term));
    c->kv[2 * i] = key, c->kv[2 * i + 1] = val;
    memcpy(c->kv + 2 * i + 2, nd->kv + 2 * i, 2 * (nd->n - i) * sizeof(exc_term));
    return c;
}

static struct hnode *put(const struct hnode *nd, unsigned lv, struct hkey *hk, exc_term val, int *added)
{
    exc_term key = hk->key;
    if (nd->collision) return collision_put(nd, key, val, added);
    uint32_t bit = 1u << frag(hk, lv), i = slot(nd->bitmap, bit);
    if (!(nd->bitmap & bit)) {
        *added = 1;
        return insert_pair(nd, bit, i, key, val);
    }
    exc_term *e = (exc_term *)&nd->kv[2 * i];
    struct hnode *sub;
    if (is_child(nd, i)) {
        sub = put(child(nd, i), lv + 1, hk, val, added);
        if (sub == child(nd, i)) return (struct hnode *)nd;
    } else if (exc_eq_exact(e[0], key)) {
        if (e[1] == val) return (struct hnode *)nd;
        struct hnode *c = node_copy(nd, 0);
        c->kv[2 * i + 1] = val;
        return c;
    } else {
        *added = 1;
        struct hkey old;
        hkey_init(&old, e[0]);
        sub = pair_node(lv + 1, e[1], &old, val, hk);
    }
    struct hnode *c = node_copy(nd, 0);
    c->kv[2 * i] = EXC_NONE;
    c->kv[2 * i + 1] = (exc_term)(uintptr_t)sub;
    return c;
}

exc_term exci_hamt_put(exc_term map, exc_term key, exc_term val)
{
    int added = 0;
    struct hamt *m = as_hamt(map);
    struct hkey hk;
    hkey_init(&hk, key);
    struct hnode *root = put(m->root, 0, &hk, val, &added);
    return root == m->root ? map : box(root, m->size + (uint64_t)added);
}

exc_term exci_hamt_from_small(exc_term small, exc_term key, exc_term val)
{
    exc_term map = box(node_alloc(0), 0);
    exc_map_iter it;
    exc_term k, v;
    exc_map_iter_init(&it, small);
    while (exc_map_iter_next(&it, &k, &v)) map = exci_hamt_put(map, k, v);
    return exci_hamt_put(map, key, val);
}

/* ---- bulk construction: sort by fragments, then build every node once ---------- */

struct entry {
    exc_term v;
    struct hkey hk;
    uint32_t rev; /* level-0 hash with its fragments reversed: sorts by level 0 first */
    size_t pos;
};

static uint32_t nibble_reverse(uint32_t x)
{
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    return __builtin_bswap32(x);
}

static int cmp_entry(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    if (x->rev != y->rev) return x->rev < y->rev ? -1 : 1;
    if (!exc_eq_exact(x->hk.key, y->hk.key)) { /* rare: equal level-0 hashes */
        uint32_t p = nibble_reverse(exci_hash_beam(x->hk.key, 1)), q = nibble_reverse(exci_hash_beam(y->hk.key, 1));
        if (p != q) return p < q ? -1 : 1;
    }
    return (x->pos > y->pos) - (x->pos < y->pos);
}

/* Drops every entry whose key reappears later (equal keys have equal hashes, so they
** sit in the same run of the sorted array); returns the new count. */
static size_t dedup(struct entry *e, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        bool later = false;
        for (size_t j = i + 1; j < n && e[j].rev == e[i].rev && !later; j++)
            later = exc_eq_exact(e[j].hk.key, e[i].hk.key);
        if (!later) e[out++] = e[i];
    }
    return out;
}

/* Node for the sorted entries [lo, hi), which agree on the fragments above level lv. */
static struct hnode *build(struct entry *e, size_t lo, size_t hi, unsigned lv)
{
    if (lv >= MAX_LEVEL) {
        struct hnode *nd = node_alloc((uint32_t)(hi - lo));
        nd->collision = 1;
        for (size_t i = lo; i < hi; i++) nd->kv[2 * (i - lo)] = e[i].hk.key, nd->kv[2 * (i - lo) + 1] = e[i].v;
        return nd;
    }
    uint32_t bitmap = 0;
    for (size_t i = lo; i < hi; i++) bitmap |= 1u << frag(&e[i].hk, lv);
    struct hnode *nd = node_alloc((uint32_t)__builtin_popcount(bitmap));
    nd->bitmap = bitmap;
    for (size_t g = lo, end; g < hi; g = end) {
        uint32_t c = frag(&e[g].hk, lv), i = slot(bitmap, 1u << c);
        for (end = g + 1; end < hi && frag(&e[end].hk, lv) == c;) end++;
        if (end - g == 1) {
            nd->kv[2 * i] = e[g].hk.key, nd->kv[2 * i + 1] = e[g].v;
        } else {
            nd->kv[2 * i] = EXC_NONE;
            nd->kv[2 * i + 1] = (exc_term)(uintptr_t)build(e, g, end, lv + 1);
        }
    }
    return nd;
}

exc_term exci_hamt_from_arrays(const exc_term *keys, const exc_term *vals, size_t n)
{
    struct entry *e = malloc(n * sizeof *e);
    if (!e) abort();
    for (size_t i = 0; i < n; i++) {
        e[i].v = vals[i], e[i].pos = i;
        hkey_init(&e[i].hk, keys[i]);
        e[i].rev = nibble_reverse(e[i].hk.h);
    }
    qsort(e, n, sizeof *e, cmp_entry);
    size_t m = dedup(e, n);
    exc_term r;
    if (m <= EXC_MAP_SMALL_MAX) {
        r = exc_map_empty();
        for (size_t i = 0; i < m; i++) r = exc_map_put(r, e[i].hk.key, e[i].v);
    } else {
        r = box(build(e, 0, m, 0), m);
    }
    free(e);
    return r;
}

/* ---- deletion ------------------------------------------------------------------ */

/* Copy of nd without entry i (NULL if that empties it); bit is its fragment bit. */
static struct hnode *remove_entry(const struct hnode *nd, uint32_t i, uint32_t bit)
{
    if (nd->n == 1) return NULL;
    struct hnode *c = node_alloc(nd->n - 1);
    c->bitmap = nd->bitmap & ~bit;
    c->collision = nd->collision;
    memcpy(c->kv, nd->kv, 2 * i * sizeof(exc_term));
    memcpy(c->kv + 2 * i, nd->kv + 2 * i + 2, 2 * (nd->n - i - 1) * sizeof(exc_term));
    return c;
}

/* A node that is a single pair can be inlined into its parent. */
static bool single_pair(const struct hnode *nd) { return nd && nd->n == 1 && !is_child(nd, 0); }

static struct hnode *del(const struct hnode *nd, unsigned lv, struct hkey *hk, int *removed)
{
    exc_term key = hk->key;
    if (nd->collision) {
        for (uint32_t i = 0; i < nd->n; i++)
            if (exc_eq_exact(nd->kv[2 * i], key)) return *removed = 1, remove_entry(nd, i, 0);
        return (struct hnode *)nd;
    }
    uint32_t bit = 1u << frag(hk, lv), i = slot(nd->bitmap, bit);
    if (!(nd->bitmap & bit)) return (struct hnode *)nd;
    if (!is_child(nd, i)) {
        if (!exc_eq_exact(nd->kv[2 * i], key)) return (struct hnode *)nd;
        *removed = 1;
        return remove_entry(nd, i, bit);
    }
    struct hnode *sub = del(child(nd, i), lv + 1, hk, removed);
    if (sub == child(nd, i)) return (struct hnode *)nd;
    if (!sub) return remove_entry(nd, i, bit);
    struct hnode *c = node_copy(nd, 0);
    if (single_pair(sub)) c->kv[2 * i] = sub->kv[0], c->kv[2 * i + 1] = sub->kv[1];
    else c->kv[2 * i + 1] = (exc_term)(uintptr_t)sub;
    return c;
}

static exc_term to_small(exc_term map)
{
    size_t n = exci_hamt_size(map), i = 0;
    exc_term *keys = malloc(n * sizeof(exc_term)), *vals = malloc(n * sizeof(exc_term));
    if (!keys || !vals) abort();
    exc_map_iter it;
    exc_map_iter_init(&it, map);
    while (exci_hamt_iter_next(&it, &keys[i], &vals[i])) i++;
    exc_term small = exc_map_from_arrays(keys, vals, n);
    free(keys);
    free(vals);
    return small;
}

exc_term exci_hamt_delete(exc_term map, exc_term key)
{
    int removed = 0;
    struct hamt *m = as_hamt(map);
    struct hkey hk;
    hkey_init(&hk, key);
    struct hnode *root = del(m->root, 0, &hk, &removed);
    if (!removed) return map;
    exc_term r = box(root ? root : node_alloc(0), m->size - 1);
    return m->size - 1 <= EXC_MAP_SMALL_MAX ? to_small(r) : r;
}

/* ---- iteration: depth-first ----------------------------------------------------
** BEAM has two orders for a HAMT: maps:to_list (Map.keys, inspect, Enum.to_list)
** lists it from the highest slot down, maps:iterator (Enum.map/reduce, for,
** maps:fold) from the lowest slot up. it->pos selects: 0 to_list order, 1 iterator
** order. index[d] counts the entries of node[d] not yet visited. */

static uint32_t entry_at(const exc_map_iter *it, const struct hnode *nd, uint32_t left)
{
    return it->pos ? nd->n - left : left - 1;
}

void exci_hamt_iter_init(exc_map_iter *it)
{
    it->depth = 0;
    it->node[0] = as_hamt(it->map)->root;
    it->index[0] = as_hamt(it->map)->root->n;
}

bool exci_hamt_iter_next(exc_map_iter *it, exc_term *key, exc_term *val)
{
    while (it->depth >= 0) {
        const struct hnode *nd = it->node[it->depth];
        uint32_t left = it->index[it->depth];
        if (left == 0) {
            it->depth--;
            continue;
        }
        it->index[it->depth] = left - 1;
        uint32_t i = entry_at(it, nd, left);
        if (is_child(nd, i)) {
            it->depth++;
            it->node[it->depth] = child(nd, i);
            it->index[it->depth] = child(nd, i)->n;
            continue;
        }
        *key = nd->kv[2 * i];
        *val = nd->kv[2 * i + 1];
        return true;
    }
    return false;
}

/* ---- BEAM's hash of a HAMT (make_internal_hash's MAP_SUBTAG case) --------------
** The head hashes the size, then its entries from the last slot down (BEAM pushes
** them in order on a stack). A full non-head node is an arity-16 tuple on BEAM: its
** arity, then entries in order, each pair being the improper list [key | value]. */

static uint32_t node_hash(uint32_t h, const struct hnode *nd, bool head)
{
    if (!head && !nd->collision && nd->n == 16) {
        h = exci_hash_beam_mix(h, 16, 0, EXCI_HC9);
        for (uint32_t i = 0; i < 16; i++)
            h = is_child(nd, i) ? node_hash(h, child(nd, i), false)
                                : exci_hash_beam_cons(h, nd->kv[2 * i], nd->kv[2 * i + 1]);
        return h;
    }
    for (uint32_t i = nd->n; i-- > 0;)
        h = is_child(nd, i) ? node_hash(h, child(nd, i), false)
                            : exci_hash_beam_acc(exci_hash_beam_acc(h, nd->kv[2 * i]), nd->kv[2 * i + 1]);
    return h;
}

uint32_t exci_hamt_hash_beam(uint32_t h, exc_term map)
{
    h = exci_hash_beam_mix(h, (uint32_t)exci_hamt_size(map), 0, EXCI_HC16);
    return node_hash(h, as_hamt(map)->root, true);
}

/* Persistent hash array mapped tries for maps of more than 32 keys (as BEAM does).
**
** A node has a 32-bit bitmap of the 5-bit hash chunks present at its level and one
** entry per set bit: a key/value pair, or EXC_NONE followed by a child node. Once the
** 64 hash bits are used up, keys with equal hashes share a collision node (a plain
** array of pairs). Updates copy the path from the root; nothing is ever mutated after
** publication. A trie that shrinks to 32 keys turns back into a small map. */
#include "term_internal.h"

#include <stdlib.h>

#include "exc/alloc.h"

#define BITS 5
#define HASH_BITS 64

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
static uint32_t chunk(uint64_t h, unsigned shift) { return (uint32_t)(h >> shift) & ((1u << BITS) - 1); }
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
    uint64_t h = exc_hash(key);
    const struct hnode *nd = as_hamt(map)->root;
    for (unsigned shift = 0;; shift += BITS) {
        if (nd->collision) return collision_get(nd, key);
        uint32_t bit = 1u << chunk(h, shift);
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

/* Node holding two pairs whose hashes agree on the bits below `shift`. */
static struct hnode *pair_node(unsigned shift, exc_term k1, exc_term v1, uint64_t h1,
                               exc_term k2, exc_term v2, uint64_t h2)
{
    if (shift >= HASH_BITS) {
        struct hnode *nd = node_alloc(2);
        nd->collision = 1;
        nd->kv[0] = k1, nd->kv[1] = v1, nd->kv[2] = k2, nd->kv[3] = v2;
        return nd;
    }
    uint32_t c1 = chunk(h1, shift), c2 = chunk(h2, shift);
    if (c1 == c2) {
        struct hnode *nd = node_alloc(1);
        nd->bitmap = 1u << c1;
        nd->kv[0] = EXC_NONE;
        nd->kv[1] = (exc_term)(uintptr_t)pair_node(shift + BITS, k1, v1, h1, k2, v2, h2);
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

/* Copy of nd with a new pair inserted for hash chunk bit at slot i. */
static struct hnode *insert_pair(const struct hnode *nd, uint32_t bit, uint32_t i, exc_term key, exc_term val)
{
    struct hnode *c = node_alloc(nd->n + 1);
    c->bitmap = nd->bitmap | bit;
    memcpy(c->kv, nd->kv, 2 * i * sizeof(exc_term));
    c->kv[2 * i] = key, c->kv[2 * i + 1] = val;
    memcpy(c->kv + 2 * i + 2, nd->kv + 2 * i, 2 * (nd->n - i) * sizeof(exc_term));
    return c;
}

static struct hnode *put(const struct hnode *nd, unsigned shift, uint64_t h, exc_term key,
                         exc_term val, int *added)
{
    if (nd->collision) return collision_put(nd, key, val, added);
    uint32_t bit = 1u << chunk(h, shift), i = slot(nd->bitmap, bit);
    if (!(nd->bitmap & bit)) {
        *added = 1;
        return insert_pair(nd, bit, i, key, val);
    }
    exc_term *e = (exc_term *)&nd->kv[2 * i];
    struct hnode *sub;
    if (is_child(nd, i)) {
        sub = put(child(nd, i), shift + BITS, h, key, val, added);
        if (sub == child(nd, i)) return (struct hnode *)nd;
    } else if (exc_eq_exact(e[0], key)) {
        if (e[1] == val) return (struct hnode *)nd;
        struct hnode *c = node_copy(nd, 0);
        c->kv[2 * i + 1] = val;
        return c;
    } else {
        *added = 1;
        sub = pair_node(shift + BITS, e[0], e[1], exc_hash(e[0]), key, val, h);
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
    struct hnode *root = put(m->root, 0, exc_hash(key), key, val, &added);
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

/* ---- bulk construction: sort by hash, then build every node once ---------------- */

struct entry {
    exc_term k, v;
    uint64_t h, rev; /* rev: h bit-reversed, so sorting groups equal low chunks */
    size_t pos;
};

static uint64_t bit_reverse(uint64_t x)
{
    x = ((x >> 1) & 0x5555555555555555ULL) | ((x & 0x5555555555555555ULL) << 1);
    x = ((x >> 2) & 0x3333333333333333ULL) | ((x & 0x3333333333333333ULL) << 2);
    x = ((x >> 4) & 0x0F0F0F0F0F0F0F0FULL) | ((x & 0x0F0F0F0F0F0F0F0FULL) << 4);
    return __builtin_bswap64(x);
}

static int cmp_entry(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    if (x->rev != y->rev) return x->rev < y->rev ? -1 : 1;
    return (x->pos > y->pos) - (x->pos < y->pos);
}

/* Drops every entry whose key reappears later (equal keys have equal hashes, so they
** sit in the same run of the sorted array); returns the new count. */
static size_t dedup(struct entry *e, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        bool later = false;
        for (size_t j = i + 1; j < n && e[j].h == e[i].h && !later; j++)
            later = exc_eq_exact(e[j].k, e[i].k);
        if (!later) e[out++] = e[i];
    }
    return out;
}

/* Node for the sorted entries [lo, hi), which agree on the hash bits below shift. */
static struct hnode *build(const struct entry *e, size_t lo, size_t hi, unsigned shift)
{
    if (shift >= HASH_BITS) {
        struct hnode *nd = node_alloc((uint32_t)(hi - lo));
        nd->collision = 1;
        for (size_t i = lo; i < hi; i++) nd->kv[2 * (i - lo)] = e[i].k, nd->kv[2 * (i - lo) + 1] = e[i].v;
        return nd;
    }
    uint32_t bitmap = 0;
    for (size_t i = lo; i < hi; i++) bitmap |= 1u << chunk(e[i].h, shift);
    struct hnode *nd = node_alloc((uint32_t)__builtin_popcount(bitmap));
    nd->bitmap = bitmap;
    for (size_t g = lo, end; g < hi; g = end) {
        uint32_t c = chunk(e[g].h, shift), i = slot(bitmap, 1u << c);
        for (end = g + 1; end < hi && chunk(e[end].h, shift) == c;) end++;
        if (end - g == 1) {
            nd->kv[2 * i] = e[g].k, nd->kv[2 * i + 1] = e[g].v;
        } else {
            nd->kv[2 * i] = EXC_NONE;
            nd->kv[2 * i + 1] = (exc_term)(uintptr_t)build(e, g, end, shift + BITS);
        }
    }
    return nd;
}

exc_term exci_hamt_from_arrays(const exc_term *keys, const exc_term *vals, size_t n)
{
    struct entry *e = malloc(n * sizeof *e);
    if (!e) abort();
    for (size_t i = 0; i < n; i++) {
        e[i].k = keys[i], e[i].v = vals[i], e[i].pos = i;
        e[i].h = exc_hash(keys[i]);
        e[i].rev = bit_reverse(e[i].h);
    }
    qsort(e, n, sizeof *e, cmp_entry);
    size_t m = dedup(e, n);
    exc_term r;
    if (m <= EXC_MAP_SMALL_MAX) {
        r = exc_map_empty();
        for (size_t i = 0; i < m; i++) r = exc_map_put(r, e[i].k, e[i].v);
    } else {
        r = box(build(e, 0, m, 0), m);
    }
    free(e);
    return r;
}

/* ---- deletion ------------------------------------------------------------------ */

/* Copy of nd without entry i (NULL if that empties it); bit is its chunk bit. */
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

static struct hnode *del(const struct hnode *nd, unsigned shift, uint64_t h, exc_term key, int *removed)
{
    if (nd->collision) {
        for (uint32_t i = 0; i < nd->n; i++)
            if (exc_eq_exact(nd->kv[2 * i], key)) return *removed = 1, remove_entry(nd, i, 0);
        return (struct hnode *)nd;
    }
    uint32_t bit = 1u << chunk(h, shift), i = slot(nd->bitmap, bit);
    if (!(nd->bitmap & bit)) return (struct hnode *)nd;
    if (!is_child(nd, i)) {
        if (!exc_eq_exact(nd->kv[2 * i], key)) return (struct hnode *)nd;
        *removed = 1;
        return remove_entry(nd, i, bit);
    }
    struct hnode *sub = del(child(nd, i), shift + BITS, h, key, removed);
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
    struct hnode *root = del(m->root, 0, exc_hash(key), key, &removed);
    if (!removed) return map;
    exc_term r = box(root ? root : node_alloc(0), m->size - 1);
    return m->size - 1 <= EXC_MAP_SMALL_MAX ? to_small(r) : r;
}

/* ---- iteration: depth-first, entries in slot order ----------------------------- */

void exci_hamt_iter_init(exc_map_iter *it)
{
    it->depth = 0;
    it->node[0] = as_hamt(it->map)->root;
    it->index[0] = 0;
}

bool exci_hamt_iter_next(exc_map_iter *it, exc_term *key, exc_term *val)
{
    while (it->depth >= 0) {
        const struct hnode *nd = it->node[it->depth];
        uint32_t i = it->index[it->depth];
        if (i >= nd->n) {
            it->depth--;
            continue;
        }
        it->index[it->depth]++;
        if (is_child(nd, i)) {
            it->depth++;
            it->node[it->depth] = child(nd, i);
            it->index[it->depth] = 0;
            continue;
        }
        *key = nd->kv[2 * i];
        *val = nd->kv[2 * i + 1];
        return true;
    }
    return false;
}

/* The global atom table: interning text to indices and indices back to text.
**
** Readers never lock: entries live in fixed chunks that are published once and never
** move, and the text->index hash table is a chain table whose nodes are immutable
** once published. Writers serialise on one mutex. On growth a new bucket array with
** new nodes is published; the old one is left to readers still walking it (atoms are
** never freed, as in BEAM, so this memory is bounded by twice the table). */
#include "term_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_BITS 12
#define CHUNK_SIZE (1u << CHUNK_BITS)
#define MAX_CHUNKS 4096 /* 16M atoms; BEAM's default limit is 1M */

struct atom_entry {
    const char *text;
    size_t len;
    uint64_t hash;
};

struct atom_node {
    uint32_t index;
    struct atom_node *next;
};

struct atom_htab {
    size_t mask;
    _Atomic(struct atom_node *) buckets[];
};

/* The chunk index is malloc memory, not a static array: static data is a root the
** collector scans at every collection, and these pointers lead only to malloc memory. */
static _Atomic(struct atom_entry *) *chunks;
static _Atomic(struct atom_htab *) htab;
static _Atomic size_t atom_count;
static pthread_mutex_t write_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static const char *const preload[] = {
#define EXC_ATOM(name, text) text,
#include "exc/atoms.def"
#undef EXC_ATOM
};

static uint64_t text_hash(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 0x100000001b3ULL;
    return exci_mix64(h ^ len);
}

static struct atom_entry *entry_at(uint64_t index)
{
    if (index >= (uint64_t)MAX_CHUNKS * CHUNK_SIZE) return NULL;
    struct atom_entry *c = atomic_load_explicit(&chunks[index >> CHUNK_BITS],
                                                memory_order_acquire);
    return c ? &c[index & (CHUNK_SIZE - 1)] : NULL;
}

static struct atom_htab *htab_new(size_t nbuckets)
{
    struct atom_htab *t = calloc(1, sizeof *t + nbuckets * sizeof t->buckets[0]);
    if (!t) abort();
    t->mask = nbuckets - 1;
    return t;
}

/* Lock-free lookup; returns the index or -1. */
static int64_t lookup(const char *s, size_t len, uint64_t h)
{
    struct atom_htab *t = atomic_load_explicit(&htab, memory_order_acquire);
    struct atom_node *n = atomic_load_explicit(&t->buckets[h & t->mask], memory_order_acquire);
    for (; n; n = n->next) {
        struct atom_entry *e = entry_at(n->index);
        if (e->hash == h && e->len == len && memcmp(e->text, s, len) == 0) return n->index;
    }
    return -1;
}

/* Pushes index onto its bucket of table t (writer only). */
static void htab_link(struct atom_htab *t, uint32_t index, uint64_t h)
{
    struct atom_node *n = malloc(sizeof *n);
    if (!n) abort();
    n->index = index;
    n->next = atomic_load_explicit(&t->buckets[h & t->mask], memory_order_relaxed);
    atomic_store_explicit(&t->buckets[h & t->mask], n, memory_order_release);
}

/* Doubles the bucket array before atom number `count` would push the load past 3/4
** (writer only); atoms [0, count) are relinked into the new array. */
static void maybe_grow(size_t count)
{
    struct atom_htab *old = atomic_load_explicit(&htab, memory_order_relaxed);
    if ((count + 1) * 4 < (old->mask + 1) * 3) return;
    struct atom_htab *t = htab_new((old->mask + 1) * 2);
    for (size_t i = 0; i < count; i++) htab_link(t, (uint32_t)i, entry_at(i)->hash);
    atomic_store_explicit(&htab, t, memory_order_release);
}

/* Appends a new atom (writer only, lock held). */
static uint32_t append(const char *s, size_t len, uint64_t h)
{
    size_t index = atomic_load_explicit(&atom_count, memory_order_relaxed);
    if (index >= (size_t)MAX_CHUNKS * CHUNK_SIZE) abort(); /* system_limit */
    size_t ci = index >> CHUNK_BITS;
    if (!atomic_load_explicit(&chunks[ci], memory_order_relaxed)) {
        struct atom_entry *c = calloc(CHUNK_SIZE, sizeof *c);
        if (!c) abort();
        atomic_store_explicit(&chunks[ci], c, memory_order_release);
    }
    char *text = malloc(len + 1);
    if (!text) abort();
    memcpy(text, s, len);
    text[len] = '\0';
    struct atom_entry *e = entry_at(index);
    e->text = text;
    e->len = len;
    e->hash = h;
    maybe_grow(index);
    htab_link(atomic_load_explicit(&htab, memory_order_relaxed), (uint32_t)index, h);
    atomic_store_explicit(&atom_count, index + 1, memory_order_release);
    return (uint32_t)index;
}

static void atom_init_once(void)
{
    if (!(chunks = calloc(MAX_CHUNKS, sizeof *chunks))) abort();
    atomic_store_explicit(&htab, htab_new(1024), memory_order_release);
    for (size_t i = 0; i < sizeof preload / sizeof preload[0]; i++)
        append(preload[i], strlen(preload[i]), text_hash(preload[i], strlen(preload[i])));
}

void exci_atom_init(void) { pthread_once(&init_once, atom_init_once); }

/* Load-time initialisation: generated code uses EXC_A(...) constants without calling
** anything first, and those must already hash and compare by text. */
__attribute__((constructor)) static void atom_ctor(void) { exci_atom_init(); }

exc_term exc_atom_n(const char *name, size_t len)
{
    exci_atom_init();
    uint64_t h = text_hash(name, len);
    int64_t i = lookup(name, len, h);
    if (i >= 0) return exc_atom_from_index((uint64_t)i);
    pthread_mutex_lock(&write_lock);
    i = lookup(name, len, h);
    if (i < 0) i = append(name, len, h);
    pthread_mutex_unlock(&write_lock);
    return exc_atom_from_index((uint64_t)i);
}

exc_term exc_atom(const char *name) { return exc_atom_n(name, strlen(name)); }

exc_term exc_atom_existing(const char *name, size_t len)
{
    exci_atom_init();
    int64_t i = lookup(name, len, text_hash(name, len));
    return i >= 0 ? exc_atom_from_index((uint64_t)i) : EXC_NONE;
}

const char *exc_atom_text(exc_term atom, size_t *len)
{
    exci_atom_init();
    struct atom_entry *e = exc_is_atom(atom) ? entry_at(exc_atom_index(atom)) : NULL;
    if (!e || !e->text) {
        if (len) *len = 0;
        return NULL;
    }
    if (len) *len = e->len;
    return e->text;
}

size_t exc_atom_count(void)
{
    exci_atom_init();
    return atomic_load_explicit(&atom_count, memory_order_acquire);
}

uint64_t exci_atom_hash(exc_term atom)
{
    exci_atom_init();
    return entry_at(exc_atom_index(atom))->hash;
}

int exci_atom_compare(exc_term a, exc_term b)
{
    if (a == b) return 0;
    exci_atom_init();
    struct atom_entry *x = entry_at(exc_atom_index(a)), *y = entry_at(exc_atom_index(b));
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->text, y->text, n);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    return (c > 0) - (c < 0);
}

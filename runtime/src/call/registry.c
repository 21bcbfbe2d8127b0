/* The module registry: module atom -> exported {name, arity, code}. Generated modules
** register at start-up; lookups (apply, captures, function_exported?) take no lock:
** tables are published with release stores and never changed afterwards. */
#include "call/call_int.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

typedef struct fentry { exc_term fun; uint32_t arity; exc_code code; } fentry;

/* A registered module: its exports in an open-addressed table (power of two). */
typedef struct mentry {
    exc_term module;
    size_t cap;
    fentry *funs;
} mentry;

typedef struct mtable {
    size_t cap, count;
    _Atomic(mentry *) slot[];
} mtable;

static _Atomic(mtable *) modules;
static pthread_mutex_t write_lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t mix(uint64_t x)
{
    x ^= x >> 31;
    x *= 0x9e3779b97f4a7c15ULL;
    return x ^ (x >> 29);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) abort();
    return p;
}

static mentry *build_entry(const exc_module *m)
{
    mentry *e = xcalloc(1, sizeof *e);
    e->module = exc_atom(m->name);
    e->cap = 8;
    while (e->cap < m->nexports * 2) e->cap *= 2;
    e->funs = xcalloc(e->cap, sizeof *e->funs);
    for (size_t i = 0; i < m->nexports; i++) {
        exc_term f = exc_atom(m->exports[i].name);
        size_t j = mix(f ^ m->exports[i].arity) & (e->cap - 1);
        while (e->funs[j].code && !(e->funs[j].fun == f && e->funs[j].arity == m->exports[i].arity))
            j = (j + 1) & (e->cap - 1);
        e->funs[j] = (fentry){f, m->exports[i].arity, m->exports[i].code};
    }
    return e;
}

/* Inserts into t (write lock held); replaces an entry of the same module. */
static void insert(mtable *t, mentry *e)
{
    size_t j = mix(e->module) & (t->cap - 1);
    for (;; j = (j + 1) & (t->cap - 1)) {
        mentry *cur = atomic_load_explicit(&t->slot[j], memory_order_relaxed);
        if (!cur || cur->module == e->module) {
            if (!cur) t->count++;
            atomic_store_explicit(&t->slot[j], e, memory_order_release);
            return;
        }
    }
}

static mtable *new_table(size_t cap)
{
    mtable *t = xcalloc(1, sizeof *t + cap * sizeof t->slot[0]);
    t->cap = cap;
    return t;
}

/* A table with room for one more module: the current one or a doubled copy (the old
** one stays valid for readers that still hold it). */
static mtable *room(void)
{
    mtable *t = atomic_load_explicit(&modules, memory_order_relaxed);
    if (t && (t->count + 1) * 2 <= t->cap) return t;
    mtable *n = new_table(t ? t->cap * 2 : 256);
    for (size_t i = 0; t && i < t->cap; i++) {
        mentry *e = atomic_load_explicit(&t->slot[i], memory_order_relaxed);
        if (e) insert(n, e);
    }
    atomic_store_explicit(&modules, n, memory_order_release);
    return n;
}

void exc_module_register(const exc_module *m)
{
    mentry *e = build_entry(m);
    pthread_mutex_lock(&write_lock);
    insert(room(), e);
    pthread_mutex_unlock(&write_lock);
}

static mentry *find_module(exc_term mod)
{
    mtable *t = atomic_load_explicit(&modules, memory_order_acquire);
    if (!t || !exc_is_atom(mod)) return NULL;
    for (size_t j = mix(mod) & (t->cap - 1);; j = (j + 1) & (t->cap - 1)) {
        mentry *e = atomic_load_explicit(&t->slot[j], memory_order_acquire);
        if (!e || e->module == mod) return e;
    }
}

bool exc_module_loaded(exc_term mod) { return find_module(mod) != NULL; }

exc_code exc_function_lookup(exc_term mod, exc_term fun, uint32_t arity)
{
    mentry *e = find_module(mod);
    if (!e || !exc_is_atom(fun)) return NULL;
    for (size_t j = mix(fun ^ arity) & (e->cap - 1);; j = (j + 1) & (e->cap - 1)) {
        fentry *f = &e->funs[j];
        if (!f->code) return NULL;
        if (f->fun == fun && f->arity == arity) return f->code;
    }
}

bool exc_function_exported(exc_term mod, exc_term fun, exc_term arity)
{
    if (!exc_is_small(arity) || exc_small_val(arity) < 0 || exc_small_val(arity) > EXC_MAX_ARITY)
        return false;
    return exc_function_lookup(mod, fun, (uint32_t)exc_small_val(arity)) != NULL;
}

static int by_name_arity(const void *x, const void *y)
{
    const fentry *a = x, *b = y;
    size_t la, lb;
    const char *ta = exc_atom_text(a->fun, &la), *tb = exc_atom_text(b->fun, &lb);
    int c = memcmp(ta, tb, la < lb ? la : lb);
    if (c) return c;
    if (la != lb) return la < lb ? -1 : 1;
    return a->arity < b->arity ? -1 : a->arity > b->arity;
}

size_t exci_call_exports(exc_term mod, exc_term *names, uint32_t *arities, size_t max)
{
    mentry *e = find_module(mod);
    if (!e) return 0;
    fentry *all = xcalloc(e->cap, sizeof *all);
    size_t n = 0;
    for (size_t j = 0; j < e->cap; j++)
        if (e->funs[j].code) all[n++] = e->funs[j];
    qsort(all, n, sizeof *all, by_name_arity);
    for (size_t i = 0; i < n && i < max; i++) names[i] = all[i].fun, arities[i] = all[i].arity;
    free(all);
    return n;
}

/* The built-in exception structs (exceptions.def): their module atoms, default
** fields, and their registration with inspect so they print in field order. */
#include "error/error_int.h"

#include <pthread.h>
#include <stdarg.h>
#include <string.h>

#include "exc/inspect.h"

typedef struct builtin {
    const char *name, *fields, *dfield, *dtext;
    exc_term module;
    exc_term keys[8];
    size_t nkeys;
} builtin;

static builtin table[] = {
#define EXC_EXCEPTION(c, name, fields, dfield, dtext) {"Elixir." name, fields, dfield, dtext, 0, {0}, 0},
#include "error/exceptions.def"
#undef EXC_EXCEPTION
};

static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Splits "a,b,c" into field atoms. */
static void parse_fields(builtin *b)
{
    const char *s = b->fields;
    while (*s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        b->keys[b->nkeys++] = exc_atom_n(s, n);
        s += n + (e ? 1 : 0);
    }
}

static void init_table(void)
{
    for (size_t i = 0; i < EXCI_EXC__COUNT; i++) {
        builtin *b = &table[i];
        b->module = exc_atom(b->name);
        parse_fields(b);
        /* Elixir's __info__(:struct) lists __exception__ first; inspect hides it. */
        exc_term all[9] = {exc_atom("__exception__")};
        memcpy(all + 1, b->keys, b->nkeys * sizeof *all);
        exc_inspect_register_struct(b->module, all, b->nkeys + 1);
    }
}

static builtin *get(int i)
{
    pthread_once(&once, init_table);
    return &table[i];
}

void exc_error_init(void) { pthread_once(&once, init_table); }

exc_term exci_err_module(enum exci_exc e) { return get(e)->module; }

int exci_err_builtin_index(exc_term module)
{
    pthread_once(&once, init_table);
    for (int i = 0; i < EXCI_EXC__COUNT; i++)
        if (table[i].module == module) return i;
    return -1;
}

/* The struct with its defaults: __exception__, __struct__ and every field. */
static exc_term defaults(const builtin *b)
{
    exc_term keys[10], vals[10];
    size_t n = 0;
    keys[n] = exc_atom("__exception__"), vals[n++] = EXC_A_true;
    keys[n] = exc_atom("__struct__"), vals[n++] = b->module;
    for (size_t i = 0; i < b->nkeys; i++) {
        keys[n] = b->keys[i];
        bool d = strcmp(exc_atom_text(b->keys[i], NULL), b->dfield) == 0;
        vals[n++] = d ? exc_binary_cstr(b->dtext) : EXC_A_nil;
    }
    return exc_map_from_arrays(keys, vals, n);
}

exc_term exci_err_make(enum exci_exc e, int npairs, ...)
{
    exc_term m = defaults(get(e));
    va_list ap;
    va_start(ap, npairs);
    for (int i = 0; i < npairs; i++) {
        const char *k = va_arg(ap, const char *);
        exc_term v = va_arg(ap, exc_term);
        m = exc_map_put(m, exc_atom(k), v);
    }
    va_end(ap);
    return m;
}

exc_term exci_err_field(exc_term map, const char *key)
{
    if (!exc_is_map(map)) return EXC_A_nil;
    exc_term v = exc_map_get(map, exc_atom(key));
    return v == EXC_NONE ? EXC_A_nil : v;
}

bool exc_is_exception(exc_term t)
{
    if (!exc_is_map(t)) return false;
    exc_term e = exc_map_get(t, exc_atom("__exception__"));
    exc_term s = exc_map_get(t, exc_atom("__struct__"));
    return e == EXC_A_true && s != EXC_NONE && exc_is_atom(s);
}

exc_term exc_exception_builtin(exc_term module, exc_term fields)
{
    int i = exci_err_builtin_index(module);
    if (i < 0) return EXC_NONE;
    exc_term m = defaults(&table[i]);
    for (exc_term l = fields; exc_is_cons(l); l = exc_tl(l)) {
        exc_term kv = exc_hd(l);
        if (exc_is_tuple(kv) && exc_tuple_arity(kv) == 2)
            m = exc_map_put(m, exc_tuple_elems(kv)[0], exc_tuple_elems(kv)[1]);
    }
    return m;
}

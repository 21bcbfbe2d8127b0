/* inspect_struct.c: the registry of struct definitions that inspect needs to print
** fields in definition order (Elixir asks Module.__info__(:struct)). Registration
** happens at program start-up; lookups take a read lock. Entries are never freed,
** so a returned field array stays valid. */
#include "term/inspect_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "exc/term_api.h"

typedef struct struct_def {
    exc_term module;
    size_t nfields;
    exc_term *fields; /* without __struct__ */
} struct_def;

static pthread_rwlock_t lock = PTHREAD_RWLOCK_INITIALIZER;
static struct_def *defs;
static size_t ndefs, capdefs;

static struct_def *find(exc_term module)
{
    for (size_t i = 0; i < ndefs; i++)
        if (defs[i].module == module) return &defs[i];
    return NULL;
}

void exc_inspect_register_struct(exc_term module, const exc_term *fields, size_t nfields)
{
    exc_term *copy = malloc((nfields + 1) * sizeof *copy);
    if (!copy) abort();
    exc_term dunder = exc_atom("__struct__");
    size_t n = 0;
    for (size_t i = 0; i < nfields; i++)
        if (fields[i] != dunder) copy[n++] = fields[i];
    pthread_rwlock_wrlock(&lock);
    struct_def *d = find(module);
    if (!d) {
        if (ndefs == capdefs) {
            capdefs = capdefs ? capdefs * 2 : 16;
            defs = realloc(defs, capdefs * sizeof *defs);
            if (!defs) abort();
        }
        d = &defs[ndefs++];
        d->module = module;
    }
    d->nfields = n;
    d->fields = copy; /* an older array may still be read: it is kept, not freed */
    pthread_rwlock_unlock(&lock);
}

const exc_term *exci_inspect_struct_fields(exc_term module, size_t *n)
{
    pthread_rwlock_rdlock(&lock);
    struct_def *d = find(module);
    const exc_term *fields = d ? d->fields : NULL;
    *n = d ? d->nfields : 0;
    pthread_rwlock_unlock(&lock);
    return fields;
}

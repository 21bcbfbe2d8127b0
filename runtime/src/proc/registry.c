/* Registered process names (Process.register/unregister/whereis/registered): a small
** table under one lock; names are atoms, so entries hold no GC pointers. */
#include "proc/proc.h"

#include <stdlib.h>

#include "exc/alloc.h"

typedef struct { exc_term name, pid; } entry;

static exci_spin lock;
static entry *names;
static size_t nnames, capnames;

static ptrdiff_t find(exc_term name)
{
    for (size_t i = 0; i < nnames; i++)
        if (names[i].name == name) return (ptrdiff_t)i;
    return -1;
}

bool exc_register(exc_term name, exc_term pid)
{
    exci_proc *p = exci_proc_lookup(pid);
    if (!exc_is_atom(name) || name == EXC_A(undefined) || !p) return false;
    exci_spin_lock(&lock);
    /* Re-checked under the lock: an exiting process drops its name under it. */
    bool ok = find(name) < 0 && p->reg_name == EXC_A_nil &&
              atomic_load(&p->state) != EXCI_P_EXITING;
    if (ok && nnames == capnames) {
        size_t cap = capnames ? capnames * 2 : 16;
        entry *n = realloc(names, cap * sizeof *n);
        if (n) { names = n; capnames = cap; }
        else ok = false;
    }
    if (ok) {
        names[nnames].name = name;
        names[nnames++].pid = pid;
        p->reg_name = name;
    }
    exci_spin_unlock(&lock);
    return ok;
}

static bool drop_name(exc_term name)
{
    ptrdiff_t i = find(name);
    if (i < 0) return false;
    exci_proc *p = exci_proc_lookup(names[i].pid);
    if (p) p->reg_name = EXC_A_nil;
    names[i] = names[--nnames];
    return true;
}

bool exc_unregister(exc_term name)
{
    exci_spin_lock(&lock);
    bool ok = drop_name(name);
    exci_spin_unlock(&lock);
    return ok;
}

/* Always under the lock (even without a name): pairs with exc_register's check. */
void exci_registry_drop(exci_proc *p)
{
    exci_spin_lock(&lock);
    ptrdiff_t i = p->reg_name == EXC_A_nil ? -1 : find(p->reg_name);
    if (i >= 0 && names[i].pid == p->pid) names[i] = names[--nnames];
    p->reg_name = EXC_A_nil;
    exci_spin_unlock(&lock);
}

exc_term exc_whereis(exc_term name)
{
    exci_spin_lock(&lock);
    ptrdiff_t i = find(name);
    exc_term pid = i < 0 ? EXC_A_nil : names[i].pid;
    exci_spin_unlock(&lock);
    return pid;
}

exc_term exc_registered(void)
{
    exci_spin_lock(&lock);
    size_t n = nnames;
    exc_term tmp[n ? n : 1];
    for (size_t i = 0; i < n; i++) tmp[i] = names[i].name;
    exci_spin_unlock(&lock);
    exc_term l = EXC_NIL_LIST;
    for (size_t i = n; i > 0; i--) l = exc_cons(tmp[i - 1], l);
    return l;
}

/* The process dictionary (Process.put/get/delete): a list of {key, value} tuples
** owned by the running process; keys compare exactly (===). */
#include "proc/proc.h"

static exc_term *find(exc_term *l, exc_term key)
{
    for (; *l != EXC_NIL_LIST; l = &exc_cons_ptr(*l)[1])
        if (exc_eq_exact(exc_tuple_elems(exc_hd(*l))[0], key)) return l;
    return NULL;
}

/* A copy of the list without the cell at *at (cells are immutable terms). */
static exc_term without(exc_term list, exc_term *at)
{
    if (&list == at) return exc_tl(list);
    exc_term out = EXC_NIL_LIST, *tail = &out;
    for (exc_term l = list; l != EXC_NIL_LIST; l = exc_tl(l)) {
        if (l == *at) { *tail = exc_tl(l); return out; }
        *tail = exc_cons(exc_hd(l), EXC_NIL_LIST);
        tail = &exc_cons_ptr(*tail)[1];
    }
    return out;
}

exc_term exc_dict_put(exc_term key, exc_term value)
{
    exci_proc *p = exci_proc_cur;
    exc_term *at = find(&p->dict, key), old = EXC_A_nil;
    if (at) {
        old = exc_tuple_elems(exc_hd(*at))[1];
        p->dict = without(p->dict, at);
    }
    p->dict = exc_cons(exc_tuple2(key, value), p->dict);
    return old;
}

exc_term exc_dict_get(exc_term key, exc_term dflt)
{
    exc_term *at = find(&exci_proc_cur->dict, key);
    return at ? exc_tuple_elems(exc_hd(*at))[1] : dflt;
}

exc_term exc_dict_delete(exc_term key)
{
    exci_proc *p = exci_proc_cur;
    exc_term *at = find(&p->dict, key);
    if (!at) return EXC_A_nil;
    exc_term old = exc_tuple_elems(exc_hd(*at))[1];
    p->dict = without(p->dict, at);
    return old;
}

exc_term exc_dict_list(void) { return exci_proc_cur->dict; }

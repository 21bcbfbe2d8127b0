/* The lock-free MPSC part of mailboxes (Vyukov's intrusive queue) and the private
** list operations (see mailbox.h). */
#include "proc/mailbox.h"

#include "exc/alloc.h"

void exci_mbox_init(exci_mbox *m)
{
    exci_node *stub = exc_alloc(sizeof *stub);
    atomic_store_explicit(&stub->next, NULL, memory_order_relaxed);
    atomic_store_explicit(&m->in_head, stub, memory_order_relaxed);
    atomic_store_explicit(&m->in_tail, stub, memory_order_relaxed);
    atomic_store_explicit(&m->head, NULL, memory_order_relaxed);
    m->tail_link = &m->head;
    m->cursor = &m->head;
    m->mark = NULL;
    m->len = 0;
    m->deadline_ns = 0;
}

/* The sequentially consistent exchange of the tail is what the waker's later read
** of the owner's state pairs with (the owner publishes WAITING, then compares tail
** and head: Dekker); the link store after it needs no fence. */
void exci_mbox_push(exci_mbox *m, exci_node *n)
{
    atomic_store_explicit(&n->next, NULL, memory_order_relaxed);
    exci_node *prev = atomic_exchange_explicit(&m->in_tail, n, memory_order_seq_cst);
    atomic_store_explicit(&prev->next, n, memory_order_release);
}

/* Vyukov pop. The node returned is the new stub, so its payload is copied into the
** old stub, which is handed out instead (the queue keeps the newer node). */
exci_node *exci_mbox_pop(exci_mbox *m)
{
    exci_node *stub = atomic_load_explicit(&m->in_head, memory_order_relaxed);
    exci_node *next = atomic_load_explicit(&stub->next, memory_order_acquire);
    if (!next) return NULL;
    atomic_store_explicit(&m->in_head, next, memory_order_relaxed);
    stub->term = next->term;
    stub->from = next->from;
    stub->ref = next->ref;
    stub->kind = next->kind;
    next->term = next->from = next->ref = 0; /* the stub keeps nothing alive */
    atomic_store_explicit(&stub->next, NULL, memory_order_relaxed);
    return stub;
}

/* A producer that has swung the tail counts, even before it links its node: the
** owner then retries until the link appears (a few instructions later). */
bool exci_mbox_has_incoming(exci_mbox *m)
{
    exci_node *t = atomic_load_explicit(&m->in_tail, memory_order_seq_cst);
    return t != atomic_load_explicit(&m->in_head, memory_order_relaxed);
}

void exci_mbox_append(exci_mbox *m, exci_node *n)
{
    atomic_store_explicit(&n->next, NULL, memory_order_relaxed);
    atomic_store_explicit(m->tail_link, n, memory_order_relaxed);
    m->tail_link = &n->next;
    m->len++;
}

void exci_mbox_remove(exci_mbox *m, _Atomic(exci_node *) *link)
{
    exci_node *n = exci_link_get(link);
    _Atomic(exci_node *) *next_link = &n->next;
    atomic_store_explicit(link, exci_link_get(&n->next), memory_order_relaxed);
    if (m->tail_link == next_link) m->tail_link = link;
    if (m->cursor == next_link) m->cursor = link;
    if (m->mark == next_link) m->mark = link;
    m->len--;
}

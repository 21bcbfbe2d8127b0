/* Mailboxes: a Vyukov multi-producer single-consumer queue of signals (messages, exit
** signals, DOWN notifications, in one queue so that signals between a pair of
** processes keep their order), drained by the owner into a private in-order list
** that selective receive walks with a cursor. */
#ifndef EXC_PROC_MAILBOX_H
#define EXC_PROC_MAILBOX_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "exc/term.h"

enum exci_sig_kind {
    EXCI_SIG_MSG,       /* term: the message */
    EXCI_SIG_EXIT,      /* exit/2: from, term = reason */
    EXCI_SIG_EXIT_LINK, /* a linked process exited: from, term = reason */
    EXCI_SIG_DOWN,      /* a monitored process exited: from, ref, term = reason */
};

/* One queued signal. GC-allocated: nodes are never freed by hand, so a producer
** holding a stale node pointer is always safe. */
typedef struct exci_node {
    _Atomic(struct exci_node *) next;
    exc_term term;
    exc_term from;
    exc_term ref;
    uint32_t kind;
} exci_node;

/* Invariants: `in_tail` is written by producers only (exchange); `in_head` (the
** Vyukov stub/consumer end) and everything below by the owner only, under the
** process lock where other processes may read (Process.info). The private list is
** head..*tail_link; `cursor` points at the link of the next unexamined message. */
typedef struct exci_mbox {
    _Atomic(exci_node *) in_tail;
    char pad[56];
    _Atomic(exci_node *) in_head;  /* owner writes; schedulers peek (relaxed) */
    /* Links are atomic (relaxed, plain moves on x86) because a scheduler may still
    ** peek at a node's `next` after the owner moved it here. */
    _Atomic(exci_node *) head;
    _Atomic(exci_node *) *tail_link;
    _Atomic(exci_node *) *cursor;
    _Atomic(exci_node *) *mark;  /* BEAM receive mark, or NULL */
    uint64_t len;              /* messages in the private list */
    int64_t deadline_ns;       /* deadline of the receive in progress, 0 = none */
} exci_mbox;

void exci_mbox_init(exci_mbox *m);

/* Producer side: enqueue and report whether the queue looked empty before. */
void exci_mbox_push(exci_mbox *m, exci_node *n);

/* Owner side: pop the oldest queued signal, or NULL. */
exci_node *exci_mbox_pop(exci_mbox *m);

/* True if producers have queued (or are queueing) something not popped yet. */
bool exci_mbox_has_incoming(exci_mbox *m);

/* Append a message node to the private list (owner). */
void exci_mbox_append(exci_mbox *m, exci_node *n);

/* Unlink the message at *link from the private list, fixing cursor/mark/tail. */
void exci_mbox_remove(exci_mbox *m, _Atomic(exci_node *) *link);

/* Relaxed access to a link. */
static inline exci_node *exci_link_get(_Atomic(exci_node *) *l)
{
    return atomic_load_explicit(l, memory_order_relaxed);
}

#endif

/* Signals with Erlang's rules: links, monitors, exit signals and their conversion
** to {:EXIT, pid, reason} / {:DOWN, ref, :process, pid, reason} messages.
** Link and monitor sets are edited under the owners' locks (both, in serial order),
** so a link or monitor is either set up before the target starts exiting (and is
** then signalled) or finds it EXITING (and reports :noproc). Exit and DOWN signals
** travel through the mailbox queue, keeping their order with messages, and are
** acted on by the receiver itself (exci_proc_drain). */
#include "proc/proc.h"

#include <string.h>

#include "exc/alloc.h"
#include "sched/sched.h"

/* ---- small sets ----------------------------------------------------------- */

void exci_link_add(exci_proc *p, exc_term pid)
{
    for (uint32_t i = 0; i < p->nlinks; i++)
        if (p->links[i] == pid) return;
    if (p->nlinks == p->caplinks) {
        uint32_t cap = p->caplinks ? p->caplinks * 2 : 4;
        exc_term *n = exc_alloc_atomic(cap * sizeof *n); /* pids are immediates */
        if (p->nlinks) memcpy(n, p->links, p->nlinks * sizeof *n);
        p->links = n;
        p->caplinks = cap;
    }
    p->links[p->nlinks++] = pid;
}

static bool link_remove(exci_proc *p, exc_term pid)
{
    for (uint32_t i = 0; i < p->nlinks; i++) {
        if (p->links[i] != pid) continue;
        p->links[i] = p->links[--p->nlinks];
        return true;
    }
    return false;
}

void exci_monitor_add(exci_monitor **v, uint32_t *n, uint32_t *cap, exc_term ref, exc_term pid)
{
    if (*n == *cap) {
        uint32_t c = *cap ? *cap * 2 : 4;
        exci_monitor *m = exc_alloc(c * sizeof *m);
        if (*n) memcpy(m, *v, *n * sizeof *m);
        *v = m;
        *cap = c;
    }
    (*v)[*n].ref = ref;
    (*v)[(*n)++].pid = pid;
}

/* Remove the monitor with ref's id; its pid in *pid. */
static bool monitor_remove(exci_monitor *v, uint32_t *n, exc_term ref, exc_term *pid)
{
    for (uint32_t i = 0; i < *n; i++) {
        if (exc_ref_id(v[i].ref) != exc_ref_id(ref)) continue;
        if (pid) *pid = v[i].pid;
        v[i] = v[--*n];
        return true;
    }
    return false;
}

static void lock_pair(exci_proc *a, exci_proc *b)
{
    if (a->serial > b->serial) { exci_proc *t = a; a = b; b = t; }
    exci_spin_lock(&a->lock);
    exci_spin_lock(&b->lock);
}

static void unlock_pair(exci_proc *a, exci_proc *b)
{
    exci_spin_unlock(&a->lock);
    exci_spin_unlock(&b->lock);
}

static bool exiting(exci_proc *p)
{
    return atomic_load_explicit(&p->state, memory_order_relaxed) == EXCI_P_EXITING;
}

/* ---- sending signals ---------------------------------------------------------- */

void exci_proc_signal(exci_proc *p, uint32_t kind, exc_term from, exc_term ref, exc_term term)
{
    exci_node *n = exc_alloc(sizeof *n);
    n->kind = kind;
    n->from = from;
    n->ref = ref;
    n->term = term;
    exci_mbox_push(&p->mbox, n);
    exci_sched_wake(p);
}

exc_term exc_send(exc_term to, exc_term msg)
{
    if (exc_is_atom(to)) {
        to = exc_whereis(to);
        if (to == EXC_A_nil) return EXC_NONE;
    }
    exci_proc *p = exci_proc_lookup(to);
    if (p) exci_proc_signal(p, EXCI_SIG_MSG, 0, 0, msg);
    return msg;
}

void exc_exit_signal(exc_term pid, exc_term reason)
{
    exci_proc *t = exci_proc_lookup(pid), *me = exci_proc_cur;
    if (!t) return;
    exci_proc_signal(t, EXCI_SIG_EXIT, me ? me->pid : EXC_A(undefined), 0, reason);
    if (t == me) exci_proc_drain(me); /* exit(self(), r) acts before returning */
}

/* ---- links ------------------------------------------------------------------ */

/* link to a dead or exiting process: Erlang's noproc rule. */
static bool link_noproc(exci_proc *me, exc_term pid)
{
    if (!me->trap_exit) return false;
    exci_proc_signal(me, EXCI_SIG_MSG, 0, 0,
                     exc_tuple3(EXC_A(EXIT), pid, EXC_A(noproc)));
    return true;
}

bool exc_link(exc_term pid)
{
    exci_proc *me = exci_proc_cur;
    if (pid == me->pid) return true;
    exci_proc *t = exci_proc_lookup(pid);
    if (!t) return link_noproc(me, pid);
    lock_pair(me, t);
    bool dead = exiting(t);
    if (!dead) {
        exci_link_add(me, pid);
        exci_link_add(t, me->pid);
    }
    unlock_pair(me, t);
    return dead ? link_noproc(me, pid) : true;
}

bool exc_unlink(exc_term pid)
{
    exci_proc *me = exci_proc_cur, *t = exci_proc_lookup(pid);
    if (!t || t == me) {
        exci_spin_lock(&me->lock);
        link_remove(me, pid);
        exci_spin_unlock(&me->lock);
        return true;
    }
    lock_pair(me, t);
    link_remove(me, pid);
    link_remove(t, me->pid);
    unlock_pair(me, t);
    return true;
}

/* ---- monitors --------------------------------------------------------------- */

exc_term exc_monitor(exc_term pid)
{
    exci_proc *me = exci_proc_cur, *t = exci_proc_lookup(pid);
    exc_term ref = exc_make_ref();
    exci_monitor_add(&me->mon_out, &me->nmon_out, &me->capmon_out, ref, pid);
    bool ok = false;
    if (t) {
        exci_spin_lock(&t->lock);
        ok = !exiting(t);
        if (ok) exci_monitor_add(&t->mon_by, &t->nmon_by, &t->capmon_by, ref, me->pid);
        exci_spin_unlock(&t->lock);
    }
    if (!ok) exci_proc_signal(me, EXCI_SIG_DOWN, pid, ref, EXC_A(noproc));
    return ref;
}

/* Remove the first {:DOWN, ref, ...} message of the private list. */
static void flush_down(exci_proc *me, exc_term ref)
{
    exci_proc_drain(me);
    exci_spin_lock(&me->lock);
    for (_Atomic(exci_node *) *l = &me->mbox.head; exci_link_get(l); l = &exci_link_get(l)->next) {
        exc_term m = exci_link_get(l)->term;
        if (exc_is_tuple(m) && exc_tuple_arity(m) == 5 && exc_tuple_elems(m)[0] == EXC_A(DOWN) &&
            exc_is_ref(exc_tuple_elems(m)[1]) &&
            exc_ref_id(exc_tuple_elems(m)[1]) == exc_ref_id(ref)) {
            exci_mbox_remove(&me->mbox, l);
            break;
        }
    }
    exci_spin_unlock(&me->lock);
}

bool exc_demonitor(exc_term ref, bool flush)
{
    exci_proc *me = exci_proc_cur;
    exc_term pid = 0;
    if (exc_is_ref(ref) && monitor_remove(me->mon_out, &me->nmon_out, ref, &pid)) {
        exci_proc *t = exci_proc_lookup(pid);
        if (t) {
            exci_spin_lock(&t->lock);
            monitor_remove(t->mon_by, &t->nmon_by, ref, NULL);
            exci_spin_unlock(&t->lock);
        }
    }
    if (flush && exc_is_ref(ref)) flush_down(me, ref);
    return true;
}

/* ---- exiting -------------------------------------------------------------------- */

void exci_proc_exit_signals(exci_proc *p, exc_term reason)
{
    exci_spin_lock(&p->lock);
    exc_term *links = p->links;
    uint32_t nlinks = p->nlinks;
    exci_monitor *by = p->mon_by;
    uint32_t nby = p->nmon_by;
    p->nlinks = p->nmon_by = 0;
    p->links = NULL;
    p->mon_by = NULL;
    p->caplinks = p->capmon_by = 0;
    exci_spin_unlock(&p->lock);
    exci_registry_drop(p);
    for (uint32_t i = 0; i < nlinks; i++) {
        exci_proc *t = exci_proc_lookup(links[i]);
        if (t) exci_proc_signal(t, EXCI_SIG_EXIT_LINK, p->pid, 0, reason);
    }
    for (uint32_t i = 0; i < nby; i++) {
        exci_proc *t = exci_proc_lookup(by[i].pid);
        if (t) exci_proc_signal(t, EXCI_SIG_DOWN, p->pid, by[i].ref, reason);
    }
    for (uint32_t i = 0; i < p->nmon_out; i++) { /* drop my monitors from targets */
        exci_proc *t = exci_proc_lookup(p->mon_out[i].pid);
        if (!t) continue;
        exci_spin_lock(&t->lock);
        monitor_remove(t->mon_by, &t->nmon_by, p->mon_out[i].ref, NULL);
        exci_spin_unlock(&t->lock);
    }
    p->nmon_out = 0;
}

/* ---- receiving signals ------------------------------------------------------------ */

static void deliver(exci_proc *p, exci_node *n, exc_term msg)
{
    n->kind = EXCI_SIG_MSG;
    n->term = msg;
    n->from = n->ref = 0;
    exci_spin_lock(&p->lock);
    exci_mbox_append(&p->mbox, n);
    exci_spin_unlock(&p->lock);
}

static exc_term exit_msg(exci_node *n)
{
    return exc_tuple3(EXC_A(EXIT), n->from, n->term);
}

/* Killed by an exit signal: remember who sent it (the main process reports it, even
** when it signalled itself: `Process.exit(self(), :kill)` prints "** (EXIT from
** #PID<main>) killed" under the elixir CLI, and exits 1 even for :normal). */
static EXC_NORETURN void die_from(exci_proc *p, exc_term from, exc_term reason)
{
    p->exit_from = from;
    exci_proc_die(reason);
}

static void on_exit_link(exci_proc *p, exci_node *n)
{
    exci_spin_lock(&p->lock);
    bool linked = link_remove(p, n->from);
    exci_spin_unlock(&p->lock);
    if (!linked) return; /* unlinked meanwhile: no effect (Erlang's unlink guarantee) */
    if (p->trap_exit) deliver(p, n, exit_msg(n));
    else if (n->term != EXC_A(normal)) die_from(p, n->from, n->term);
}

static void on_exit(exci_proc *p, exci_node *n)
{
    if (n->term == EXC_A(kill)) die_from(p, n->from, EXC_A(killed));
    if (p->trap_exit) deliver(p, n, exit_msg(n));
    else if (n->term != EXC_A(normal) || n->from == p->pid) die_from(p, n->from, n->term);
}

static void on_down(exci_proc *p, exci_node *n)
{
    if (!monitor_remove(p->mon_out, &p->nmon_out, n->ref, NULL)) return; /* demonitored */
    deliver(p, n, exc_tuple5(EXC_A(DOWN), n->ref, EXC_A(process), n->from, n->term));
}

void exci_proc_drain(exci_proc *p)
{
    exci_node *h = atomic_load_explicit(&p->mbox.in_head, memory_order_relaxed);
    if (!atomic_load_explicit(&h->next, memory_order_acquire)) return;
    for (;;) {
        exci_node *n;
        exci_spin_lock(&p->lock);
        while ((n = exci_mbox_pop(&p->mbox)) && n->kind == EXCI_SIG_MSG)
            exci_mbox_append(&p->mbox, n);
        exci_spin_unlock(&p->lock);
        if (!n) return;
        switch (n->kind) {
        case EXCI_SIG_EXIT_LINK: on_exit_link(p, n); break;
        case EXCI_SIG_EXIT: on_exit(p, n); break;
        case EXCI_SIG_DOWN: on_down(p, n); break;
        }
    }
}

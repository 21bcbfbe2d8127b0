/* Helpers shared by the process/scheduler/signal tests: run a test body as the main
** process, receive with a timeout or a predicate. */
#ifndef EXC_TESTS_TEST_PROC_UTIL_H
#define EXC_TESTS_TEST_PROC_UTIL_H

#include "check.h"
#include "exc.h"

#include <stdio.h>
#include <unistd.h>

static inline void util_tramp(void *fn) { ((void (*)(void))fn)(); }

/* Run body() as the main process; returns its exit status. */
static inline int run_main(void (*body)(void))
{
    exc_runtime_init(0, NULL);
    return exc_runtime_run(util_tramp, (void *)body);
}

/* Receive the first message satisfying pred (any if NULL), or EXC_NONE on timeout. */
static inline exc_term recv_where(bool (*pred)(exc_term, void *), void *ctx, int64_t timeout_ms)
{
    exc_recv_begin();
    for (;;) {
        exc_term m = exc_recv_peek();
        if (m == EXC_NONE) {
            if (exc_recv_wait(timeout_ms)) return EXC_NONE;
            continue;
        }
        if (!pred || pred(m, ctx)) {
            exc_recv_take();
            return m;
        }
        exc_recv_skip();
    }
}

static inline exc_term recv_any(int64_t timeout_ms) { return recv_where(NULL, NULL, timeout_ms); }

static inline bool is_tuple_tagged(exc_term m, exc_term tag, uint64_t arity)
{
    return exc_is_tuple(m) && exc_tuple_arity(m) == arity && exc_tuple_elems(m)[0] == tag;
}

static inline exc_term elem(exc_term t, int i) { return exc_tuple_elems(t)[i]; }

/* A process that waits forever (until killed). */
static inline void wait_forever(void *arg)
{
    (void)arg;
    for (;;) recv_any(EXC_INFINITY);
}

/* A process that exits at once with the reason passed (an atom cast to a pointer). */
static inline void exit_with(void *reason)
{
    exc_term r = (exc_term)(uintptr_t)reason;
    if (r != EXC_A(normal)) exc_exit(r);
}

#define REASON(atom) ((void *)(uintptr_t)EXC_A(atom))

/* A scriptable process ("agent"): it forwards every message it does not understand
** to `agent_parent`, and obeys {:cmd, name, arg} where name is one of
** link unlink exit_self die spawn_link_exit trap monitor. */
static exc_term agent_parent;

static inline exc_term cmd(const char *name, exc_term arg)
{
    return exc_tuple3(exc_atom("cmd"), exc_atom(name), arg);
}

static inline void agent_do(exc_term name, exc_term arg)
{
    if (name == exc_atom("link")) exc_send(agent_parent, exc_bool(exc_link(arg)));
    else if (name == exc_atom("unlink")) exc_unlink(arg);
    else if (name == exc_atom("exit_self")) exc_exit_signal(exc_self(), arg);
    else if (name == exc_atom("die")) exc_exit(arg);
    else if (name == exc_atom("spawn_link_exit"))
        exc_send(agent_parent, exc_spawn_link(exit_with, (void *)(uintptr_t)arg));
    else if (name == exc_atom("trap")) exc_trap_exit(arg == EXC_A_true);
    else if (name == exc_atom("monitor")) exc_send(agent_parent, exc_monitor(arg));
    exc_send(agent_parent, exc_atom("done"));
}

static inline void agent(void *trap)
{
    if (trap) exc_trap_exit(true);
    exc_send(agent_parent, exc_atom("ready"));
    for (;;) {
        exc_term m = recv_any(EXC_INFINITY);
        if (is_tuple_tagged(m, exc_atom("cmd"), 3)) agent_do(elem(m, 1), elem(m, 2));
        else exc_send(agent_parent, m);
    }
}

static inline bool is_atom_msg(exc_term m, void *atom) { return m == (exc_term)(uintptr_t)atom; }

/* Wait for a specific atom message (e.g. :ready, :done). */
static inline bool await_atom(const char *name)
{
    return recv_where(is_atom_msg, (void *)(uintptr_t)exc_atom(name), 2000) != EXC_NONE;
}

/* Start an agent and wait until it runs. */
static inline exc_term start_agent(bool trap)
{
    agent_parent = exc_self();
    exc_term p = exc_spawn(agent, trap ? (void *)1 : NULL);
    await_atom("ready");
    return p;
}

/* Send a command and wait for it to be done. */
static inline void agent_cmd(exc_term a, const char *name, exc_term arg)
{
    exc_send(a, cmd(name, arg));
    await_atom("done");
}

static inline bool is_down_of(exc_term m, void *pid)
{
    return is_tuple_tagged(m, EXC_A(DOWN), 5) && elem(m, 3) == (exc_term)(uintptr_t)pid;
}

/* Reason of pid's death seen through a monitor taken earlier, EXC_NONE if none
** within the timeout. */
static inline exc_term down_reason(exc_term pid, int64_t timeout_ms)
{
    exc_term m = recv_where(is_down_of, (void *)(uintptr_t)pid, timeout_ms);
    return m == EXC_NONE ? EXC_NONE : elem(m, 4);
}

static inline bool is_exit_from(exc_term m, void *pid)
{
    return is_tuple_tagged(m, EXC_A(EXIT), 3) && elem(m, 1) == (exc_term)(uintptr_t)pid;
}

/* Resident bytes of this process (0 if /proc is unreadable). */
static inline long rss_bytes(void)
{
    long pages = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return 0;
    if (fscanf(f, "%ld %ld", &pages, &res) != 2) res = 0;
    fclose(f);
    return res * sysconf(_SC_PAGESIZE);
}

#endif

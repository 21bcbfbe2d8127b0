/* Processes, scheduling, messages, signals, timers: the interface generated code and
** C natives call (implemented in runtime/src/proc, runtime/src/sched, runtime/src/io).
** Design notes and measured costs: docs/runtime.md. */
#ifndef EXC_EXC_PROC_H
#define EXC_EXC_PROC_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "exc/config.h"
#include "exc/term.h"

/* ---- program lifecycle --------------------------------------------------- */

/* Initialise the GC, the process table and the schedulers (not yet running).
** Reads EXC_SCHEDULERS from the environment unless exc_set_schedulers was called. */
void exc_runtime_init(int argc, char **argv);

/* Number of scheduler threads to start (driver flag); call before exc_runtime_init.
** 0 means one per online core. */
void exc_set_schedulers(int n);

/* Run `entry(arg)` as the main process and block the calling thread until it
** finishes; returns its exit status (0 for reason :normal or exc_halt(0), else 1,
** or the status given to exc_halt). Other processes keep running afterwards. */
int exc_runtime_run(void (*entry)(void *), void *arg);

/* init + run + exit(status): the whole life of a compiled program. */
EXC_NORETURN void exc_runtime_main(int argc, char **argv, void (*entry)(void *), void *arg);

/* System.halt(status): flush the serialized output and end the OS process now. */
EXC_NORETURN void exc_halt(int status);

/* System.schedulers_online(). */
int exc_schedulers_online(void);

/* Monotonic time in milliseconds / nanoseconds (System.monotonic_time). */
int64_t exc_monotonic_ms(void);
int64_t exc_monotonic_ns(void);

/* ---- processes ------------------------------------------------------------ */

enum exc_spawn_flags {
    EXC_SPAWN_LINK = 1,    /* spawn_link: linked atomically with the creation */
    EXC_SPAWN_MONITOR = 2, /* spawn_monitor: *monitor_ref receives the reference */
};

/* Start a process running entry(arg). `arg` is kept reachable for the GC by the new
** process. Returns the pid. The back end builds fun spawning on top of this. */
exc_term exc_spawn(void (*entry)(void *), void *arg);
exc_term exc_spawn_link(void (*entry)(void *), void *arg);
exc_term exc_spawn_opt(void (*entry)(void *), void *arg, int flags, exc_term *monitor_ref);

/* self(): the pid of the running process (EXC_NONE outside any process). */
exc_term exc_self(void);

/* Process.list(): pids of all live processes, in process-table order. */
exc_term exc_process_list(void);

/* Process.alive?(pid): false once the process has started exiting. */
bool exc_is_alive(exc_term pid);

/* Process.flag(:trap_exit, on): returns the previous value. */
bool exc_trap_exit(bool on);

/* ---- preemption and stack checks (inline fast paths) --------------------- */

/* Remaining reductions of the current slice and the lowest address the running
** code may push below (the current stack segment's limit, including a reserve for C
** natives and signal frames). Thread-local: always re-read after a call that may
** switch processes (the compiler does so for these extern TLS variables). */
extern __thread int64_t exc_reds;
extern __thread char *exc_stack_limit;

/* Out-of-line slow paths. */
void exc_yield(void);
void exc_stack_grow(void (*fn)(void *), void *ctx);

/* EXC_REDUCE(): generated code counts one reduction per call and per loop
** iteration; when the slice is spent the process yields its scheduler. Exit
** signals that arrived meanwhile take effect there. */
#define EXC_REDUCE()                                                                \
    do {                                                                            \
        if (EXC_UNLIKELY(--exc_reds <= 0)) exc_yield();                             \
    } while (0)

/* exc_stack_low(): true when the current frame is below the stack limit. A function
** prologue of generated code calls it and, when true, re-runs itself on a new, larger
** stack segment through exc_stack_grow (Go's prologue check; segmented stacks):
**
**     exc_term f(exc_term x) {
**         if (EXC_UNLIKELY(exc_stack_low())) {
**             struct { exc_term x, r; } c = {x, 0};
**             exc_stack_grow(f_thunk, &c);      // f_thunk: c->r = f(c->x)
**             return c.r;
**         }
**         ...
**
** A process whose stack would pass EXC_MAX_STACK exits with reason :stack_overflow.
** Outside a process (plain threads) the limit is NULL and the check never fires. */
EXC_INLINE bool exc_stack_low(void)
{
    return (char *)__builtin_frame_address(0) < exc_stack_limit;
}

/* ---- messages and selective receive -------------------------------------- */

/* send(pid, msg): never blocks, never copies (terms are immutable and shared).
** Sending to a dead pid does nothing. Returns msg. */
exc_term exc_send(exc_term pid, exc_term msg);

/* A receive compiles to:
**
**     exc_recv_begin();
**     for (;;) {
**         exc_term m = exc_recv_peek();
**         if (m == EXC_NONE) {
**             if (exc_recv_wait(timeout_ms)) { ...after clause...; break; }
**             continue;
**         }
**         if (clause matches m) { exc_recv_take(); ...body...; break; }
**         exc_recv_skip();
**     }
**
** begin puts the cursor on the oldest message (or on the mark, see exc_recv_mark);
** peek returns the message under the cursor, or EXC_NONE when all were examined;
** skip keeps it in place and moves on; take removes it (others keep their order);
** wait blocks until a new message arrives (true = the timeout expired first).
** timeout_ms: 0 = do not block, < 0 (EXC_INFINITY) = forever; the deadline is fixed
** at the first wait of a receive, later waits of the same receive keep it. */
#define EXC_INFINITY (-1)
void exc_recv_begin(void);
exc_term exc_recv_peek(void);
void exc_recv_skip(void);
void exc_recv_take(void);
bool exc_recv_wait(int64_t timeout_ms);

/* BEAM's receive mark: called right after make_ref when the next receive matches
** only messages containing that ref; that receive then starts after the messages
** already queued at the mark instead of rescanning them. */
void exc_recv_mark(void);

/* ---- links, monitors, exit signals ---------------------------------------- */

/* Process.link/unlink. link to a dead pid: a trapping caller gets
** {:EXIT, pid, :noproc} and true; otherwise the caller exits with :noproc
** (Elixir raises ErlangError noproc) — reported here by returning false so the
** caller's native can raise. */
bool exc_link(exc_term pid);
bool exc_unlink(exc_term pid);

/* Process.monitor: the reference; a dead target yields an immediate
** {:DOWN, ref, :process, pid, :noproc}. demonitor(ref, flush?) returns true. */
exc_term exc_monitor(exc_term pid);
bool exc_demonitor(exc_term ref, bool flush);

/* Process.exit(pid, reason) with Erlang's rules (see docs/runtime.md). */
void exc_exit_signal(exc_term pid, exc_term reason);

/* ---- non-local exit and catch frames -------------------------------------- */

/* A catch frame: the setjmp chain per process that try/catch builds on.
**
**     exc_catch f;
**     if (EXC_TRY(f)) { ...body...; exc_catch_pop(&f); }
**     else            { use f.kind (:throw/:error/:exit) and f.value }
**
** EXC_TRY pushes the frame; exc_raise unwinds to the innermost frame (restoring the
** stack segment it was pushed on) and pops it; the body must pop it on normal exit.
** With no frame, exc_raise(:exit, R) ends the process with reason R; other kinds
** end it with reason {kind-specific term} given by the caller (see exc_raise). */
typedef struct exc_catch {
    sigjmp_buf jb;
    struct exc_catch *prev;
    void *segment; /* stack segment active at EXC_TRY (internal) */
    exc_term kind, value, stack;
    bool quiet; /* the catcher ignores the stack trace: raises capture none */
} exc_catch;

void exci_catch_push(exc_catch *f);
void exci_catch_landed(exc_catch *f);
void exc_catch_pop(exc_catch *f);
#define EXC_TRY(f) (exci_catch_push(&(f)), sigsetjmp((f).jb, 0) == 0 ? 1 : (exci_catch_landed(&(f)), 0))
/* EXC_TRY for a catcher that only needs to know that something was raised (a guard:
** an error makes it false), so raising skips the stack-trace walk. */
#define EXC_TRY_QUIET(f) \
    (exci_catch_push(&(f)), (f).quiet = true, sigsetjmp((f).jb, 0) == 0 ? 1 : (exci_catch_landed(&(f)), 0))

/* Raise kind (:throw, :error, :exit) with value to the innermost catch frame. If
** there is none, the process exits: with `value` for :exit, else with `reason`
** (the caller builds Erlang's {value, stacktrace} or Elixir's exception reason). */
EXC_NORETURN void exc_raise(exc_term kind, exc_term value, exc_term reason);

/* The same, also storing `stack` (a stack trace term) in the frame it lands in
** (f.stack), so the catching code can re-raise with it. */
EXC_NORETURN void exc_raise_stack(exc_term kind, exc_term value, exc_term stack,
                                  exc_term reason);

/* exit(reason) from anywhere in the running process: catchable as :exit. */
EXC_NORETURN void exc_exit(exc_term reason);

/* ---- registered names ------------------------------------------------------ */

/* Process.register: false if the name is taken, the pid is dead or already named. */
bool exc_register(exc_term name, exc_term pid);
bool exc_unregister(exc_term name);
exc_term exc_whereis(exc_term name);      /* pid or EXC_A_nil */
exc_term exc_registered(void);            /* list of names */

/* ---- process dictionary (the running process's) --------------------------- */

exc_term exc_dict_put(exc_term key, exc_term value); /* previous value or nil */
exc_term exc_dict_get(exc_term key, exc_term dflt);
exc_term exc_dict_delete(exc_term key);              /* previous value or nil */
exc_term exc_dict_list(void);                        /* [{k, v}] */

/* ---- introspection ----------------------------------------------------------- */

/* Process.info(pid, key) for key in :links :messages :message_queue_len
** :total_heap_size :status :trap_exit :registered_name: returns {key, value}, or
** EXC_A_nil for a dead pid, or EXC_NONE for an unsupported key. */
exc_term exc_process_info(exc_term pid, exc_term key);

/* Id (0..n-1) of the scheduler running the caller, -1 outside schedulers. */
int exc_scheduler_id(void);

/* ---- timers ------------------------------------------------------------------ */

/* Process.send_after(dest, msg, ms): a reference for cancel_timer. */
exc_term exc_send_after(exc_term dest, exc_term msg, int64_t ms);

/* Process.cancel_timer(ref): remaining ms (small int) or false. */
exc_term exc_cancel_timer(exc_term ref);

/* :timer.sleep / Process.sleep: the mailbox is left untouched. */
void exc_sleep(int64_t ms);

/* ---- serialized output --------------------------------------------------------- */

/* Write all of buf to fd (1 or 2) as one unit: writes of different processes never
** interleave inside one call. Returns false on error. */
bool exc_io_write(int fd, const void *buf, size_t len);

/* Erlang's io protocol (runtime/src/io/io_server.c): exc_io_request sends
** {:io_request, self(), ref, request} to an io server pid and returns its reply
** ({:error, :terminated} when the server is dead). The group leader of every process
** is the io server registered as :user (standard output). */
exc_term exc_io_request(exc_term device, exc_term request);
exc_term exc_group_leader(void);

/* File.open/2 and File.close/1 (runtime/src/io/file.c): {:ok, pid} of an io server
** owning the descriptor (closed when the opener dies), or {:error, posix}. */
exc_term exc_file_open(exc_term path, exc_term modes);
exc_term exc_file_close(exc_term device);
/* File.read/1, File.rm/1 ({:error, posix} on failure) and File.read!/File.rm!
** (raise File.Error) (runtime/src/io/file_ops.c). */
exc_term exc_file_read(exc_term path);
exc_term exc_file_rm(exc_term path);
exc_term exc_file_read_bang(exc_term path);
exc_term exc_file_rm_bang(exc_term path);

/* Start the system processes of a program's main process (runtime/src/proc/system.c):
** the runner linked to the caller (the elixir CLI's process that waits for the
** script), :code_server and the :user group leader. Called by exc_runtime_main. */
void exc_system_start(void);

#endif

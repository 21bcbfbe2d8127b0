/* excstd_proc.c: Process, System and :erlang natives of excstd.h on top of the
** runtime's process API (exc/proc.h). */
#include "excstd.h"

#include "exc/error.h"
#include "exc/kernel.h"

static int64_t ms_arg(const char *fn, exc_term ms)
{
    if (ms == EXC_A(infinity)) return EXC_INFINITY;
    if (!exc_is_small(ms) || exc_small_val(ms) < 0) exc_error_bif(fn, 1, &ms);
    return exc_small_val(ms);
}

exc_term excstd_sleep(exc_term ms)
{
    int64_t t = ms_arg("sleep", ms);
    while (t == EXC_INFINITY)
        exc_sleep((int64_t)1 << 40);
    exc_sleep(t);
    return EXC_A(ok);
}

exc_term excstd_send(exc_term dest, exc_term msg)
{
    if (exc_is_atom(dest)) {
        exc_term pid = exc_whereis(dest);
        if (pid == EXC_A_nil) exc_error_bif("send", 2, (exc_term[]){dest, msg});
        dest = pid;
    }
    if (!exc_is_pid(dest)) exc_error_bif("send", 2, (exc_term[]){dest, msg});
    return exc_send(dest, msg);
}

exc_term excstd_spawn_monitor(exc_term fun)
{
    exc_term ref;
    exc_term pid = exc_spawn_fun(fun, EXC_SPAWN_MONITOR, &ref);
    return exc_tuple2(pid, ref);
}

exc_term excstd_spawn_monitor3(exc_term m, exc_term f, exc_term a)
{
    exc_term ref;
    exc_term pid = exc_spawn_mfa(m, f, a, EXC_SPAWN_MONITOR, &ref);
    return exc_tuple2(pid, ref);
}

exc_term excstd_process_flag(exc_term flag, exc_term value)
{
    if (flag == EXC_A(trap_exit) && exc_is_boolean(value))
        return exc_bool(exc_trap_exit(value == EXC_A_true));
    exc_error_bif("process_flag", 2, (exc_term[]){flag, value});
}

exc_term excstd_process_exit(exc_term pid, exc_term reason)
{
    if (!exc_is_pid(pid)) exc_error_bif("exit", 2, (exc_term[]){pid, reason});
    exc_exit_signal(pid, reason);
    return EXC_A_true;
}

exc_term excstd_monitor(exc_term pid)
{
    if (exc_is_atom(pid)) {
        exc_term p = exc_whereis(pid);
        if (p != EXC_A_nil) pid = p;
    }
    return exc_monitor(pid);
}

exc_term excstd_demonitor(exc_term ref, exc_term opts)
{
    bool flush = false;
    for (exc_term l = opts; exc_is_cons(l); l = exc_tl(l))
        if (exc_hd(l) == EXC_A(flush)) flush = true;
    return exc_bool(exc_demonitor(ref, flush));
}

exc_term excstd_register(exc_term pid, exc_term name)
{
    if (!exc_is_atom(name) || name == EXC_A_nil || !exc_register(name, pid))
        exc_error_bif("register", 2, (exc_term[]){name, pid});
    return EXC_A_true;
}

exc_term excstd_unregister(exc_term name)
{
    if (!exc_unregister(name)) exc_error_bif("unregister", 1, &name);
    return EXC_A_true;
}

exc_term excstd_link(exc_term pid)
{
    if (!exc_link(pid)) exc_error(EXC_A(noproc));
    return EXC_A_true;
}

exc_term excstd_process_info(exc_term pid, exc_term key)
{
    if (exc_is_list(key)) {
        exc_term out = EXC_NIL_LIST;
        for (exc_term l = key; exc_is_cons(l); l = exc_tl(l)) {
            exc_term r = excstd_process_info(pid, exc_hd(l));
            if (r == EXC_A_nil) return EXC_A_nil;
            if (exc_hd(l) == EXC_A(registered_name) && exc_is_list(r)) r = exc_tuple2(exc_hd(l), EXC_NIL_LIST);
            out = exc_cons(r, out);
        }
        return excstd_reverse(out, EXC_NIL_LIST);
    }
    exc_term r = exc_process_info(pid, key);
    if (r == EXC_NONE) exc_error_bif("process_info", 2, (exc_term[]){pid, key});
    return r;
}

exc_term excstd_process_info1(exc_term pid)
{
    static const char *keys[] = {"registered_name", "status", "message_queue_len", "links", "trap_exit", "group_leader", "total_heap_size", "heap_size", "reductions"};
    exc_term out = EXC_NIL_LIST;
    for (int i = 8; i >= 0; i--) {
        exc_term r = exc_process_info(pid, exc_atom(keys[i]));
        if (r == EXC_A_nil) return EXC_A_nil;
        if (r != EXC_NONE && !(i == 0 && exc_is_list(r))) out = exc_cons(r, out);
    }
    return out;
}

exc_term excstd_send_after(exc_term dest, exc_term msg, exc_term ms)
{
    return exc_send_after(dest, msg, ms_arg("send_after", ms));
}

exc_term excstd_dict_keys(void)
{
    exc_term out = EXC_NIL_LIST;
    for (exc_term l = exc_dict_list(); exc_is_cons(l); l = exc_tl(l))
        out = exc_cons(exc_tuple_elems(exc_hd(l))[0], out);
    return exc_list_reverse(out);
}

exc_term excstd_group_leader(void) { return exc_group_leader(); }

exc_term excstd_process_list(void) { return exc_process_list(); }

void excstd_halt(exc_term status)
{
    exc_halt(exc_is_small(status) ? (int)exc_small_val(status) : 1);
}

exc_term excstd_monotonic_time(exc_term unit)
{
    int64_t ns = exc_monotonic_ns();
    if (unit == exc_atom("millisecond")) return exc_integer_from_i64(ns / 1000000);
    if (unit == exc_atom("microsecond")) return exc_integer_from_i64(ns / 1000);
    if (unit == exc_atom("second")) return exc_integer_from_i64(ns / 1000000000);
    return exc_integer_from_i64(ns);
}

exc_term excstd_system_info(exc_term what)
{
    if (what == exc_atom("schedulers_online") || what == exc_atom("schedulers"))
        return exc_small(exc_schedulers_online());
    if (what == exc_atom("atom_count")) return exc_small((int64_t)exc_atom_count());
    exc_error_bif("system_info", 1, &what);
}

/* IEx.Helpers.flush/0: prints and drops every message in the mailbox. */
exc_term excstd_flush(void)
{
    for (;;) {
        exc_recv_begin();
        exc_term m = exc_recv_peek();
        if (m == EXC_NONE)
            return EXC_A(ok);
        exc_recv_take();
        exc_k_io_inspect(EXC_A_nil, m, EXC_NIL_LIST);
    }
}

/* :crypto.strong_rand_bytes/1 (for programs that only need some bytes). */
exc_term excstd_rand_bytes(exc_term n)
{
    if (!exc_is_small(n) || exc_small_val(n) < 0) exc_error_bif("strong_rand_bytes", 1, &n);
    uint8_t *d;
    exc_term b = exc_binary_new((size_t)exc_small_val(n), &d);
    static uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int64_t i = 0; i < exc_small_val(n); i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        d[i] = (uint8_t)x;
    }
    return b;
}

/* Process.hibernate/3: sleeps until a message arrives (leaving it queued), then
** runs apply(m, f, a) and the process ends normally. */
exc_term excstd_hibernate(exc_term m, exc_term f, exc_term a)
{
    for (;;) {
        exc_recv_begin();
        if (exc_recv_peek() != EXC_NONE)
            break;
        exc_recv_wait(EXC_INFINITY);
    }
    exc_apply(m, f, a);
    exc_exit(EXC_A(normal));
}

/* What a program prints when an exception escapes: the elixir CLI's report for the
** main process (stderr, exit status) and Logger's crash report for other processes
** (stdout, like Elixir's console backend), plus the process tops that catch them. */
#include "error/error_int.h"

#include <stdio.h>
#include <time.h>

#include "exc/proc.h"

static void write_sb(int fd, const exci_sb *sb) { exc_io_write(fd, sb->buf, sb->len); }

/* Exception.format_stacktrace/1: "    entry\n..." or "\n" for no entries. */
static void put_stacktrace(exci_sb *sb, exc_term stack)
{
    exci_err_format_stack(sb, stack, "    ");
    exci_sb_puts(sb, "\n");
}

void exc_report_uncaught(exc_term kind, exc_term value, exc_term stack)
{
    exci_sb sb = {0};
    exci_sb_bin(&sb, exc_format_banner(kind, value, stack));
    exci_sb_puts(&sb, "\n");
    put_stacktrace(&sb, stack);
    write_sb(2, &sb);
}

void exc_report_exit_from(exc_term from, exc_term reason)
{
    exci_sb sb = {0};
    exci_sb_puts(&sb, "** (EXIT from ");
    exci_sb_inspect(&sb, from);
    exci_sb_puts(&sb, ") ");
    exci_sb_bin(&sb, exc_format_exit(reason));
    exci_sb_puts(&sb, "\n\n");
    write_sb(2, &sb);
}

/* Logger's "HH:MM:SS.mmm" in local time. */
static void put_time(exci_sb *sb)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    localtime_r(&ts.tv_sec, &tm);
    char buf[32];
    snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03ld", tm.tm_hour, tm.tm_min, tm.tm_sec,
             ts.tv_nsec / 1000000);
    exci_sb_puts(sb, buf);
}

void exc_report_crash(exc_term pid, exc_term kind, exc_term value, exc_term stack)
{
    /* An uncaught throw reaches Logger as the error {:nocatch, value}. */
    if (kind == EXC_A(throw)) value = exc_tuple2(exc_atom("nocatch"), value);
    exci_sb sb = {0};
    exci_sb_puts(&sb, "\n");
    put_time(&sb);
    exci_sb_puts(&sb, " [error] Process ");
    exci_sb_inspect(&sb, pid);
    exci_sb_puts(&sb, " raised an exception\n");
    exci_sb_bin(&sb, exc_format_error(EXC_A(error), value, stack));
    if (sb.buf[sb.len - 1] != '\n') exci_sb_puts(&sb, "\n");
    write_sb(1, &sb);
}

int exc_main_exit_status(exc_term reason, bool *print)
{
    *print = false;
    if (reason == EXC_A(normal) || reason == exc_atom("shutdown")) return 0;
    if (exc_is_tuple(reason) && exc_tuple_arity(reason) == 2 &&
        exc_tuple_elems(reason)[0] == exc_atom("shutdown")) {
        exc_term n = exc_tuple_elems(reason)[1];
        return exc_is_small(n) ? (int)exc_small_val(n) : 0;
    }
    *print = true;
    return 1;
}

void exc_main_entry(void *body)
{
    exc_main_body *b = body;
    exc_catch f;
    if (EXC_TRY(f)) {
        b->fn(b->arg);
        exc_catch_pop(&f);
        return;
    }
    int status = 1;
    bool print = true;
    if (f.kind == EXC_A(exit)) status = exc_main_exit_status(f.value, &print);
    if (print) exc_report_uncaught(f.kind, f.value, f.stack);
    exc_halt(status);
}

void exc_process_top(void (*fn)(void *), void *arg)
{
    exc_catch f;
    if (EXC_TRY(f)) {
        fn(arg);
        exc_catch_pop(&f);
        return;
    }
    if (f.kind == EXC_A(exit)) exc_exit(f.value);
    exc_report_crash(exc_self(), f.kind, f.value, f.stack);
    exc_raise_kind(f.kind, f.value, f.stack);
}

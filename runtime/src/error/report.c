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

/* The elixir CLI's banner: the blamed exception, except that FunctionClauseError keeps
** its plain message and gets the blame text indented by four spaces per line. */
static void put_cli_banner(exci_sb *sb, exc_term kind, exc_term value, exc_term stack)
{
    if (kind != EXC_A(error)) return exci_sb_bin(sb, exc_format_banner(kind, value, stack));
    exc_term e = exc_exception_normalize(kind, value, stack);
    exc_term b = exc_exception_blame(e, stack);
    bool clause = exci_err_builtin_index(exci_err_field(e, "__struct__")) == EXCI_EXC_FunctionClauseError;
    exci_sb_bin(sb, exc_format_banner(kind, clause ? e : b, stack));
    if (!clause) return;
    const char *blame = exci_err_clause_blame(b);
    if (!*blame) return;
    exci_sb_puts(sb, "    ");
    for (const char *p = blame; *p; p++) exci_sb_puts(sb, *p == '\n' ? "\n    " : (char[]){*p, 0});
}

/* Exception.blame/3 shows FunctionClauseError's arguments in the message and leaves
** only the arity in the top frame. */
static exc_term blamed_stack(exc_term kind, exc_term value, exc_term stack)
{
    if (kind != EXC_A(error) || !exc_is_cons(stack)) return stack;
    exc_term e = exc_exception_blame(exc_exception_normalize(kind, value, stack), stack);
    if (exci_err_builtin_index(exci_err_field(e, "__struct__")) != EXCI_EXC_FunctionClauseError ||
        exci_err_field(e, "args") == EXC_A_nil)
        return stack;
    exc_term *t = exc_tuple_elems(exc_hd(stack));
    exc_term top = exc_tuple4(t[0], t[1], exc_small(exc_list_length(t[2])), t[3]);
    return exc_cons(top, exc_tl(stack));
}

void exc_report_uncaught(exc_term kind, exc_term value, exc_term stack)
{
    exci_sb sb = {0};
    put_cli_banner(&sb, kind, value, stack);
    stack = blamed_stack(kind, value, stack);
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
    exci_err_log(sb.buf, sb.len);
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

void exci_err_process_top(void (*fn)(void *), void *arg, exc_term default_stack)
{
    exc_catch f;
    if (EXC_TRY(f)) {
        fn(arg);
        exc_catch_pop(&f);
        return;
    }
    if (f.kind == EXC_A(exit)) exc_exit(f.value);
    /* Elixir's format_exit shows "an exception was raised" only for a non-empty trace. */
    exc_term stack = exc_is_cons(f.stack) ? f.stack : default_stack;
    exc_report_crash(exc_self(), f.kind, f.value, stack);
    exc_raise_kind(f.kind, f.value, stack);
}

void exc_process_top(void (*fn)(void *), void *arg) { exci_err_process_top(fn, arg, EXC_NIL_LIST); }

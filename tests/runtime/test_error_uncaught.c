/* End to end: an exception escaping the main process (exc_main_entry) prints the elixir
** CLI's report on stderr and ends the program with its exit status; one escaping a
** spawned fun (exc_spawn_fun) prints Logger's crash report on stdout and the process
** exits with Erlang's {value, stack} reason. Expected texts and statuses come from
** real Elixir (tests/kernel/kernel_ref.h, ops main/exit_status/crash). Each case runs
** in a forked child so the program really exits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "exc.h"

#include "../inspect/etf.h"
#include "../kernel/kernel_ref.h"

static exc_term decode_hex(const char *hex)
{
    size_t n = strlen(hex) / 2;
    uint8_t *bytes = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned b;
        sscanf(hex + 2 * i, "%2x", &b);
        bytes[i] = (uint8_t)b;
    }
    exc_term t = etf_decode(bytes, n);
    free(bytes);
    return t;
}

static exc_term nth(exc_term l, int i)
{
    while (i-- > 0) l = exc_tl(l);
    return exc_hd(l);
}

/* Runs child(arg) in a forked process with fd `fd` captured; returns its exit status
** and the captured text (malloc'ed). */
static int forked(void (*child)(const void *), const void *arg, int fd, char **text)
{
    char path[] = "/tmp/exc_uncaught_XXXXXX";
    int tmp = mkstemp(path);
    REQUIRE(tmp >= 0);
    fflush(NULL);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(tmp, fd);
        child(arg);
        _exit(99); /* child() ends the program itself */
    }
    int st;
    waitpid(pid, &st, 0);
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    ssize_t n;
    lseek(tmp, 0, SEEK_SET);
    while ((n = read(tmp, buf + len, cap - len - 1)) > 0) len += (size_t)n;
    buf[len] = 0;
    close(tmp);
    unlink(path);
    *text = buf;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* ---- the main process ---------------------------------------------------------------- */

static const char *current_args;

static void raise_case(void *unused)
{
    (void)unused;
    exc_term a = decode_hex(current_args);
    exc_raise_kind(nth(a, 0), nth(a, 1), nth(a, 2));
}

static void exit_case(void *unused)
{
    (void)unused;
    exc_exit(nth(decode_hex(current_args), 0));
}

/* KFoo as gen.exs defines it in the elixir subprocess (its exports feed the
** "Did you mean" hints). */
static exc_term kfoo_any(EXC_PARAMS)
{
    (void)a1, (void)a2, (void)a3, (void)a4, (void)a5;
    return a0;
}
static const exc_export kfoo_exports[] = {
    {"bar", 1, kfoo_any}, {"two", 2, kfoo_any}, {"seven", 7, kfoo_any}, {"exception", 1, kfoo_any},
};
static const exc_module kfoo = {"Elixir.KFoo", kfoo_exports, 4};

static void run_main_program(const void *fn)
{
    exc_module_register(&kfoo);
    static exc_main_body body;
    body.fn = (void (*)(void *))fn;
    char *argv[] = {"test", NULL};
    exc_runtime_main(1, argv, exc_main_entry, &body);
}

static int first_line_len(const char *s)
{
    const char *e = strchr(s, '\n');
    return e ? (int)(e - s) : (int)strlen(s);
}

TEST(main_uncaught_report)
{
    int n = 0;
    for (size_t i = 0; i < sizeof kref_cases / sizeof kref_cases[0]; i++) {
        if (strcmp(kref_cases[i].op, "main")) continue;
        current_args = kref_cases[i].args;
        char *err;
        int status = forked(run_main_program, (const void *)raise_case, 2, &err);
        CHECK(status == 1);
        if (strcmp(err, kref_cases[i].expect) != 0)
            fprintf(stderr, "main case %zu:\n  want: %s\n  got:  %s\n", i, kref_cases[i].expect, err), check_failures++;
        free(err);
        n++;
    }
    CHECK(n > 0);
}

TEST(main_exit_status)
{
    int n = 0;
    for (size_t i = 0; i < sizeof kref_cases / sizeof kref_cases[0]; i++) {
        if (strcmp(kref_cases[i].op, "exit_status")) continue;
        current_args = kref_cases[i].args;
        char *err;
        int status = forked(run_main_program, (const void *)exit_case, 2, &err);
        int want_status = atoi(kref_cases[i].expect + strlen("status "));
        const char *want_err = strchr(kref_cases[i].expect, '\n') + 1;
        CHECK(status == want_status);
        /* Elixir's report goes on with BEAM stack frames; compare the banner line. */
        CHECK(first_line_len(err) == first_line_len(want_err) &&
              strncmp(err, want_err, (size_t)first_line_len(want_err)) == 0);
        free(err);
        n++;
    }
    CHECK(n > 0);
}

/* ---- spawned processes -------------------------------------------------------------- */

static exc_term raiser(EXC_PARAMS)
{
    (void)a1, (void)a2, (void)a3, (void)a4, (void)a5;
    exc_term *env = exc_fun_env(a0); /* arity 0: the fun itself is argument 0 */
    exc_raise_kind(env[0], env[1], env[2]);
}

static const exc_fun_info raiser_info = {"Elixir.Test", "run", 0, 0, 7, EXC_FUN_LAMBDA};

static bool lost; /* exit at once after the DOWN: the report must not appear */

/* Spawns the raising fun, waits for its DOWN and checks the exit reason, then exits. */
static void crash_main(void *unused)
{
    (void)unused;
    exc_term a = decode_hex(current_args);
    exc_term kind = nth(a, 0), value = nth(a, 1), stack = nth(a, 2);
    exc_term f = exc_fun_make(raiser, 0, &raiser_info, 3);
    exc_fun_env(f)[0] = kind, exc_fun_env(f)[1] = value, exc_fun_env(f)[2] = stack;
    exc_term ref;
    exc_spawn_fun(f, EXC_SPAWN_MONITOR, &ref);
    exc_recv_begin();
    exc_term m;
    while ((m = exc_recv_peek()) == EXC_NONE) exc_recv_wait(EXC_INFINITY);
    exc_recv_take();
    /* Erlang's reason {value, stack}; a raise without a trace gets the spawned fun's frame
    ** (anonymous fn/0 in Test.run/0), so the trace is never empty. */
    exc_term want = kind == EXC_A(throw) ? exc_tuple2(exc_atom("nocatch"), value) : value;
    exc_term r = exc_is_tuple(m) && exc_tuple_arity(m) == 5 ? exc_tuple_elems(m)[4] : EXC_NONE;
    bool ok = r != EXC_NONE && exc_is_tuple(r) && exc_tuple_arity(r) == 2 &&
              exc_eq(exc_tuple_elems(r)[0], want) && exc_is_cons(exc_tuple_elems(r)[1]) &&
              (!exc_is_cons(stack) || exc_eq(exc_tuple_elems(r)[1], stack));
    if (!lost) exc_sleep(250); /* the crash report comes after the Logger delay */
    exc_halt(ok ? 0 : 3);
}

/* spawn(mod, fun, args) of a missing function: the crash report, reason {:undef, ...}. */
static void crash_mfa_main(void *unused)
{
    (void)unused;
    exc_module_register(&kfoo);
    exc_term a = decode_hex(current_args), ref;
    exc_spawn_mfa(nth(a, 0), nth(a, 1), nth(a, 2), EXC_SPAWN_MONITOR, &ref);
    exc_recv_begin();
    exc_term m;
    while ((m = exc_recv_peek()) == EXC_NONE) exc_recv_wait(EXC_INFINITY);
    exc_recv_take();
    exc_term reason = exc_tuple_elems(m)[4];
    bool ok = exc_is_tuple(reason) && exc_tuple_elems(reason)[0] == exc_atom("undef");
    exc_sleep(250);
    exc_halt(ok ? 0 : 3);
}

/* Logger timestamps and pids differ from run to run, and the stack lines of a report
** name BEAM frames (tests/lang/normalize.sh drops them the same way). */
static void normalise(char *s)
{
    char *w = s;
    for (char *p = s; *p;) {
        char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p + 1) : strlen(p);
        if (strncmp(p, "    ", 4) != 0) memmove(w, p, n), w += n;
        p += n;
    }
    *w = 0;
    for (char *p = s; *p; p++) {
        if (p[0] >= '0' && p[0] <= '9' && strlen(p) >= 12 && p[2] == ':' && p[5] == ':' && p[8] == '.')
            memcpy(p, "HH:MM:SS.mmm", 12), p += 11;
        else if (!strncmp(p, "#PID<", 5)) {
            char *e = strchr(p, '>');
            if (e) memmove(p + 5, e, strlen(e) + 1);
        }
    }
}

static void run_plain_main(const void *fn)
{
    exc_runtime_init(0, NULL);
    exc_halt(exc_runtime_run((void (*)(void *))fn, NULL));
}

TEST(spawned_crash_report)
{
    int n = 0;
    for (size_t i = 0; i < sizeof kref_cases / sizeof kref_cases[0]; i++) {
        if (strcmp(kref_cases[i].op, "crash")) continue;
        current_args = kref_cases[i].args;
        char *out, *want = strdup(kref_cases[i].expect);
        int status = forked(run_plain_main, (const void *)crash_main, 1, &out);
        CHECK(status == 0);
        normalise(out);
        normalise(want);
        if (strcmp(out, want) != 0)
            fprintf(stderr, "crash case %zu:\n  want: %s\n  got:  %s\n", i, want, out), check_failures++;
        free(out);
        free(want);
        n++;
    }
    CHECK(n > 0);
}

TEST(crash_report_lost_at_exit)
{
    int n = 0;
    lost = true;
    for (size_t i = 0; i < sizeof kref_cases / sizeof kref_cases[0]; i++) {
        if (strcmp(kref_cases[i].op, "crash_lost")) continue;
        current_args = kref_cases[i].args;
        char *out;
        CHECK(forked(run_plain_main, (const void *)crash_main, 1, &out) == 0);
        CHECK(strcmp(out, kref_cases[i].expect) == 0);
        free(out);
        n++;
    }
    lost = false;
    CHECK(n > 0);
}

TEST(spawned_mfa_crash_report)
{
    int n = 0;
    for (size_t i = 0; i < sizeof kref_cases / sizeof kref_cases[0]; i++) {
        if (strcmp(kref_cases[i].op, "crash_mfa")) continue;
        current_args = kref_cases[i].args;
        char *out, *want = strdup(kref_cases[i].expect);
        int status = forked(run_plain_main, (const void *)crash_mfa_main, 1, &out);
        CHECK(status == 0);
        normalise(out);
        normalise(want);
        if (strcmp(out, want) != 0)
            fprintf(stderr, "crash_mfa case %zu:\n  want: %s\n  got:  %s\n", i, want, out), check_failures++;
        free(out);
        free(want);
        n++;
    }
    CHECK(n > 0);
}

TEST_MAIN()

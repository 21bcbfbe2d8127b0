/* The system processes around a program's main process (runner link, :code_server,
** the :user group leader), io servers speaking Erlang's io protocol, File.open's
** file io servers (closing their descriptor when the owner dies), the main process
** signalling itself, and per-process reduction counts. */
#include "test_proc_util.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static exc_term A(const char *s) { return exc_atom(s); }

static char path[64];

static exc_term path_bin(void)
{
    snprintf(path, sizeof path, "/tmp/exc_io_test_%d.txt", (int)getpid());
    return exc_binary_cstr(path);
}

static int open_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    if (!d) return -1;
    while (readdir(d)) n++;
    closedir(d);
    return n;
}

static bool body_ok;

static void b_system(void)
{
    exc_system_start();
    exc_term links = elem(exc_process_info(exc_self(), EXC_A(links)), 1);
    body_ok = exc_list_length(links) == 1 && exc_is_pid(exc_hd(links));
    exc_term cs = exc_whereis(A("code_server"));
    body_ok = body_ok && exc_is_pid(cs) && exc_group_leader() == exc_whereis(A("user"));
    exc_send(cs, exc_tuple3(A("code_call"), exc_self(), exc_tuple2(A("ensure_loaded"), A("Elixir.Nope"))));
    exc_term r = recv_any(2000);
    body_ok = body_ok && is_tuple_tagged(r, A("code_server"), 2) &&
              exc_eq(elem(r, 1), exc_tuple2(EXC_A(error), A("nofile")));
    /* the runner traps exits and stays alive when a linked process dies */
    exc_exit_signal(exc_hd(links), A("boom"));
    exc_sleep(20);
    body_ok = body_ok && exc_is_alive(exc_hd(links));
}

TEST(system_processes)
{
    CHECK(run_main(b_system) == 0);
    CHECK(body_ok);
}

static void b_user_server(void)
{
    exc_system_start();
    exc_term req = exc_tuple3(A("put_chars"), A("unicode"), exc_binary_cstr("via user\n"));
    body_ok = exc_io_request(exc_group_leader(), req) == EXC_A(ok);
    exc_term r = exc_io_request(exc_group_leader(), A("bogus"));
    body_ok = body_ok && exc_eq(r, exc_tuple2(EXC_A(error), A("request")));
}

TEST(group_leader_speaks_io_protocol)
{
    fflush(stdout);
    FILE *tmp = tmpfile();
    REQUIRE(tmp);
    int saved = dup(1);
    dup2(fileno(tmp), 1);
    int rc = run_main(b_user_server);
    dup2(saved, 1);
    CHECK(rc == 0);
    CHECK(body_ok);
    rewind(tmp);
    char buf[64] = {0};
    CHECK(fgets(buf, sizeof buf, tmp) && !strcmp(buf, "via user\n"));
}

static void b_file(void)
{
    exc_term r = exc_file_open(path_bin(), exc_list_from_array((exc_term[]){A("write")}, 1));
    REQUIRE(is_tuple_tagged(r, EXC_A(ok), 2));
    exc_term dev = elem(r, 1);
    body_ok = exc_is_pid(dev);
    /* é fits a latin-1 file, Ā does not: Erlang's no_translation */
    exc_term put = exc_tuple3(A("put_chars"), A("unicode"), exc_binary_cstr("a\xc3\xa9"));
    body_ok = body_ok && exc_io_request(dev, put) == EXC_A(ok);
    put = exc_tuple3(A("put_chars"), A("unicode"), exc_binary_cstr("\xc4\x80"));
    body_ok = body_ok && exc_eq(exc_io_request(dev, put), exc_tuple2(EXC_A(error), A("no_translation")));
    body_ok = body_ok && exc_file_close(dev) == EXC_A(ok) && !exc_is_alive(dev);
    r = exc_file_read(path_bin());
    body_ok = body_ok && exc_eq(r, exc_tuple2(EXC_A(ok), exc_binary_cstr("a\xe9")));
    body_ok = body_ok && exc_file_rm(path_bin()) == EXC_A(ok);
    body_ok = body_ok && exc_eq(exc_file_read(path_bin()), exc_tuple2(EXC_A(error), A("enoent")));
}

TEST(file_device_writes_and_closes)
{
    CHECK(run_main(b_file) == 0);
    CHECK(body_ok);
}

static void opener(void *parent)
{
    exc_term r = exc_file_open(path_bin(), exc_list_from_array((exc_term[]){A("write")}, 1));
    exc_send((exc_term)(uintptr_t)parent, elem(r, 1));
}

static void b_owner_dies(void)
{
    int before = open_fds();
    exc_spawn(opener, (void *)(uintptr_t)exc_self());
    exc_term dev = recv_any(2000);
    REQUIRE(exc_is_pid(dev));
    exc_term ref = exc_monitor(dev);
    exc_term down = recv_any(2000);
    body_ok = is_tuple_tagged(down, EXC_A(DOWN), 5) && exc_eq_exact(elem(down, 1), ref);
    body_ok = body_ok && open_fds() == before;
    exc_file_rm(path_bin());
}

TEST(owner_death_closes_descriptor)
{
    CHECK(run_main(b_owner_dies) == 0);
    CHECK(body_ok);
}

static void b_kill_self(void)
{
    exc_exit_signal(exc_self(), A("kill"));
    body_ok = false; /* never reached */
}

TEST(main_killing_itself_reports_exit_from)
{
    body_ok = true;
    fflush(stderr);
    FILE *tmp = tmpfile();
    REQUIRE(tmp);
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    int rc = run_main(b_kill_self);
    dup2(saved, 2);
    CHECK(rc == 1);
    CHECK(body_ok);
    rewind(tmp);
    char buf[128] = {0};
    CHECK(fgets(buf, sizeof buf, tmp) && !strncmp(buf, "** (EXIT from #PID<", 19) && strstr(buf, ") killed\n"));
}

static exc_term spin(int64_t n)
{
    exc_term acc = exc_small(0);
    for (int64_t i = 0; i < n; i++) {
        EXC_REDUCE();
        acc = exc_small(exc_small_val(acc) + 1);
    }
    return acc;
}

static void b_reductions(void)
{
    int64_t r0 = exc_small_val(elem(exc_process_info(exc_self(), A("reductions")), 1));
    spin(10000);
    int64_t r1 = exc_small_val(elem(exc_process_info(exc_self(), A("reductions")), 1));
    body_ok = r1 - r0 >= 10000 && r1 - r0 < 10100;
    body_ok = body_ok && exc_process_info(exc_self(), A("heap_size")) != EXC_NONE;
}

TEST(reductions_are_counted)
{
    CHECK(run_main(b_reductions) == 0);
    CHECK(body_ok);
}

TEST_MAIN()

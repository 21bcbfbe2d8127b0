/* Registered names and the process dictionary. */
#include "test_proc_util.h"

static void b_register(void)
{
    exc_term name = exc_atom("srv"), p = exc_spawn(wait_forever, NULL);
    CHECK(exc_whereis(name) == EXC_A_nil);
    CHECK(exc_register(name, p));
    CHECK(!exc_register(name, exc_self()));             /* taken */
    CHECK(!exc_register(exc_atom("other"), p));         /* already named */
    CHECK(exc_whereis(name) == p);
    CHECK(elem(exc_process_info(p, EXC_A(registered_name)), 1) == name);
    exc_term regs = exc_registered();
    CHECK(exc_is_cons(regs) && exc_hd(regs) == name);
    CHECK(exc_send(name, exc_small(1)) == exc_small(1));
    CHECK(exc_unregister(name));
    CHECK(!exc_unregister(name));
    CHECK(exc_whereis(name) == EXC_A_nil);
    CHECK(exc_send(name, exc_small(1)) == EXC_NONE);    /* caller raises badarg */
    CHECK(exc_register(name, p));
    exc_monitor(p);
    exc_exit_signal(p, EXC_A(kill));
    down_reason(p, 2000);
    CHECK(exc_whereis(name) == EXC_A_nil);              /* dropped at exit */
    exc_term dead = p;
    CHECK(!exc_register(exc_atom("x"), dead));
}
TEST(register_whereis_unregister) { CHECK(run_main(b_register) == 0); }

static void b_dict(void)
{
    exc_term k = exc_atom("k");
    CHECK(exc_dict_get(k, exc_small(0)) == exc_small(0));
    CHECK(exc_dict_put(k, exc_small(1)) == EXC_A_nil);
    CHECK(exc_dict_put(k, exc_small(2)) == exc_small(1));
    CHECK(exc_dict_put(exc_small(5), exc_small(3)) == EXC_A_nil);
    CHECK(exc_dict_get(k, EXC_A_nil) == exc_small(2));
    exc_term l = exc_dict_list();
    CHECK(exc_is_cons(l) && exc_is_cons(exc_tl(l)) && exc_tl(exc_tl(l)) == EXC_NIL_LIST);
    CHECK(exc_dict_delete(k) == exc_small(2));
    CHECK(exc_dict_get(k, EXC_A_nil) == EXC_A_nil);
    CHECK(exc_dict_get(exc_small(5), EXC_A_nil) == exc_small(3));
}
TEST(process_dictionary) { CHECK(run_main(b_dict) == 0); }

/* Each process has its own dictionary. */
static void dict_child(void *parent)
{
    exc_send((exc_term)(uintptr_t)parent, exc_dict_get(exc_atom("k"), exc_atom("none")));
}
static void b_dict_own(void)
{
    exc_dict_put(exc_atom("k"), exc_small(1));
    exc_spawn(dict_child, (void *)(uintptr_t)exc_self());
    CHECK(recv_any(2000) == exc_atom("none"));
}
TEST(dictionary_per_process) { CHECK(run_main(b_dict_own) == 0); }

TEST_MAIN()

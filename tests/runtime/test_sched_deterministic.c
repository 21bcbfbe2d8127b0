/* The seeded deterministic scheduler (EXC_DETERMINISTIC=seed): the same seed gives
** the same interleaving, run after run. */
#include "test_proc_util.h"

#include <stdio.h>
#include <unistd.h>

static void chatty(void *id)
{
    for (int i = 0; i < 20; i++) {
        exc_send(agent_parent, exc_small((int64_t)(uintptr_t)id));
        exc_yield();
    }
}

static void b_order(void)
{
    agent_parent = exc_self();
    for (int i = 0; i < 8; i++) exc_spawn(chatty, (void *)(uintptr_t)i);
    for (int i = 0; i < 160; i++) {
        exc_term m = recv_any(2000);
        REQUIRE(m != EXC_NONE);
        printf("%lld", (long long)exc_small_val(m));
    }
    printf("\n");
}

/* Prints the arrival order of 160 messages from 8 yielding senders. */
TEST(child_order) { CHECK(run_main(b_order) == 0); }

static void run_child(const char *seed, char *out, size_t cap)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "EXC_DETERMINISTIC=%s /proc/%d/exe child_order", seed, (int)getpid());
    FILE *f = popen(cmd, "r");
    REQUIRE(f);
    out[0] = 0;
    if (!fgets(out, (int)cap, f)) out[0] = 0;
    pclose(f);
}

TEST(same_seed_same_interleaving)
{
    char a[512], b[512], c[512];
    run_child("42", a, sizeof a);
    run_child("42", b, sizeof b);
    run_child("7", c, sizeof c);
    CHECK(strlen(a) == 161);
    CHECK(strcmp(a, b) == 0);
    CHECK(strcmp(a, c) != 0);
}

TEST_MAIN()

/* The atom table: preloaded indices, interning, text, concurrency. */
#include "check.h"
#include "exc.h"

#include <pthread.h>

static void init(void)
{
    exc_gc_init();
    exc_term_init();
}
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(preloaded_indices_hold)
{
    CHECK(exc_atom("nil") == EXC_A_nil);
    CHECK(exc_atom("false") == EXC_A_false);
    CHECK(exc_atom("true") == EXC_A_true);
    CHECK(exc_atom("ok") == EXC_A(ok));
    CHECK(exc_atom("EXIT") == EXC_A(EXIT));
    CHECK(exc_atom_count() >= EXC_AI__COUNT);
}

TEST(intern_same_text_same_term)
{
    exc_term a = exc_atom("hello_atom");
    CHECK(exc_is_atom(a));
    CHECK(exc_atom("hello_atom") == a);
    CHECK(exc_atom_n("hello_atom_xyz", 10) == a);
    CHECK(exc_atom("hello_atom2") != a);
}

TEST(atom_text_roundtrip)
{
    size_t len;
    const char *s = exc_atom_text(exc_atom("Elixir.Foo.Bar"), &len);
    CHECK(len == 14 && strcmp(s, "Elixir.Foo.Bar") == 0);
    CHECK(strcmp(exc_atom_text(EXC_A_true, NULL), "true") == 0);
    CHECK(exc_atom_text(exc_small(3), &len) == NULL && len == 0);
}

TEST(atom_with_nul_and_utf8)
{
    exc_term a = exc_atom_n("a\0b", 3), b = exc_atom("a");
    CHECK(a != b);
    size_t len;
    CHECK(memcmp(exc_atom_text(a, &len), "a\0b", 3) == 0 && len == 3);
    CHECK(exc_atom("héllo") == exc_atom_n("héllo", strlen("héllo")));
    exc_term empty = exc_atom("");
    CHECK(exc_atom_text(empty, &len)[0] == '\0' && len == 0);
}

TEST(atom_existing)
{
    CHECK(exc_atom_existing("ok", 2) == EXC_A(ok));
    CHECK(exc_atom_existing("surely_not_an_atom_yet", 22) == EXC_NONE);
    exc_term a = exc_atom("surely_not_an_atom_yet");
    CHECK(exc_atom_existing("surely_not_an_atom_yet", 22) == a);
}

TEST(atom_table_grows)
{
    char buf[32];
    exc_term first[20000];
    for (int i = 0; i < 20000; i++) {
        snprintf(buf, sizeof buf, "grow_%d", i);
        first[i] = exc_atom(buf);
    }
    for (int i = 0; i < 20000; i++) {
        snprintf(buf, sizeof buf, "grow_%d", i);
        CHECK(exc_atom(buf) == first[i]);
        CHECK(strcmp(exc_atom_text(first[i], NULL), buf) == 0);
    }
}

#define THREADS 8
#define PER_THREAD 3000
static exc_term seen[THREADS][PER_THREAD];

static void *intern_all(void *arg)
{
    int id = (int)(intptr_t)arg;
    char buf[32];
    for (int i = 0; i < PER_THREAD; i++) {
        /* Each thread walks the same names in a different order. */
        int k = (i * 7 + id * 131) % PER_THREAD;
        snprintf(buf, sizeof buf, "shared_%d", k);
        seen[id][k] = exc_atom(buf);
    }
    return NULL;
}

TEST(many_threads_intern_same_atoms)
{
    size_t before = exc_atom_count();
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++) pthread_create(&th[i], NULL, intern_all, (void *)(intptr_t)i);
    for (int i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
    for (int k = 0; k < PER_THREAD; k++)
        for (int i = 1; i < THREADS; i++) CHECK(seen[i][k] == seen[0][k]);
    CHECK(exc_atom_count() - before == PER_THREAD);
}

TEST(atoms_order_by_text)
{
    CHECK(exc_compare(exc_atom("a"), exc_atom("b")) < 0);
    CHECK(exc_compare(exc_atom("ab"), exc_atom("a")) > 0);
    CHECK(exc_compare(exc_atom("zzz_new_late"), exc_atom("aaa_new_later")) > 0);
}

TEST_MAIN()

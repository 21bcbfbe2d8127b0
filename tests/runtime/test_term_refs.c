/* References, unique integers, funs and pids. */
#include "check.h"
#include "exc.h"

/* Threads that allocate must be known to the collector: GC_THREADS makes
** pthread_create register them. */
#define GC_THREADS
#include <gc.h>
#include <pthread.h>

static void init(void) { exc_gc_init(); }
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(refs_unique)
{
    exc_term a = exc_make_ref(), b = exc_make_ref();
    CHECK(exc_is_ref(a) && exc_is_ref(b));
    CHECK(!exc_eq_exact(a, b) && exc_eq_exact(a, a));
    CHECK(exc_ref_id(a) != exc_ref_id(b));
    CHECK(exc_compare(a, exc_atom("zzz")) > 0 && exc_compare(a, exc_small(1)) > 0);
}

#define THREADS 4
#define PER 20000
static uint64_t ids[THREADS][PER];

static void *make_refs(void *arg)
{
    int id = (int)(intptr_t)arg;
    for (int i = 0; i < PER; i++) ids[id][i] = exc_ref_id(exc_make_ref());
    return NULL;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

TEST(refs_unique_across_threads)
{
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++) pthread_create(&th[i], NULL, make_refs, (void *)(intptr_t)i);
    for (int i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
    qsort(ids, THREADS * PER, sizeof(uint64_t), cmp_u64);
    uint64_t *all = &ids[0][0];
    for (int i = 1; i < THREADS * PER; i++) CHECK(all[i] != all[i - 1]);
}

TEST(unique_integers)
{
    exc_term a = exc_unique_integer(0), b = exc_unique_integer(0);
    CHECK(exc_is_small(a) && exc_compare(a, b) < 0);
    exc_term p = exc_unique_integer(EXC_UNIQUE_POSITIVE);
    CHECK(exc_small_val(p) > 0);
    CHECK(exc_small_val(exc_unique_integer(EXC_UNIQUE_POSITIVE)) > exc_small_val(p));
}

static const exc_fun_info info = {"Elixir.Foo", "bar", 2, 0, 12345, EXC_FUN_LAMBDA};
static void dummy_code(void) {}

TEST(fun_layout)
{
    exc_term f = exc_fun_new((void *)dummy_code, 1, &info, 2);
    exc_fun_env(f)[0] = exc_small(10);
    exc_fun_env(f)[1] = EXC_A(ok);
    CHECK(exc_is_fun(f) && exc_fun_arity(f) == 1);
    CHECK(exc_fun_ptr(f)->nfree == 2 && exc_fun_ptr(f)->info == &info);
    CHECK(exc_fun_ptr(f)->code == (void *)dummy_code);
    CHECK(exc_boxed_size(f) == 5);
    exc_term g = exc_fun_new((void *)dummy_code, 1, &info, 2);
    exc_fun_env(g)[0] = exc_small(10);
    exc_fun_env(g)[1] = EXC_A(ok);
    CHECK(exc_eq_exact(f, g) && exc_hash(f) == exc_hash(g));
    exc_fun_env(g)[1] = EXC_A(error);
    CHECK(!exc_eq_exact(f, g));
}

TEST(pids_order_by_serial)
{
    exc_term p1 = exc_pid_from_serial(1), p2 = exc_pid_from_serial(2);
    CHECK(exc_compare(p1, p2) < 0);
    CHECK(exc_compare(p1, exc_tuple_new(0)) < 0);
    CHECK(exc_compare(p1, exc_make_ref()) > 0);
}

TEST_MAIN()

/* Tail calls in the uniform calling convention run in constant stack, at -O2 and at
** -O0 (clang's optnone), for self, mutual, fun and apply calls and for calls with
** overflow arguments; and the documented prologue (reductions + stack check) works.
** Each function records its frame address; the spread must stay within a few frames. */
#include <string.h>

#include "check.h"
#include "exc.h"

#define N 3000000 /* iterations: far more stack than 1 GiB if frames piled up */

#if defined(__clang__)
#define O0 __attribute__((optnone, noinline))
#else
#define O0 __attribute__((noinline))
#endif
#define O2 __attribute__((noinline))

static char *lo, *hi;

static inline void probe(void)
{
    char *sp = __builtin_frame_address(0);
    if (!lo || sp < lo) lo = sp;
    if (!hi || sp > hi) hi = sp;
}

/* The prologue the back end emits (docs/backend-abi.md): count a reduction, then grow
** the stack when below the limit by re-running the function on a new segment. */
struct regrow { exc_code f; exc_term a[6], r; };
static void regrow_thunk(void *p)
{
    struct regrow *g = p;
    g->r = g->f(g->a[0], g->a[1], g->a[2], g->a[3], g->a[4], g->a[5]);
}
#define PROLOGUE(fn)                                                                \
    EXC_REDUCE();                                                                   \
    if (EXC_UNLIKELY(exc_stack_low())) {                                            \
        struct regrow g = {fn, {a0, a1, a2, a3, a4, a5}, 0};                        \
        exc_stack_grow(regrow_thunk, &g);                                           \
        return g.r;                                                                 \
    }                                                                               \
    probe()

/* The tail-callable functions, instantiated once per optimisation attribute. */
#define DEFINE(S, ATTR)                                                              \
    ATTR static exc_term count_##S(EXC_PARAMS)                                       \
    {                                                                                \
        PROLOGUE(count_##S);                                                         \
        if (a0 == exc_small(0)) return a1;                                           \
        EXC_MUSTTAIL return count_##S(exc_k_sub(a0, exc_small(1)), exc_k_add(a1, exc_small(1)), 0, 0, 0, 0); \
    }                                                                                \
    ATTR static exc_term odd_##S(EXC_PARAMS);                                        \
    ATTR static exc_term even_##S(EXC_PARAMS)                                        \
    {                                                                                \
        PROLOGUE(even_##S);                                                          \
        if (a0 == exc_small(0)) return EXC_A_true;                                   \
        EXC_MUSTTAIL return odd_##S(exc_k_sub(a0, exc_small(1)), 0, 0, 0, 0, 0);     \
    }                                                                                \
    ATTR static exc_term odd_##S(EXC_PARAMS)                                         \
    {                                                                                \
        PROLOGUE(odd_##S);                                                           \
        if (a0 == exc_small(0)) return EXC_A_false;                                  \
        EXC_MUSTTAIL return even_##S(exc_k_sub(a0, exc_small(1)), 0, 0, 0, 0, 0);    \
    }                                                                                \
    /* fn n, acc -> ... self.(n - 1, acc + 1): the fun comes as argument 2. */        \
    ATTR static exc_term lambda_##S(EXC_PARAMS)                                      \
    {                                                                                \
        PROLOGUE(lambda_##S);                                                        \
        if (a0 == exc_small(0)) return a1;                                           \
        exc_term f = a2;                                                             \
        exc_term n = exc_k_sub(a0, exc_small(1)), acc = exc_k_add(a1, exc_small(1)); \
        if (EXC_UNLIKELY(!exc_fun_ok(f, 2))) exc_fun_call_error(f, 2, (exc_term[]){n, acc}); \
        EXC_MUSTTAIL return exc_fun_code(f)(n, acc, f, 0, 0, 0);                      \
    }                                                                                \
    /* apply(TailMod, :loop, [n - 1]) in tail position. */                           \
    ATTR static exc_term loop_##S(EXC_PARAMS)                                        \
    {                                                                                \
        PROLOGUE(loop_##S);                                                          \
        if (a0 == exc_small(0)) return exc_atom("done");                             \
        exc_term args = exc_cons(exc_k_sub(a0, exc_small(1)), EXC_NIL_LIST);         \
        EXC_MUSTTAIL return exc_apply_tail(exc_atom("Elixir.TailMod"), exc_atom("loop_" #S), args, 0, 0, 0); \
    }                                                                                \
    /* apply(fun, [n - 1]) in tail position, fun of arity 1 (itself). */             \
    ATTR static exc_term funapply_##S(EXC_PARAMS)                                    \
    {                                                                                \
        PROLOGUE(funapply_##S);                                                      \
        if (a0 == exc_small(0)) return exc_atom("done");                             \
        exc_term args = exc_cons(exc_k_sub(a0, exc_small(1)), EXC_NIL_LIST);         \
        EXC_MUSTTAIL return exc_fun_apply_tail(a1, args, 0, 0, 0, 0);                \
    }                                                                                \
    /* Eight arguments: two in the overflow buffer, read before anything else. */     \
    ATTR static exc_term eight_##S(EXC_PARAMS)                                       \
    {                                                                                \
        exc_term a6 = exc_xargs()[0], a7 = exc_xargs()[1];                           \
        PROLOGUE(eight_##S);                                                         \
        if (a0 == exc_small(0))                                                      \
            return exc_list_from_array((exc_term[]){a1, a2, a3, a4, a5, a6, a7}, 7);  \
        exc_xargs()[0] = a5, exc_xargs()[1] = a6;                                    \
        EXC_MUSTTAIL return eight_##S(exc_k_sub(a0, exc_small(1)), a7, a1, a2, a3, a4); \
    }

DEFINE(o2, O2)
DEFINE(o0, O0)

static const exc_export tail_exports[] = {{"loop_o2", 1, loop_o2}, {"loop_o0", 1, loop_o0}};
static const exc_module tail_mod = {"Elixir.TailMod", tail_exports, 2};
static const exc_fun_info lambda_info = {"Elixir.TailMod", "run", 0, 0, 1, EXC_FUN_LAMBDA};

static void reset(void) { lo = hi = NULL; }
/* A handful of frames of spread at most (the first call may differ from the rest). */
static bool flat(void) { return EXC_HAS_MUSTTAIL ? (size_t)(hi - lo) < 512 : true; }

static void check_all(exc_code count, exc_code even, exc_code lambda, exc_code funapply,
                      exc_code eight)
{
    reset();
    CHECK(count(exc_small(N), exc_small(0), 0, 0, 0, 0) == exc_small(N));
    CHECK(flat());
    reset();
    CHECK(even(exc_small(N + 1), 0, 0, 0, 0, 0) == EXC_A_false);
    CHECK(flat());

    reset();
    exc_term f = exc_fun_make(lambda, 2, &lambda_info, 0);
    CHECK(exc_fun_call(f, 2, exc_small(N), exc_small(5)) == exc_small(N + 5));
    CHECK(flat());

    reset();
    exc_term g = exc_fun_make(funapply, 1, &lambda_info, 0);
    CHECK(exc_fun_call(g, 1, exc_small(N)) == exc_atom("done"));
    CHECK(flat());

    reset();
    exc_term *x = exc_xargs();
    x[0] = exc_small(6), x[1] = exc_small(7);
    exc_term r = eight(exc_small(N), exc_small(1), exc_small(2), exc_small(3), exc_small(4), exc_small(5));
    /* Each call rotates the seven values right by one. */
    exc_term want[7];
    for (int i = 0; i < 7; i++) want[i] = exc_small(1 + ((i - N % 7 + 7) % 7));
    CHECK(exc_eq(r, exc_list_from_array(want, 7)));
    CHECK(flat());
}

static void check_apply(const char *name)
{
    reset();
    exc_term r = exc_apply(exc_atom("Elixir.TailMod"), exc_atom(name), exc_cons(exc_small(N), EXC_NIL_LIST));
    CHECK(r == exc_atom("done"));
    CHECK(flat());
}

static void tramp(void *fn) { ((void (*)(void))fn)(); }
static void run(void (*body)(void))
{
    exc_runtime_init(0, NULL);
    exc_module_register(&tail_mod);
    CHECK(exc_runtime_run(tramp, (void *)body) == 0);
}

static void body_o2(void) { check_all(count_o2, even_o2, lambda_o2, funapply_o2, eight_o2); }
static void body_o0(void) { check_all(count_o0, even_o0, lambda_o0, funapply_o0, eight_o0); }
static void body_apply(void) { check_apply("loop_o2"), check_apply("loop_o0"); }

TEST(tail_calls_optimised) { run(body_o2); }
TEST(tail_calls_unoptimised) { run(body_o0); }
TEST(tail_calls_through_apply) { run(body_apply); }

TEST_MAIN()

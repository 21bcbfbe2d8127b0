/* The module registry: many modules (table growth), re-registration replaces a module,
** lookups by name/arity, function_exported? on odd arguments, and exc_call_code with
** overflow arguments. Behaviour compared with Elixir lives in test_kernel_ref.c. */
#include <stdio.h>

#include "check.h"
#include "exc.h"

static exc_term one(EXC_PARAMS)
{
    (void)a1, (void)a2, (void)a3, (void)a4, (void)a5;
    return exc_tuple2(exc_atom("one"), a0);
}

static exc_term other(EXC_PARAMS)
{
    (void)a1, (void)a2, (void)a3, (void)a4, (void)a5;
    return exc_tuple2(exc_atom("other"), a0);
}

/* Sum of ten arguments: four of them come through the overflow buffer. */
static exc_term ten(EXC_PARAMS)
{
    exc_term *x = exc_xargs(), s = exc_small(0);
    exc_term all[10] = {a0, a1, a2, a3, a4, a5, x[0], x[1], x[2], x[3]};
    for (int i = 0; i < 10; i++) s = exc_k_add(s, exc_k_mul(all[i], exc_small(i + 1)));
    return s;
}

static const exc_export exports_a[] = {{"f", 1, one}, {"ten", 10, ten}};
static const exc_export exports_b[] = {{"f", 1, other}};

TEST(many_modules)
{
    static exc_module mods[2000];
    static char names[2000][32];
    for (int i = 0; i < 2000; i++) {
        snprintf(names[i], sizeof names[i], "Elixir.Many%d", i);
        mods[i] = (exc_module){names[i], exports_a, 2};
        exc_module_register(&mods[i]);
    }
    for (int i = 0; i < 2000; i += 37) {
        exc_term m = exc_atom(names[i]);
        CHECK(exc_module_loaded(m));
        CHECK(exc_function_lookup(m, exc_atom("f"), 1) == one);
        CHECK(exc_function_lookup(m, exc_atom("f"), 2) == NULL);
        CHECK(exc_function_lookup(m, exc_atom("g"), 1) == NULL);
    }
    CHECK(!exc_module_loaded(exc_atom("Elixir.Many2000")));
}

TEST(reregister_replaces)
{
    static const exc_module a = {"Elixir.Swap", exports_a, 2}, b = {"Elixir.Swap", exports_b, 1};
    exc_module_register(&a);
    CHECK(exc_function_lookup(exc_atom("Elixir.Swap"), exc_atom("ten"), 10) == ten);
    exc_module_register(&b);
    CHECK(exc_function_lookup(exc_atom("Elixir.Swap"), exc_atom("f"), 1) == other);
    CHECK(exc_function_lookup(exc_atom("Elixir.Swap"), exc_atom("ten"), 10) == NULL);
}

TEST(function_exported_odd_arguments)
{
    static const exc_module a = {"Elixir.Odd", exports_a, 2};
    exc_module_register(&a);
    exc_term m = exc_atom("Elixir.Odd");
    CHECK(exc_function_exported(m, exc_atom("f"), exc_small(1)));
    CHECK(!exc_function_exported(m, exc_atom("f"), exc_small(-1)));
    CHECK(!exc_function_exported(m, exc_atom("f"), exc_float(1.0)));
    CHECK(!exc_function_exported(exc_small(1), exc_atom("f"), exc_small(1)));
    CHECK(!exc_function_exported(m, exc_binary_cstr("f"), exc_small(1)));
}

TEST(call_code_overflow_arguments)
{
    exc_term args[10];
    int64_t want = 0;
    for (int i = 0; i < 10; i++) args[i] = exc_small(i * 3 + 1), want += (i * 3 + 1) * (i + 1);
    CHECK(exc_call_code(ten, 10, args) == exc_small(want));
}

TEST_MAIN()

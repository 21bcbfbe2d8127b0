/* A tiny unit-test harness for the runtime's C tests.
**
** A test file defines cases with TEST(name) { ... } and ends with TEST_MAIN().
** CMake scans each file for TEST(name) lines and registers one CTest per case
** (runtime.<file>.<name>), running `<exe> <name>`; `<exe>` alone runs them all.
** CHECK(cond) records a failure with file:line and goes on; REQUIRE stops the case. */
#ifndef EXC_TESTS_CHECK_H
#define EXC_TESTS_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*check_fn)(void);
struct check_case { const char *name; check_fn fn; };

#define CHECK_MAX_CASES 512
static struct check_case check_cases[CHECK_MAX_CASES];
static int check_ncases;
static int check_failures;

#define TEST(id)                                                                \
    static void test_##id(void);                                                \
    __attribute__((constructor)) static void register_##id(void)                \
    {                                                                           \
        check_cases[check_ncases].name = #id;                                   \
        check_cases[check_ncases++].fn = test_##id;                             \
    }                                                                           \
    static void test_##id(void)

#define CHECK(cond)                                                             \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            check_failures++;                                                   \
        }                                                                       \
    } while (0)

#define REQUIRE(cond)                                                           \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "%s:%d: requirement failed: %s\n", __FILE__, __LINE__, #cond); \
            exit(1);                                                            \
        }                                                                       \
    } while (0)

/* Optional per-file setup run once before any case (e.g. exc_runtime_init). */
static void (*check_setup)(void);

#define TEST_MAIN()                                                             \
    int main(int argc, char **argv)                                             \
    {                                                                           \
        if (check_setup) check_setup();                                         \
        int ran = 0;                                                            \
        for (int i = 0; i < check_ncases; i++) {                                \
            if (argc > 1 && strcmp(argv[1], check_cases[i].name) != 0) continue; \
            check_cases[i].fn();                                                \
            ran++;                                                              \
        }                                                                       \
        if (ran == 0) { fprintf(stderr, "no such test\n"); return 2; }          \
        if (check_failures) fprintf(stderr, "%d check(s) failed\n", check_failures); \
        return check_failures ? 1 : 0;                                          \
    }

#endif

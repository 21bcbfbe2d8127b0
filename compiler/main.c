/* main.c: the exc command. Subcommands are dispatched from one table so `run`,
** `build` and `c` (issue 4) plug in beside `parse`. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef EXC_GC_NONE
#define GC_THREADS          /* pthread_create registers the thread with the collector */
#include <gc.h>
#endif

#include "exc.h"
#include "exc/inspect.h"
#include "driver.h"
#include "front.h"

#define EXC_VERSION_STRING "0.1.0"
#define EXC_COMPILER_HEAP ((size_t)6 << 20)

static const char *usage =
    "usage: exc COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  parse FILE...              print the quoted AST of each file, as Elixir's\n"
    "                             inspect(Code.string_to_quoted!(src)) with meta []\n"
    "  parse --bench N FILE...    parse each file N times; print the total seconds\n"
    "  parse --bench N --lex FILE...  the same for the lexer alone\n"
    "  --dump-tokens FILE         print the token stream of FILE\n"
    "  run FILE [ARGS]            compile FILE (cached) and run it\n"
    "  build FILE... -o BIN       compile and link a program\n"
    "  c FILE...                  print the generated C\n"
    "  --help                     this text\n"
    "  --version                  the exc version\n";

/* Read a whole file into a NUL-terminated malloc'ed buffer. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "exc: cannot open %s\n", path);
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *b = malloc(cap + 1);
    size_t r;
    while ((r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            b = realloc(b, cap + 1);
        }
    }
    fclose(f);
    b[n] = 0;
    *len = n;
    return b;
}

/* Replace the meta of every {a, meta, b} node by [] (what exc parse prints). */
static exc_term strip_meta(exc_term t)
{
    if (exc_is_tuple(t)) {
        uint64_t n = exc_tuple_arity(t);
        exc_term *e = exc_tuple_elems(t);
        if (n == 3 && exc_is_list(e[1]))
            return exc_tuple3(strip_meta(e[0]), EXC_NIL_LIST, strip_meta(e[2]));
        if (n == 2)
            return exc_tuple2(strip_meta(e[0]), strip_meta(e[1]));
        return t;
    }
    if (exc_is_cons(t)) {
        /* Iterative over the spine: long lists must not recurse per element. */
        exc_term rev = EXC_NIL_LIST, l = t;
        for (; exc_is_cons(l); l = exc_tl(l))
            rev = exc_cons(strip_meta(exc_hd(l)), rev);
        exc_term out = l;
        for (; exc_is_cons(rev); rev = exc_tl(rev))
            out = exc_cons(exc_hd(rev), out);
        return out;
    }
    return t;
}

static int parse_one(const char *path)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return 1;
    exc_term ast;
    Diag d;
    int rc = 0;
    if (front_parse(src, len, &ast, &d)) {
        exc_inspect_flat_to_file(stdout, strip_meta(ast));
        fputc('\n', stdout);
    } else {
        fflush(stdout);
        diag_print(stderr, &d, path, src, len);
        rc = 1;
    }
    free(src);
    return rc;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pass of the benchmark: every source parsed once; false if one fails. */
static bool bench_pass(int nfiles, char **srcs, size_t *lens, char **files, bool lex)
{
    for (int i = 0; i < nfiles; i++) {
        exc_term ast;
        Diag d;
        if (!(lex ? front_lex(srcs[i], lens[i], &d) : front_parse(srcs[i], lens[i], &ast, &d))) {
            diag_print(stderr, &d, files[i], srcs[i], lens[i]);
            return false;
        }
    }
    return true;
}

/* exc parse --bench N FILE...: seconds spent parsing every FILE N times, nothing
** else. Shaped like bench/parse_elixir.exs: sources read first, one untimed warm-up
** pass, then the N passes timed as a whole. */
static int bench(int n, bool lex, int nfiles, char **files)
{
    char **srcs = calloc((size_t)nfiles, sizeof *srcs);
    size_t *lens = calloc((size_t)nfiles, sizeof *lens);
    int rc = 1;
    for (int i = 0; i < nfiles; i++)
        if (!(srcs[i] = read_file(files[i], &lens[i])))
            goto out;
    if (!bench_pass(nfiles, srcs, lens, files, lex))
        goto out;
    double t0 = now();
    for (int k = 0; k < n; k++)
        if (!bench_pass(nfiles, srcs, lens, files, lex))
            goto out;
    printf("%.6f\n", now() - t0);
    rc = 0;
out:
    for (int i = 0; i < nfiles; i++)
        free(srcs[i]);
    free(srcs);
    free(lens);
    return rc;
}

static int cmd_parse(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[0], "--bench") == 0) {
        int n = atoi(argv[1]);
        bool lex = argc >= 3 && strcmp(argv[2], "--lex") == 0;
        if (n <= 0 || argc < 3 + lex) {
            fputs(usage, stderr);
            return 2;
        }
        return bench(n, lex, argc - 2 - lex, argv + 2 + lex);
    }
    if (argc < 1) {
        fputs(usage, stderr);
        return 2;
    }
    int rc = 0;
    for (int i = 0; i < argc; i++)
        rc |= parse_one(argv[i]);
    return rc;
}

static int cmd_dump_tokens(int argc, char **argv)
{
    if (argc != 1) {
        fputs(usage, stderr);
        return 2;
    }
    size_t len;
    char *src = read_file(argv[0], &len);
    if (!src)
        return 1;
    Diag d;
    int rc = 0;
    if (!front_dump_tokens(stdout, src, len, &d)) {
        fflush(stdout);
        diag_print(stderr, &d, argv[0], src, len);
        rc = 1;
    }
    free(src);
    return rc;
}

static int cmd_help(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs(usage, stdout);
    return 0;
}

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("exc %s (Elixir 1.14 syntax)\n", EXC_VERSION_STRING);
    return 0;
}

static const struct {
    const char *name;
    int (*fn)(int, char **);
} commands[] = {
    {"parse", cmd_parse},         {"--dump-tokens", cmd_dump_tokens},
    {"run", driver_run},          {"build", driver_build},
    {"c", driver_c},              {"--help", cmd_help},
    {"-h", cmd_help},             {"help", cmd_help},
    {"--version", cmd_version},   {"-v", cmd_version},
};

/* Commands run on a thread with a large stack: the AST printer and strip_meta recurse
** once per nesting level, and Elixir accepts 100,000 nested brackets. */
#define EXC_MAIN_STACK ((size_t)1 << 30)

typedef struct Job {
    int (*fn)(int, char **);
    int argc;
    char **argv;
    int rc;
} Job;

static void *run_job(void *p)
{
    Job *j = p;
    j->rc = j->fn(j->argc, j->argv);
    return NULL;
}

static void join_job(void *t) { pthread_join(*(pthread_t *)t, NULL); }

static int run_with_big_stack(int (*fn)(int, char **), int argc, char **argv)
{
    Job j = {fn, argc, argv, 1};
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, EXC_MAIN_STACK);
    if (pthread_create(&t, &attr, run_job, &j) != 0)
        return fn(argc, argv);
    /* The main thread only waits: outside the collector's stops (exc_gc_blocking). */
    exc_gc_blocking(join_job, &t);
    pthread_attr_destroy(&attr);
    return j.rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    /* One marking thread: the compiler's live set is small and it collects often,
    ** and waking a second marker cost more than it marked. A 6 MiB first heap (the
    ** runtime's 8 plus 4 before): parsing frees nearly all it allocates, and a
    ** smaller heap reuses memory still in cache (docs/decisions.md, session 6). */
    exc_gc_init_batch(1, EXC_COMPILER_HEAP);
    exc_term_init();
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return run_with_big_stack(commands[i].fn, argc - 2, argv + 2);
    fprintf(stderr, "exc: unknown command '%s'\n\n%s", argv[1], usage);
    return 2;
}

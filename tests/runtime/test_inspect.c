/* test_inspect.c: inspect against real Elixir 1.14. Every case of
** tests/inspect/golden.txt (made by tests/inspect/gen.exs) is rebuilt from its
** external term format and printed with the same options; one CTest per section. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "exc.h"
#include "../inspect/etf.h"
#include "term/algebra.h"

typedef struct golden_case {
    char name[64];
    char *src;
    exc_inspect_opts opts;
    int io_mode;        /* 1: IO.inspect layout (width always applies) */
    int algebra_mode;   /* 1: `doc` is an Inspect.Algebra document to format */
    char *doc_hex;      /* algebra: the document; others: Elixir's to_doc result */
    char *kw_hex;       /* the options as the keyword list Elixir code would pass */
    char *term_hex;     /* decoded when the case runs: malloc memory hides terms from the GC */
    char *fun;          /* the `fun` line, if any */
    char *expect;
    size_t expect_len;
} golden_case;

static golden_case *cases;
static size_t ncases;

static int64_t parse_limit(const char *v)
{
    return strcmp(v, "infinity") == 0 ? EXC_INSPECT_INFINITY : strtoll(v, NULL, 10);
}

static void parse_opt(golden_case *c, const char *key, const char *v)
{
    exc_inspect_opts *o = &c->opts;
    if (!strcmp(key, "mode")) {
        c->io_mode = !strcmp(v, "io");
        c->algebra_mode = !strcmp(v, "algebra");
    }
    else if (!strcmp(key, "limit")) o->limit = parse_limit(v);
    else if (!strcmp(key, "printable_limit")) o->printable_limit = parse_limit(v);
    else if (!strcmp(key, "width")) o->width = parse_limit(v);
    else if (!strcmp(key, "pretty")) o->pretty = !strcmp(v, "true");
    else if (!strcmp(key, "structs")) o->structs = !strcmp(v, "true");
    else if (!strcmp(key, "charlists"))
        o->charlists = !strcmp(v, "as_lists")       ? EXC_CHARLISTS_AS_LISTS
                       : !strcmp(v, "as_charlists") ? EXC_CHARLISTS_AS_CHARLISTS
                                                    : EXC_CHARLISTS_INFER;
    else if (!strcmp(key, "binaries"))
        o->binaries = !strcmp(v, "as_binaries")  ? EXC_BINARIES_AS_BINARIES
                      : !strcmp(v, "as_strings") ? EXC_BINARIES_AS_STRINGS
                                                 : EXC_BINARIES_INFER;
    else if (!strcmp(key, "base"))
        o->base = !strcmp(v, "hex")      ? EXC_BASE_HEX
                  : !strcmp(v, "octal")  ? EXC_BASE_OCTAL
                  : !strcmp(v, "binary") ? EXC_BASE_BINARY
                                         : EXC_BASE_DECIMAL;
}

static void parse_opts(golden_case *c, char *line)
{
    c->opts = exc_inspect_defaults();
    for (char *tok = strtok(line, " \n"); tok; tok = strtok(NULL, " \n")) {
        char *eq = strchr(tok, '=');
        if (!eq) continue;
        *eq = '\0';
        parse_opt(c, tok, eq + 1);
    }
}

static exc_term parse_term(const char *hex)
{
    size_t n = strcspn(hex, "\n") / 2;
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

/* `struct Elixir.Mod f1 f2 ...`: the definition order Elixir reports. */
static void register_struct(char *line)
{
    exc_term fields[64];
    size_t n = 0;
    char *mod = strtok(line, " \n");
    for (char *f = strtok(NULL, " \n"); f && n < 64; f = strtok(NULL, " \n"))
        fields[n++] = exc_atom(f);
    exc_inspect_register_struct(exc_atom(mod), fields, n);
}

/* The golden's `defimpl Inspect, for: Golden.Custom`:
**     concat(["#Custom<", to_doc(v, opts), ">"]) */
static exc_term custom_impl(exc_term value, const exc_inspect_opts *opts)
{
    exc_term v = exc_map_get(value, exc_atom("v"));
    exc_term inner = exc_tuple3(exc_atom("doc_cons"), exc_inspect_to_doc(v, opts), exc_binary_cstr(">"));
    return exc_tuple3(exc_atom("doc_cons"), exc_binary_cstr("#Custom<"), inner);
}

static bool opts_equal(const exc_inspect_opts *a, const exc_inspect_opts *b)
{
    return a->limit == b->limit && a->printable_limit == b->printable_limit &&
           a->width == b->width && a->pretty == b->pretty && a->structs == b->structs &&
           a->charlists == b->charlists && a->binaries == b->binaries && a->base == b->base;
}

/* `optsterm <kw> <struct>`: the keyword list read as options and turned into an
** %Inspect.Opts{} gives Elixir's struct (minus :inspect_fun), and reading the
** struct back gives the same options. */
static int nopts_checked, nopts_bad;
static void check_opts_term(char *line)
{
    char *kw = strtok(line, " \n"), *st = strtok(NULL, " \n");
    REQUIRE(kw && st);
    exc_inspect_opts o, back;
    exc_term expected = parse_term(st);
    bool ok = exc_inspect_opts_from_keyword(parse_term(kw), &o);
    exc_term mine = ok ? exc_map_delete(exc_inspect_opts_to_term(&o), exc_atom("inspect_fun")) : EXC_NONE;
    ok = ok && exc_eq_exact(mine, expected) && exc_inspect_opts_from_term(expected, &back) &&
         opts_equal(&o, &back);
    nopts_checked++;
    if (!ok) {
        nopts_bad++;
        fprintf(stderr, "options struct differs: %s\n", exc_inspect_cstr(expected, NULL, EXC_INSPECT_INFINITY, NULL));
    }
}

static void load_golden(void)
{
    exc_inspect_register_impl(exc_atom("Elixir.Golden.Custom"), custom_impl);
    char path[4096];
    snprintf(path, sizeof path, "%s", __FILE__);
    char *slash = strrchr(path, '/');
    snprintf(slash ? slash + 1 : path, sizeof path - (size_t)(slash ? slash + 1 - path : 0),
             "../inspect/golden.txt");
    FILE *f = fopen(path, "rb");
    REQUIRE(f != NULL);
    static char line[1 << 16];
    golden_case *c = NULL;
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, "struct ", 7)) register_struct(line + 7);
        else if (!strncmp(line, "optsterm ", 9)) check_opts_term(line + 9);
        else if (!strncmp(line, "case ", 5)) {
            cases = realloc(cases, (ncases + 1) * sizeof *cases);
            c = &cases[ncases++];
            memset(c, 0, sizeof *c);
            sscanf(line + 5, "%63s", c->name);
        } else if (c && !strncmp(line, "src ", 4)) c->src = strdup(line + 4);
        else if (c && !strncmp(line, "opts ", 5)) parse_opts(c, line + 5);
        else if (c && !strncmp(line, "term ", 5)) c->term_hex = strdup(line + 5);
        else if (c && !strncmp(line, "doc ", 4)) c->doc_hex = strdup(line + 4);
        else if (c && !strncmp(line, "kw ", 3)) c->kw_hex = strdup(line + 3);
        else if (c && !strncmp(line, "fun ", 4)) c->fun = strdup(line + 4);
        else if (c && !strncmp(line, "expect ", 7)) {
            c->expect_len = (size_t)strtoull(line + 7, NULL, 10);
            c->expect = malloc(c->expect_len + 1);
            REQUIRE(fread(c->expect, 1, c->expect_len, f) == c->expect_len);
            c->expect[c->expect_len] = '\0';
            fgetc(f); /* the newline IO.puts added */
        }
    }
    fclose(f);
    REQUIRE(ncases > 0);
}

/* Builds the fun a `fun` line describes (the code pointer is never called). */
static exc_term build_fun(const char *line)
{
    char kind[16], module[128], name[128];
    unsigned a = 0, b = 0, c = 0, d = 0;
    exc_fun_info *info = calloc(1, sizeof *info);
    int n = sscanf(line, "%15s %127s %127s %u %u %u %u", kind, module, name, &a, &b, &c, &d);
    REQUIRE(n >= 4);
    info->module = strdup(module);
    info->name = strdup(name);
    if (!strcmp(kind, "external")) {
        info->kind = EXC_FUN_EXTERNAL;
        info->name_arity = a;
        return exc_fun_new((void *)build_fun, a, info, 0);
    }
    info->kind = EXC_FUN_LAMBDA;
    info->name_arity = a;
    info->index = b;
    info->uniq = c;
    return exc_fun_new((void *)build_fun, d, info, 0);
}

/* Inspect.Algebra.string/1 measured the text with String.length/1: every
** {:doc_string, s, len} in Elixir's document must get the same width from
** exci_alg_string. Returns the number of mismatches. */
static int check_string_widths(exc_term doc)
{
    if (!exc_is_tuple(doc)) return 0;
    exc_term *e = exc_tuple_elems(doc);
    size_t n = exc_tuple_arity(doc);
    if (n == 3 && exc_is_atom(e[0]) && !strcmp(exc_atom_text(e[0], NULL), "doc_string")) {
        exci_alg_arena ar;
        exci_alg_arena_init(&ar);
        const exci_doc *d =
            exci_alg_string(&ar, (const char *)exc_binary_data(e[1]), exc_binary_size(e[1]));
        int bad = d->n != exc_small_val(e[2]);
        if (bad) fprintf(stderr, "String.length differs: %lld vs %lld\n", (long long)d->n,
                         (long long)exc_small_val(e[2]));
        exci_alg_arena_free(&ar);
        return bad;
    }
    int bad = 0;
    for (size_t i = 1; i < n; i++) bad += check_string_widths(e[i]);
    return bad;
}

/* Algebra cases: the document term formatted by exc_algebra_format. */
static int run_algebra_case(const golden_case *c)
{
    if (check_string_widths(parse_term(c->doc_hex))) return 1;
    exc_term out = exc_algebra_format(parse_term(c->doc_hex), c->opts.width);
    int bad = out == EXC_NONE || exc_binary_size(out) != c->expect_len ||
              memcmp(exc_binary_data(out), c->expect, c->expect_len) != 0;
    if (bad)
        fprintf(stderr, "%s:\n--- expected ---\n%s\n--- got ---\n%.*s\n", c->name, c->expect,
                out == EXC_NONE ? 0 : (int)exc_binary_size(out),
                out == EXC_NONE ? "" : (const char *)exc_binary_data(out));
    return bad;
}


/* The options keyword list as Elixir code passes it gives the same options. */
static int check_keyword_opts(const golden_case *c)
{
    exc_inspect_opts o;
    if (exc_inspect_opts_from_keyword(parse_term(c->kw_hex), &o) && opts_equal(&o, &c->opts))
        return 0;
    fprintf(stderr, "%s: options keyword list not understood\n", c->name);
    return 1;
}

/* to_doc/2 builds the very document Elixir builds (compared as terms). */
static int check_doc(const golden_case *c, exc_term t)
{
    exc_term mine = exc_inspect_to_doc(t, &c->opts), theirs = parse_term(c->doc_hex);
    if (exc_eq_exact(mine, theirs)) return 0;
    fprintf(stderr, "%s: to_doc differs from Elixir's document:\n%s\n%s\n", c->name,
            exc_inspect_cstr(mine, NULL, EXC_INSPECT_INFINITY, NULL),
            exc_inspect_cstr(theirs, NULL, EXC_INSPECT_INFINITY, NULL));
    return 1;
}

static int run_case(const golden_case *c)
{
    if (c->algebra_mode) return run_algebra_case(c);
    if (check_keyword_opts(c)) return 1;
    exc_term t = c->fun ? build_fun(c->fun) : parse_term(c->term_hex);
    if (t == EXC_NONE) {
        fprintf(stderr, "%s: could not rebuild the term of %s", c->name, c->src);
        return 1;
    }
    int64_t width = c->io_mode || c->opts.pretty ? c->opts.width : EXC_INSPECT_INFINITY;
    size_t len;
    char *got = exc_inspect_cstr(t, &c->opts, width, &len);
    if (len == c->expect_len && memcmp(got, c->expect, len) == 0)
        return c->doc_hex ? check_doc(c, t) : 0;
    fprintf(stderr, "%s: %s--- expected ---\n%s\n--- got ---\n%s\n", c->name, c->src, c->expect,
            got);
    return 1;
}

/* Runs every case of `section`; each mismatch is one failed check. */
static void run_section(const char *section)
{
    if (!ncases) load_golden();
    size_t sl = strlen(section), ran = 0;
    for (size_t i = 0; i < ncases; i++) {
        if (strncmp(cases[i].name, section, sl) || cases[i].name[sl] != '/') continue;
        ran++;
        if (run_case(&cases[i])) check_failures++;
    }
    CHECK(ran > 0);
}

TEST(impl) { run_section("impl"); }

TEST(atoms) { run_section("atoms"); }
TEST(integers) { run_section("integers"); }
TEST(floats) { run_section("floats"); }
TEST(strings) { run_section("strings"); }
TEST(charlists) { run_section("charlists"); }
TEST(lists) { run_section("lists"); }
TEST(keywords) { run_section("keywords"); }
TEST(tuples) { run_section("tuples"); }
TEST(maps) { run_section("maps"); }
TEST(structs) { run_section("structs"); }
TEST(pids_refs) { run_section("pids_refs"); }
TEST(funs) { run_section("funs"); }
TEST(pretty) { run_section("pretty"); }
TEST(flat) { run_section("flat"); }
TEST(algebra) { run_section("algebra"); }
TEST(random) { run_section("random"); }

TEST(opts_struct)
{
    if (!ncases) load_golden();
    CHECK(nopts_checked > 10);
    CHECK(nopts_bad == 0);
}
TEST(algebra_random) { run_section("algebra_random"); }

/* exc_inspect returns Kernel.inspect's binary; the flat printer writes the same text
** without limits. Both checked against golden cases printed with those options. */
TEST(binary_and_flat_api)
{
    if (!ncases) load_golden();
    size_t checked = 0;
    for (size_t i = 0; i < ncases; i++) {
        golden_case *c = &cases[i];
        if (c->fun || c->io_mode || c->algebra_mode || c->opts.pretty) continue;
        exc_term t = parse_term(c->term_hex);
        exc_term bin = exc_inspect(t, &c->opts);
        bool same = exc_is_binary(bin) && exc_binary_size(bin) == c->expect_len &&
                    memcmp(exc_binary_data(bin), c->expect, c->expect_len) == 0;
        if (!same)
            fprintf(stderr, "%s: exc_inspect gave %.*s\n", c->name,
                    exc_is_binary(bin) ? (int)exc_binary_size(bin) : 0,
                    exc_is_binary(bin) ? (const char *)exc_binary_data(bin) : "");
        CHECK(same);
        /* Only cases printed with limit: :infinity, printable_limit: :infinity. */
        exc_inspect_opts flat = exc_inspect_defaults();
        flat.limit = flat.printable_limit = EXC_INSPECT_INFINITY;
        if (!opts_equal(&flat, &c->opts)) continue;
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        exc_inspect_flat_to_file(mem, t);
        fclose(mem);
        CHECK(len == c->expect_len && memcmp(buf, c->expect, len) == 0);
        free(buf);
        checked++;
    }
    CHECK(checked > 10);
}

TEST_MAIN()

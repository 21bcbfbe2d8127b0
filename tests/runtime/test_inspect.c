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
    char *doc_hex;
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

static void load_golden(void)
{
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
        else if (!strncmp(line, "case ", 5)) {
            cases = realloc(cases, (ncases + 1) * sizeof *cases);
            c = &cases[ncases++];
            memset(c, 0, sizeof *c);
            sscanf(line + 5, "%63s", c->name);
        } else if (c && !strncmp(line, "src ", 4)) c->src = strdup(line + 4);
        else if (c && !strncmp(line, "opts ", 5)) parse_opts(c, line + 5);
        else if (c && !strncmp(line, "term ", 5)) c->term_hex = strdup(line + 5);
        else if (c && !strncmp(line, "doc ", 4)) c->doc_hex = strdup(line + 4);
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

/* ---- Inspect.Algebra documents (Elixir data) to exci_doc ---------------------------- */

static bool is_atom_text(exc_term t, const char *text)
{
    return exc_is_atom(t) && !strcmp(exc_atom_text(t, NULL), text);
}

static const char *bin_text(exci_alg_arena *ar, exc_term t)
{
    return exci_alg_bin(ar, (const char *)exc_binary_data(t), exc_binary_size(t))->s;
}

static int64_t doc_int(exc_term t)
{
    if (is_atom_text(t, "cursor")) return EXCI_ALG_CURSOR;
    if (is_atom_text(t, "reset")) return EXCI_ALG_RESET;
    if (is_atom_text(t, "infinity")) return EXCI_ALG_INFINITY;
    return exc_small_val(t);
}

static const exci_doc *to_alg(exci_alg_arena *ar, exc_term t)
{
    if (is_atom_text(t, "doc_nil")) return exci_alg_empty();
    if (is_atom_text(t, "doc_line")) return exci_alg_line();
    if (exc_is_binary(t)) return exci_alg_bin(ar, (const char *)exc_binary_data(t), exc_binary_size(t));
    REQUIRE(exc_is_tuple(t));
    exc_term *e = exc_tuple_elems(t);
    const char *tag = exc_atom_text(e[0], NULL);
    if (!strcmp(tag, "doc_cons")) return exci_alg_concat(ar, to_alg(ar, e[1]), to_alg(ar, e[2]));
    if (!strcmp(tag, "doc_string"))
        return exci_alg_string(ar, (const char *)exc_binary_data(e[1]), exc_binary_size(e[1]));
    if (!strcmp(tag, "doc_break"))
        return exci_alg_break(ar, bin_text(ar, e[1]),
                              is_atom_text(e[2], "flex") ? EXCI_BREAK_FLEX : EXCI_BREAK_STRICT);
    if (!strcmp(tag, "doc_nest"))
        return exci_alg_nest(ar, to_alg(ar, e[1]), doc_int(e[2]),
                             is_atom_text(e[3], "break") ? EXCI_NEST_BREAK : EXCI_NEST_ALWAYS);
    if (!strcmp(tag, "doc_group"))
        return exci_alg_group(ar, to_alg(ar, e[1]),
                              is_atom_text(e[2], "inherit") ? EXCI_GROUP_INHERIT : EXCI_GROUP_SELF);
    if (!strcmp(tag, "doc_force")) return exci_alg_force_unfit(ar, to_alg(ar, e[1]));
    if (!strcmp(tag, "doc_fits"))
        return exci_alg_next_break_fits(
            ar, to_alg(ar, e[1]), is_atom_text(e[2], "disabled") ? EXCI_FITS_DISABLED : EXCI_FITS_ENABLED);
    if (!strcmp(tag, "doc_limit")) {
        REQUIRE(is_atom_text(e[2], "infinity"));
        return exci_alg_no_limit(ar, to_alg(ar, e[1]));
    }
    fprintf(stderr, "unsupported document %s\n", tag);
    REQUIRE(0);
    return NULL;
}

static int run_algebra_case(const golden_case *c)
{
    exci_alg_arena ar;
    exci_alg_arena_init(&ar);
    exci_buf out = {0};
    exci_alg_format(to_alg(&ar, parse_term(c->doc_hex)), c->opts.width, &out);
    int bad = out.len != c->expect_len || (out.len && memcmp(out.p, c->expect, out.len) != 0);
    if (bad)
        fprintf(stderr, "%s:\n--- expected ---\n%s\n--- got ---\n%s\n", c->name, c->expect,
                out.p ? out.p : "");
    free(out.p);
    exci_alg_arena_free(&ar);
    return bad;
}

static int run_case(const golden_case *c)
{
    if (c->algebra_mode) return run_algebra_case(c);
    exc_term t = c->fun ? build_fun(c->fun) : parse_term(c->term_hex);
    if (t == EXC_NONE) {
        fprintf(stderr, "%s: could not rebuild the term of %s", c->name, c->src);
        return 1;
    }
    int64_t width = c->io_mode || c->opts.pretty ? c->opts.width : EXC_INSPECT_INFINITY;
    size_t len;
    char *got = exc_inspect_cstr(t, &c->opts, width, &len);
    if (len == c->expect_len && memcmp(got, c->expect, len) == 0) return 0;
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

static bool opts_equal(const exc_inspect_opts *a, const exc_inspect_opts *b)
{
    return a->limit == b->limit && a->printable_limit == b->printable_limit &&
           a->width == b->width && a->pretty == b->pretty && a->structs == b->structs &&
           a->charlists == b->charlists && a->binaries == b->binaries && a->base == b->base;
}

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

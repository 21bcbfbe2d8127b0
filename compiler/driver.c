/* driver.c: exc run / build / c. Sources are parsed and expanded together into one
** program; each module becomes one C file, the script's top level another; they are
** compiled in one compiler invocation and linked with libexcstd and libexcrt, found
** next to the exc binary (build tree). `exc run` caches the binary by content hash
** under $XDG_CACHE_HOME/exc (or ~/.cache/exc). */
#include "driver.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cgen.h"
#include "front.h"

#ifndef EXC_SOURCE_DIR
#define EXC_SOURCE_DIR "."
#endif
#ifndef EXC_C_COMPILER
#define EXC_C_COMPILER "clang"
#endif

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "** (File.Error) could not read file \"%s\": no such file or directory\n", path);
        return NULL;
    }
    size_t cap = 65536, n = 0, r;
    char *b = malloc(cap + 1);
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

typedef struct Output {
    char **names; /* file base names */
    char **texts;
    int n;
} Output;

/* FNV-1a over n bytes, continuing from h: the content hashes of builds and of the
** run cache. */
static uint64_t fnv1a(uint64_t h, const void *data, size_t n)
{
    const unsigned char *b = data;
    for (size_t k = 0; k < n; k++)
        h = (h ^ b[k]) * 1099511628211ull;
    return h;
}

/* Parse, expand and generate C for the files; false (message printed) on error. */
static bool compile_files(int nfiles, char **files, Output *out, uint64_t *hash)
{
    exc_term forms = EXC_NIL_LIST;
    uint64_t h = 1469598103934665603ull;
    for (int i = 0; i < nfiles; i++) {
        size_t len;
        char *src = slurp(files[i], &len);
        if (!src)
            return false;
        h = fnv1a(h, src, len);
        exc_term ast;
        Diag d;
        if (!front_parse(src, len, &ast, &d)) {
            diag_print(stderr, &d, files[i], src, len);
            free(src);
            return false;
        }
        free(src);
        exc_term l = ast_is_call(ast, "__block__", -1) ? ast_args(ast) : exc_cons(ast, EXC_NIL_LIST);
        const char *slash = strrchr(files[i], '/');
        for (exc_term k = l; exc_is_cons(k); k = exc_tl(k))
            cg_note_form_file(exc_hd(k), slash ? slash + 1 : files[i]);
        forms = exc_list_append(forms, l);
    }
    if (hash)
        *hash = h;
    const char *base = strrchr(files[0], '/');
    cg_file_name = base ? base + 1 : files[0];
    if (setjmp(cg_fail_jb)) {
        fflush(stdout);
        fprintf(stderr, "%s\n", cg_fail_msg);
        return false;
    }
    Program *p = expand_program(files[0], exc_tuple3(exc_atom("__block__"), EXC_NIL_LIST, forms));
    out->n = p->nmods + 1;
    out->names = cg_zalloc((size_t)out->n * sizeof *out->names);
    out->texts = cg_zalloc((size_t)out->n * sizeof *out->texts);
    for (int i = 0; i < p->nmods; i++) {
        out->names[i] = cg_fmt("%s.c", p->mods[i]->cname);
        out->texts[i] = cg_module_c(p, p->mods[i]);
    }
    out->names[p->nmods] = "main.c";
    out->texts[p->nmods] = cg_script_c(p);
    return true;
}

/* Directory holding the exc binary (libexcrt/libexcstd are found from there). */
static char *self_dir(void)
{
    static char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return ".";
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = 0;
    return buf;
}

static int run_cmd(char *const *argv)
{
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[0], argv);
        _exit(127);
    }
    int st;
    if (waitpid(pid, &st, 0) < 0)
        return 1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

/* Writes the units into dir and links them into bin. */
static bool cc_link(Output *o, const char *dir, const char *bin)
{
    char *args[512];
    int n = 0;
    const char *cc = getenv("EXC_CC");
    args[n++] = (char *)(cc && *cc ? cc : EXC_C_COMPILER);
    const char *opt = getenv("EXC_OPT");
    args[n++] = (char *)(opt && *opt ? opt : "-O1");
    /* EXC_CFLAGS: extra C compiler flags, space-separated (e.g. "-Wall -Wextra
    ** -Werror", which the `cwarn` tests use); without it warnings are off. */
    const char *cflags = getenv("EXC_CFLAGS");
    if (cflags && *cflags) {
        char *copy = cg_fmt("%s", cflags);
        for (char *tok = strtok(copy, " "); tok && n < 400; tok = strtok(NULL, " "))
            args[n++] = tok;
    } else {
        args[n++] = "-w";
    }
    /* Stack traces (docs/backend.md): a walkable frame chain and the line table. */
    args[n++] = "-fno-omit-frame-pointer";
    args[n++] = "-gline-tables-only";
    args[n++] = "-gdwarf-aranges"; /* libdw finds a unit's lines through .debug_aranges */
    const char *sd = self_dir();
    /* installed layout: PREFIX/bin/exc, PREFIX/include, PREFIX/lib; else the build
    ** tree (headers from the source tree, libraries beside exc) */
    bool installed = access(cg_fmt("%s/../include/exc.h", sd), R_OK) == 0;
    const char *inc = installed ? cg_fmt("%s/../include", sd) : cg_fmt("%s/runtime/include", EXC_SOURCE_DIR);
    const char *inc2 = installed ? inc : cg_fmt("%s/stdlib", EXC_SOURCE_DIR);
    const char *libstd = installed ? cg_fmt("%s/../lib/libexcstd.a", sd) : cg_fmt("%s/libexcstd.a", sd);
    const char *librt = installed ? cg_fmt("%s/../lib/libexcrt.a", sd) : cg_fmt("%s/runtime/libexcrt.a", sd);
    args[n++] = cg_fmt("-I%s", inc);
    args[n++] = cg_fmt("-I%s", inc2);
    for (int i = 0; i < o->n && n < 480; i++) {
        char *path = cg_fmt("%s/%s", dir, o->names[i]);
        FILE *f = fopen(path, "w");
        if (!f) {
            fprintf(stderr, "exc: cannot write %s\n", path);
            return false;
        }
        fputs(o->texts[i], f);
        fclose(f);
        args[n++] = path;
    }
    args[n++] = (char *)libstd;
    args[n++] = (char *)librt;
    args[n++] = "-lgc";
    args[n++] = "-lgmp";
    args[n++] = "-lutf8proc";
    args[n++] = "-ldl";
    args[n++] = "-lpthread";
    args[n++] = "-lm";
    args[n++] = "-o";
    args[n++] = (char *)bin;
    args[n] = NULL;
    if (run_cmd(args) != 0) {
        fprintf(stderr, "exc: the C compiler failed (sources kept in %s)\n", dir);
        return false;
    }
    return true;
}

static char *make_tmpdir(void)
{
    char *t = cg_fmt("%s/exc-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(t);
}

static void rm_rf(const char *dir)
{
    char *argv[] = {"rm", "-rf", (char *)dir, NULL};
    run_cmd(argv);
}

int driver_c(int argc, char **argv)
{
    if (argc == 1 && !strcmp(argv[0], "--builtins")) {
        cg_gen_builtins(stdout);
        return 0;
    }
    if (argc < 1) {
        fputs("usage: exc c FILE...\n", stderr);
        return 2;
    }
    Output o;
    if (!compile_files(argc, argv, &o, NULL))
        return 1;
    for (int i = 0; i < o.n; i++)
        printf("/* ==== %s ==== */\n%s\n", o.names[i], o.texts[i]);
    return 0;
}

int driver_build(int argc, char **argv)
{
    const char *out = "a.out";
    char *files[256];
    int nf = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (nf < 256)
            files[nf++] = argv[i];
    }
    if (nf == 0) {
        fputs("usage: exc build FILE... -o BIN\n", stderr);
        return 2;
    }
    Output o;
    if (!compile_files(nf, files, &o, NULL))
        return 1;
    char *dir = make_tmpdir();
    bool ok = cc_link(&o, dir, out);
    if (ok)
        rm_rf(dir);
    return ok ? 0 : 1;
}

static char *cache_dir(void)
{
    const char *x = getenv("XDG_CACHE_HOME");
    char *base = x && *x ? cg_fmt("%s/exc", x) : cg_fmt("%s/.cache/exc", getenv("HOME") ? getenv("HOME") : "/tmp");
    char *parent = cg_fmt("%s", base);
    char *slash = strrchr(parent, '/');
    if (slash) {
        *slash = 0;
        mkdir(parent, 0755);
    }
    mkdir(base, 0755);
    return base;
}

/* The cache key covers the source, the exc binary and the two libraries (a rebuilt
** toolchain invalidates old programs) and the C options. */
static uint64_t self_stamp(void)
{
    static const char *files[] = {"exc", "libexcstd.a", "runtime/libexcrt.a"};
    uint64_t h = 0;
    for (int i = 0; i < 3; i++) {
        struct stat st;
        if (stat(cg_fmt("%s/%s", self_dir(), files[i]), &st) == 0)
            h = (h * 1000003u) ^ ((uint64_t)st.st_mtime * 1000003u ^ (uint64_t)st.st_mtim.tv_nsec ^ (uint64_t)st.st_size);
    }
    return h;
}

/* The compile warnings of a cached binary, kept beside it (written before the
** binary appears, so a cached binary always has its warnings file if it had any). */
static void save_warnings(const char *path)
{
    if (cg_warnings.n == 0)
        return;
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    fwrite(cg_warnings.p, 1, cg_warnings.n, f);
    fclose(f);
}

static void replay_warnings(const char *path)
{
    size_t n;
    char *w = access(path, R_OK) == 0 ? slurp(path, &n) : NULL;
    if (!w)
        return;
    fwrite(w, 1, n, stderr);
    free(w);
}

int driver_run(int argc, char **argv)
{
    if (argc < 1) {
        fputs("usage: exc run FILE [ARGS...]\n", stderr);
        return 2;
    }
    size_t len;
    char *src = slurp(argv[0], &len);
    if (!src)
        return 1;
    const char *opt = getenv("EXC_OPT");
    opt = opt ? opt : "";
    uint64_t h = fnv1a(1469598103934665603ull ^ self_stamp(), src, len);
    h = fnv1a(h, opt, strlen(opt));
    const char *cflags = getenv("EXC_CFLAGS");
    cflags = cflags ? cflags : "";
    h = fnv1a(h, cflags, strlen(cflags));
    /* the path too: it is compiled into messages and stack traces */
    h = fnv1a(h, argv[0], strlen(argv[0]));
    free(src);
    char *bin = cg_fmt("%s/%016llx", cache_dir(), (unsigned long long)h);
    char *warn = cg_fmt("%s.warnings", bin);
    if (access(bin, X_OK) != 0) {
        Output o;
        if (!compile_files(1, argv, &o, NULL))
            return 1;
        char *dir = make_tmpdir();
        char *tmpbin = cg_fmt("%s.tmp%d", bin, (int)getpid());
        if (!cc_link(&o, dir, tmpbin))
            return 1;
        save_warnings(warn);
        rename(tmpbin, bin);
        rm_rf(dir);
    } else {
        replay_warnings(warn);
    }
    argv[0] = bin;
    fflush(stdout);
    execv(bin, argv);
    fprintf(stderr, "exc: cannot run %s: %s\n", bin, strerror(errno));
    return 1;
}

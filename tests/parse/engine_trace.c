/* engine_trace.c: CTest parse.engine_trace. The parser's states are code that
** parser_gen writes from lemon's tables (compiler/lempar.c); linked with the
** self-checking front end (excfront_trace), every parse also runs lemon's own
** algorithm on the same tokens and aborts if the coded states reduce by other rules,
** in another order, or end otherwise (accept, or a syntax error at another token).
**   engine_trace DIR_OR_FILE...   (every regular file under a directory) */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "exc.h"
#include "front.h"

extern long parserTraceRuns, parserTraceRules;

static int parse_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "engine_trace: cannot open %s\n", path);
        return 1;
    }
    size_t cap = 4096, n = 0, r;
    char *b = malloc(cap);
    while ((r = fread(b + n, 1, cap - n - 1, f)) > 0)
        if ((n += r) == cap - 1)
            b = realloc(b, cap *= 2);
    fclose(f);
    b[n] = 0; /* the lexer's sentinel */
    exc_term ast;
    Diag d;
    front_parse(b, n, &ast, &d);
    free(b);
    return 0;
}

static int walk(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "engine_trace: no such file %s\n", path);
        return 1;
    }
    if (!S_ISDIR(st.st_mode))
        return parse_file(path);
    DIR *dir = opendir(path);
    if (!dir)
        return 1;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        rc |= walk(sub);
    }
    closedir(dir);
    return rc;
}

int main(int argc, char **argv)
{
    exc_gc_init();
    exc_term_init();
    int rc = 0;
    for (int i = 1; i < argc; i++)
        rc |= walk(argv[i]);
    printf("%ld parser runs, %ld reductions agree with lemon's tables\n", parserTraceRuns,
           parserTraceRules);
    return rc || parserTraceRuns == 0;
}

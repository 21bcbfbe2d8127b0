/* replay.c: runs files through the fuzz entry point LLVMFuzzerTestOneInput (fuzz_front.c)
** without libFuzzer: fuzz_replay (the saved corpus) and parse.engine_trace (every parse
** case through the self-checking front end) share it. */
#include "replay.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "replay: cannot open %s\n", path);
        return 1;
    }
    size_t cap = 4096, n = 0, r;
    uint8_t *b = malloc(cap);
    while ((r = fread(b + n, 1, cap - n, f)) > 0)
        if ((n += r) == cap)
            b = realloc(b, cap *= 2);
    fclose(f);
    LLVMFuzzerTestOneInput(b, n);
    free(b);
    return 0;
}

int replay(const char *path, int *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: no such file %s\n", path);
        return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
        ++*count;
        return replay_file(path);
    }
    DIR *d = opendir(path);
    if (!d)
        return 1;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        rc |= replay(sub, count);
    }
    closedir(d);
    return rc;
}

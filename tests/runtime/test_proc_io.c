/* Serialized output: lines written by concurrent processes never interleave. */
#include "test_proc_util.h"

#include <unistd.h>

#define LINES 300
#define WIDTH 3000

static void writer(void *ch)
{
    char line[WIDTH + 1];
    memset(line, (int)(uintptr_t)ch, WIDTH);
    line[WIDTH] = '\n';
    for (int i = 0; i < LINES; i++) {
        exc_io_write(1, line, sizeof line);
        EXC_REDUCE();
    }
}

static void b_io(void)
{
    for (int c = 'a'; c < 'a' + 6; c++) exc_spawn_opt(writer, (void *)(uintptr_t)c, 0, NULL);
    exc_sleep(500);
}

TEST(lines_do_not_interleave)
{
    fflush(stdout);
    FILE *tmp = tmpfile();
    REQUIRE(tmp);
    int saved = dup(1);
    dup2(fileno(tmp), 1);
    exc_set_schedulers(2);
    int rc = run_main(b_io);
    dup2(saved, 1);
    CHECK(rc == 0);
    rewind(tmp);
    static char buf[WIDTH + 2];
    int lines = 0;
    while (fgets(buf, sizeof buf, tmp)) {
        size_t n = strlen(buf);
        REQUIRE(n == WIDTH + 1);
        for (size_t i = 1; i < WIDTH; i++) CHECK(buf[i] == buf[0]);
        lines++;
    }
    CHECK(lines == 6 * LINES);
}

TEST_MAIN()

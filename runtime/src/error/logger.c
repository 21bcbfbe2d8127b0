/* Elixir's Logger is asynchronous: a crash report reaches the console tens of
** milliseconds after the crash (30-75 ms measured for the first report of
** `elixir -e`), and is lost when the program ends first — `spawn_link` of a crashing
** process that kills the main process, or a script that ends right after receiving
** the :EXIT, print no report under Elixir. Reports are therefore queued here and
** written by a plain thread EXC_LOGGER_DELAY_MS (env, default 50) after the event;
** exc_halt drops what is still queued, as the BEAM does. The thread never touches
** GC memory (texts are malloc'ed copies), so it needs no GC registration. */
#include "error/error_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "exc/proc.h"

typedef struct entry {
    struct entry *next;
    int64_t due_ns;
    size_t len;
    char text[];
} entry;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond;
static entry *head, *tail;
static bool started;
static int64_t delay_ns;

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void *writer(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (!head) pthread_cond_wait(&cond, &lock);
        if (head->due_ns > now_ns()) {
            struct timespec ts = {(time_t)(head->due_ns / 1000000000), (long)(head->due_ns % 1000000000)};
            pthread_cond_timedwait(&cond, &lock, &ts);
            continue;
        }
        entry *e = head;
        head = e->next;
        if (!head) tail = NULL;
        pthread_mutex_unlock(&lock);
        exc_io_write(1, e->text, e->len);
        free(e);
        pthread_mutex_lock(&lock);
    }
    return NULL;
}

/* The condition variable waits on CLOCK_MONOTONIC, like now_ns. */
static void start(void)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&cond, &a);
    const char *env = getenv("EXC_LOGGER_DELAY_MS");
    delay_ns = (env ? atoll(env) : 50) * 1000000LL;
    pthread_t t;
    pthread_attr_t ta;
    pthread_attr_init(&ta);
    pthread_attr_setdetachstate(&ta, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&t, &ta, writer, NULL) != 0) abort();
    started = true;
}

void exci_err_log(const char *text, size_t len)
{
    entry *e = malloc(sizeof *e + len);
    if (!e) abort();
    memcpy(e->text, text, len);
    e->len = len;
    e->next = NULL;
    pthread_mutex_lock(&lock);
    if (!started) start();
    e->due_ns = now_ns() + delay_ns;
    if (tail) tail->next = e;
    else head = e;
    tail = e;
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&lock);
}

/* Program lifecycle: runtime initialisation, the main process, exit status. */
#include "exc/proc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "exc/alloc.h"
#include "proc/proc.h"
#include "sched/sched.h"

#include "platform/san.h"

#ifdef EXCI_ASAN
/* Sanitizer defaults the runtime needs (here because this file is always linked):
** with EXC_GC_NONE nothing is ever freed by design, so leak reports are noise;
** ASan's fake stacks would hide pointers from a conservative collector. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "detect_leaks=0:detect_stack_use_after_return=0";
}
#endif

void exci_proc_table_init(void);
exc_term exci_spawn(void (*entry)(void *), void *arg, int flags, exc_term *mref, bool is_main);

static int want_scheds;
static bool started;
static pthread_mutex_t main_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t main_cond = PTHREAD_COND_INITIALIZER;
static bool main_done;
static int main_status;

void exc_set_schedulers(int n) { want_scheds = n; }

static int scheduler_count(void)
{
    if (want_scheds > 0) return want_scheds;
    const char *e = getenv("EXC_SCHEDULERS");
    if (e && atoi(e) > 0) return atoi(e);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

void exc_runtime_init(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    if (started) return;
    started = true;
    exc_gc_init();
    exci_proc_table_init();
    int n = scheduler_count();
    if (n > 1024) n = 1024;
    exci_sched_start(n);
}

void exci_runtime_main_done(int status)
{
    pthread_mutex_lock(&main_lock);
    main_status = status;
    main_done = true;
    pthread_cond_broadcast(&main_cond);
    pthread_mutex_unlock(&main_lock);
}

int exc_runtime_run(void (*entry)(void *), void *arg)
{
    if (!started) exc_runtime_init(0, NULL);
    pthread_mutex_lock(&main_lock);
    main_done = false;
    pthread_mutex_unlock(&main_lock);
    exci_spawn(entry, arg, 0, NULL, true);
    pthread_mutex_lock(&main_lock);
    while (!main_done) pthread_cond_wait(&main_cond, &main_lock);
    int status = main_status;
    pthread_mutex_unlock(&main_lock);
    return status;
}

void exc_halt(int status)
{
    fflush(NULL);
    _exit(status);
}

/* The main process of a program: the system processes first (exc_system_start). */
typedef struct {
    void (*entry)(void *);
    void *arg;
} main_boot_arg;

static void main_boot(void *a)
{
    main_boot_arg *b = a;
    exc_system_start();
    b->entry(b->arg);
}

void exc_runtime_main(int argc, char **argv, void (*entry)(void *), void *arg)
{
    exc_runtime_init(argc, argv);
    main_boot_arg b = {entry, arg};
    exc_halt(exc_runtime_run(main_boot, &b));
}

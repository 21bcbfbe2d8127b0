/* Spawning funs and MFAs as processes, on top of exc_spawn_opt: the new process runs
** under exc_process_top, which prints the crash report of an uncaught error. */
#include "exc/call.h"

#include "exc/error.h"
#include "exc/alloc.h"
#include "exc/proc.h"

typedef struct mfa { exc_term mod, fun, args; } mfa;

static void run_fun(void *fun) { exc_fun_call((exc_term)(uintptr_t)fun, 0); }

static void fun_entry(void *fun) { exc_process_top(run_fun, fun); }

exc_term exc_spawn_fun(exc_term fun, int flags, exc_term *mref)
{
    if (!exc_is_fun(fun) || exc_fun_arity(fun) != 0) exc_error_badarg();
    return exc_spawn_opt(fun_entry, (void *)(uintptr_t)fun, flags, mref);
}

static void run_mfa(void *p)
{
    mfa *m = p;
    exc_apply(m->mod, m->fun, m->args);
}

static void mfa_entry(void *p) { exc_process_top(run_mfa, p); }

exc_term exc_spawn_mfa(exc_term mod, exc_term fun, exc_term args, int flags, exc_term *mref)
{
    if (!exc_is_atom(mod) || !exc_is_atom(fun) || exc_list_length(args) < 0) exc_error_badarg();
    mfa *m = exc_alloc(sizeof *m);
    *m = (mfa){mod, fun, args};
    return exc_spawn_opt(mfa_entry, m, flags, mref);
}

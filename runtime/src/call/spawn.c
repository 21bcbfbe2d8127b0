/* Spawning funs and MFAs as processes, on top of exc_spawn_opt: the new process runs
** under exc_process_top, which prints the crash report of an uncaught error. A raise
** without a stack trace gets the process's initial call as its frame, as on BEAM. */
#include "exc/call.h"

#include <stdio.h>

#include "error/error_int.h"
#include "exc/alloc.h"
#include "exc/error.h"
#include "exc/proc.h"

typedef struct mfa { exc_term mod, fun, args; } mfa;

static void run_fun(void *fun) { exc_fun_call((exc_term)(uintptr_t)fun, 0); }

/* [{mod, :"-name/arity-fun-index-", 0, []}] for a lambda, [{mod, fun, 0, []}] for a
** capture: the frame BEAM reports for the fun a process was spawned with. */
static exc_term fun_frame(exc_term fun)
{
    const exc_fun_info *info = exc_fun_ptr(fun)->info;
    if (!info) return EXC_NIL_LIST;
    exc_term name;
    if (info->kind == EXC_FUN_LAMBDA) {
        char buf[512];
        snprintf(buf, sizeof buf, "-%s/%u-fun-%u-", info->name, info->name_arity, info->index);
        name = exc_atom(buf);
    } else {
        name = exc_atom(info->name);
    }
    exc_term fr = exc_tuple4(exc_atom(info->module), name, exc_small(0), EXC_NIL_LIST);
    return exc_cons(fr, EXC_NIL_LIST);
}

static void fun_entry(void *fun)
{
    exci_err_process_top(run_fun, fun, fun_frame((exc_term)(uintptr_t)fun));
}

exc_term exc_spawn_fun(exc_term fun, int flags, exc_term *mref)
{
    if (!exc_is_fun(fun) || exc_fun_arity(fun) != 0) exc_error_bif("spawn", 1, &fun);
    return exc_spawn_opt(fun_entry, (void *)(uintptr_t)fun, flags, mref);
}

static void run_mfa(void *p)
{
    mfa *m = p;
    exc_apply(m->mod, m->fun, m->args);
}

static void mfa_entry(void *p)
{
    mfa *m = p;
    exc_term fr = exc_tuple4(m->mod, m->fun, exc_small(exc_list_length(m->args)), EXC_NIL_LIST);
    exci_err_process_top(run_mfa, p, exc_cons(fr, EXC_NIL_LIST));
}

exc_term exc_spawn_mfa(exc_term mod, exc_term fun, exc_term args, int flags, exc_term *mref)
{
    if (!exc_is_atom(mod) || !exc_is_atom(fun) || exc_list_length(args) < 0)
        exc_error_bif("apply", 3, (exc_term[]){mod, fun, args});
    mfa *m = exc_alloc(sizeof *m);
    *m = (mfa){mod, fun, args};
    return exc_spawn_opt(mfa_entry, m, flags, mref);
}

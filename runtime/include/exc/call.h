/* The calling convention of generated code, funs, the module registry and apply
** (implemented in runtime/src/call/). Full description: docs/backend-abi.md.
**
** Every generated function and every fun body has ONE C prototype, exc_code: six term
** arguments in registers and a term result. Because caller and callee always have the
** same prototype, a call in tail position is `EXC_MUSTTAIL return f(...)`, which clang
** (>= 13) turns into a jump at every optimisation level, so self, mutual and indirect
** (fun, apply) tail calls run in constant stack.
**   - A function of arity n <= 6 takes its arguments in a0..a(n-1); unused slots are
**     ignored (pass 0).
**   - Arity n > 6: a0..a5 hold arguments 0..5, arguments 6..n-1 are written by the
**     caller to exc_xargs()[0..n-7] just before the call. The callee copies them to
**     locals FIRST, before EXC_REDUCE, the stack check or any call (a yield may move
**     the process to another thread, whose buffer is another one).
**   - A fun body (lambda) of arity n receives its own fun term as argument n (slot a(n),
**     or exc_xargs()[n-6] when n >= 6) and reads captured values with exc_fun_env.
**     Callers of a fun always pass it there, so a capture of a named function (&M.f/2)
**     can point at the function's code directly: the extra argument is ignored. */
#ifndef EXC_EXC_CALL_H
#define EXC_EXC_CALL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "exc/config.h"
#include "exc/term.h"

#define EXC_REG_ARGS 6
#define EXC_MAX_ARITY 255

typedef exc_term (*exc_code)(exc_term a0, exc_term a1, exc_term a2, exc_term a3, exc_term a4,
                             exc_term a5);
/* Parameter list of an exc_code function: `exc_term f(EXC_PARAMS) { ... }`. */
#define EXC_PARAMS exc_term a0, exc_term a1, exc_term a2, exc_term a3, exc_term a4, exc_term a5

/* `EXC_MUSTTAIL return f(a, b, 0, 0, 0, 0);` guarantees a jump where the compiler can
** (clang); elsewhere it is an ordinary call that optimisers usually turn into a jump. */
#if defined(__has_attribute)
#if __has_attribute(musttail)
#define EXC_MUSTTAIL __attribute__((musttail))
#define EXC_HAS_MUSTTAIL 1
#endif
#endif
#ifndef EXC_MUSTTAIL
#define EXC_MUSTTAIL
#define EXC_HAS_MUSTTAIL 0
#endif

/* ---- overflow arguments --------------------------------------------------- */

/* This thread's overflow-argument buffer (EXC_MAX_ARITY + 1 terms, scanned by the GC). */
extern __thread exc_term *exci_xargs;
exc_term *exci_xargs_alloc(void);
EXC_INLINE exc_term *exc_xargs(void)
{
    exc_term *x = exci_xargs;
    return EXC_LIKELY(x != NULL) ? x : exci_xargs_alloc();
}

/* Call `code` with n arguments from an array (not a tail call): spreads them over
** registers and the overflow buffer. */
exc_term exc_call_code(exc_code code, size_t n, const exc_term *args);

/* ---- funs ---------------------------------------------------------------- */

/* New lambda: `code` is the body (fun term as its extra argument), env filled by the
** caller (exc_fun_env) before the fun escapes. Same as exc_fun_new, typed. */
exc_term exc_fun_make(exc_code code, uint32_t arity, const exc_fun_info *info, uint32_t nfree);

/* true when f is a fun of arity n that can be called (a capture of a function that
** does not exist has no code: calling it raises UndefinedFunctionError). */
EXC_INLINE bool exc_fun_ok(exc_term f, uint32_t n)
{
    return exc_is_fun(f) && exc_fun_ptr(f)->arity == n && exc_fun_ptr(f)->code != NULL;
}
EXC_INLINE exc_code exc_fun_code(exc_term f) { return (exc_code)exc_fun_ptr(f)->code; }

/* The error for calling f with n arguments when !exc_fun_ok(f, n): BadFunctionError
** ({:badfun, f}), BadArityError ({:badarity, {f, args}}) or UndefinedFunctionError. */
EXC_NORETURN void exc_fun_call_error(exc_term f, uint32_t n, const exc_term *args);
/* The same for a call not in tail position: BEAM raises badfun/badarity after pushing
** the return address, so the calling function shows twice in the stack trace. */
EXC_NORETURN void exc_fun_call_error_body(exc_term f, uint32_t n, const exc_term *args);

/* Generated code for `f.(a, b)` in tail position:
**     if (EXC_UNLIKELY(!exc_fun_ok(f, 2))) exc_fun_call_error(f, 2, (exc_term[]){a, b});
**     EXC_MUSTTAIL return exc_fun_code(f)(a, b, f, 0, 0, 0);
** From C (not a tail call): exc_fun_call(f, 2, a, b). */
exc_term exc_fun_call(exc_term f, uint32_t n, ...);
exc_term exc_fun_call_array(exc_term f, uint32_t n, const exc_term *args);

/* apply(fun, args) and apply(mod, fun, args) with a list of arguments. The _tail forms
** have the uniform prototype so generated code can `EXC_MUSTTAIL return` into them:
** exc_fun_apply_tail(fun, args, 0, 0, 0, 0), exc_apply_tail(mod, fun, args, 0, 0, 0).
** A non-list `args` raises badarg. */
exc_term exc_fun_apply(exc_term f, exc_term args);
exc_term exc_fun_apply_tail(EXC_PARAMS);
exc_term exc_apply(exc_term mod, exc_term fun, exc_term args);
exc_term exc_apply_tail(EXC_PARAMS);

/* &Mod.fun/arity: an external fun (inspect shows "&Mod.fun/arity"); the target is looked
** up now, a missing one raises UndefinedFunctionError when the fun is called. */
exc_term exc_capture(exc_term mod, exc_term fun, uint32_t arity);

/* ---- the module registry -------------------------------------------------- */

/* A compiled module's exported functions: its `exc_module` is registered once at
** program start-up (before the main process runs) by generated code. Names are atom
** texts: "Elixir.Foo" for `defmodule Foo`, plain "lists" for an Erlang module. The
** arrays are not copied: keep them static. Registering a name again replaces it. */
typedef struct exc_export {
    const char *name;
    uint32_t arity;
    exc_code code;
} exc_export;

typedef struct exc_module {
    const char *name;
    const exc_export *exports;
    size_t nexports;
} exc_module;

void exc_module_register(const exc_module *m);

/* Code.ensure_loaded?/1-like: the module is registered. */
bool exc_module_loaded(exc_term mod);
/* The code of mod.fun/arity, or NULL. Lock-free; thread-safe after start-up. */
exc_code exc_function_lookup(exc_term mod, exc_term fun, uint32_t arity);
/* function_exported?/3 (a non-atom module or function is simply false). */
bool exc_function_exported(exc_term mod, exc_term fun, exc_term arity);

/* ---- spawning funs -------------------------------------------------------- */

/* spawn(fun) / spawn_link / spawn_monitor ({pid, ref} through *mref): the new process
** runs fun.() under exc_process_top (crash report on an uncaught error). A value that
** is not a fun of arity 0 raises ArgumentError (badarg) in the caller, as Elixir. */
exc_term exc_spawn_fun(exc_term fun, int flags, exc_term *mref);
/* spawn(mod, fun, args): apply(mod, fun, args) in a new process. */
exc_term exc_spawn_mfa(exc_term mod, exc_term fun, exc_term args, int flags, exc_term *mref);

#endif

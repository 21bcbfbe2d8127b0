/* Exceptions: raising Erlang error terms, Elixir's Exception.normalize/message/format,
** and what an uncaught error prints (implemented in runtime/src/error/).
**
** Like BEAM, runtime errors raise raw Erlang terms ({:badmatch, v}, :badarith, ...)
** with kind :error; `rescue` turns them into exception structs with
** exc_exception_normalize. Exception structs are maps with `__struct__` (the module
** atom) and `__exception__: true`. A stack trace is a list of {mod, fun, arity_or_args,
** location} tuples, captured when an error is raised: the frames the runtime builds
** itself (the BIF that got a bad argument, the function that failed to match) and then
** the calls in progress in generated Elixir functions (runtime/src/error/trace.c,
** docs/backend.md "Stack traces"). */
#ifndef EXC_EXC_ERROR_H
#define EXC_EXC_ERROR_H

#include "exc/config.h"
#include "exc/term.h"

/* Registers the built-in exception structs with inspect (so %KeyError{} prints its
** fields in Elixir's order). Idempotent; the error functions call it lazily, a program
** calls it at start-up so structs print right before anything has been raised. */
void exc_error_init(void);

/* ---- raising ------------------------------------------------------------- */

/* Raise `kind` (:error, :throw, :exit) with `value` and stack trace `stack` to the
** innermost catch frame (whose `stack` field receives the trace). Uncaught, the process
** exits with Erlang's reason: {value, stack} for :error, {{:nocatch, value}, stack} for
** :throw, value for :exit. */
EXC_NORETURN void exc_raise_kind(exc_term kind, exc_term value, exc_term stack);

/* The same with the stack trace of the calls in progress, after the frames of list
** `head` ([] or a BIF's own frame): what every runtime error raises with. */
EXC_NORETURN void exc_raise_trace(exc_term kind, exc_term value, exc_term head);

/* :erlang.error(value) / throw(value) with the current stack trace. */
EXC_NORETURN void exc_error(exc_term value);
EXC_NORETURN void exc_throw(exc_term value);

/* The raw errors generated code raises (names follow the Erlang tag). */
EXC_NORETURN void exc_error_badmatch(exc_term v);      /* {:badmatch, v} */
EXC_NORETURN void exc_error_case_clause(exc_term v);   /* {:case_clause, v} */
EXC_NORETURN void exc_error_try_clause(exc_term v);    /* {:try_clause, v} */
EXC_NORETURN void exc_error_with_clause(exc_term v);   /* {:with_clause, v} */
EXC_NORETURN void exc_error_cond_clause(void);         /* :cond_clause */
EXC_NORETURN void exc_error_badarith(void);            /* :badarith */
EXC_NORETURN void exc_error_badarg(void);              /* :badarg, no error info */
EXC_NORETURN void exc_error_badmap(exc_term v);        /* {:badmap, v} */
EXC_NORETURN void exc_error_badkey(exc_term key, exc_term map); /* {:badkey, k, map} */
EXC_NORETURN void exc_error_badkey1(exc_term key);     /* {:badkey, k}: %{m | k: v} */
EXC_NORETURN void exc_error_badfun(exc_term v);        /* {:badfun, v} */
EXC_NORETURN void exc_error_badarity(exc_term fun, exc_term args); /* {:badarity, {f, args}} */
EXC_NORETURN void exc_error_badbool(exc_term op, exc_term v);      /* {:badbool, op, v} */
EXC_NORETURN void exc_error_badstruct(exc_term mod, exc_term v);   /* {:badstruct, m, v} */

/* :function_clause with the frame {mod, fun, args} (mod/fun atoms, args a list):
** FunctionClauseError "no function clause matching in Mod.fun/arity". For a lambda,
** fun is Erlang's "-outer/arity-fun-N-" name. */
EXC_NORETURN void exc_error_function_clause(exc_term mod, exc_term fun, exc_term args);

/* :undef with the frame {mod, fun, args}: UndefinedFunctionError. */
EXC_NORETURN void exc_error_undef(exc_term mod, exc_term fun, exc_term args);
/* The same for a call in tail position: the caller's frame is not in the trace. */
EXC_NORETURN void exc_error_undef_tail(exc_term mod, exc_term fun, exc_term args);

/* :badarg raised by the BIF :erlang.<fun>(args...) (fun is the atom text): rescued it
** becomes ArgumentError "errors were found at the given arguments: ..." with Erlang's
** per-argument explanation (runtime/src/error/bif_errors.c). */
EXC_NORETURN void exc_error_bif(const char *fun, int nargs, const exc_term *args);

/* Stack traces: generated units register their functions (code address, module and
** function atom texts as Erlang names them, arity) at start-up, so a return address in
** one becomes a stack-trace entry. Lambdas are "-outer/arity-fun-N-", the script's
** top level is elixir_compiler_0.__FILE__/1, as under `elixir FILE.exs`. */
typedef struct exc_trace_fn {
    const void *code;
    const char *mod, *fun;
    int arity;
    bool noloc; /* BEAM has no line for it (generated __struct__/1) */
} exc_trace_fn;
void exc_trace_register(const exc_trace_fn *fns, int n);
/* Added by the compiler to the `#line` of a call BEAM makes as a tail call but C may
** not (a built-in of another module): a frame at such a line is left out. */
#define EXC_LINE_TAIL (1 << 24)

/* ---- exception structs ----------------------------------------------------- */

/* true for a map with __exception__: true and an atom __struct__. */
bool exc_is_exception(exc_term t);

/* The struct of a built-in exception module (atom "Elixir.KeyError", ...) with its
** default fields, then the (atom key, value) pairs of keyword list `fields` put over
** them; EXC_NONE if `module` is not a built-in exception. */
exc_term exc_exception_builtin(exc_term module, exc_term fields);

/* raise "msg" / raise %Exc{} / raise Mod / raise Mod, opts (reraise aside): builds the
** exception (Mod.exception(opts) from the module registry, or the built-in default)
** and raises it with kind :error. A non-exception first argument raises ArgumentError
** as Elixir does. */
EXC_NORETURN void exc_raise_message(exc_term msg);
EXC_NORETURN void exc_raise_value(exc_term exception_or_module);
EXC_NORETURN void exc_raise_module(exc_term module, exc_term opts);

/* Exception.normalize(kind, value, stack): for :error, the exception struct for a raw
** Erlang error (structs pass through); other kinds return value unchanged. */
exc_term exc_exception_normalize(exc_term kind, exc_term value, exc_term stack);

/* Exception.blame/3 for an exception struct: KeyError and UndefinedFunctionError get
** their "Did you mean:" hints in :message, FunctionClauseError its :args from the
** stack. The elixir CLI blames an uncaught exception before printing it. */
exc_term exc_exception_blame(exc_term exception, exc_term stack);

/* Exception.message(exception): a binary (user exceptions: Mod.message/1 from the
** module registry, else their :message field). */
exc_term exc_exception_message(exc_term exception);

/* ---- formatting and reporting ------------------------------------------------ */

/* Exception.format_banner/3 and Exception.format/3 (banner, "\n", stack trace), and
** Exception.format_exit/1, as binaries. */
exc_term exc_format_banner(exc_term kind, exc_term value, exc_term stack);
exc_term exc_format_error(exc_term kind, exc_term value, exc_term stack);
exc_term exc_format_exit(exc_term reason);
/* Exception.format_mfa/3 (arity an integer or an argument list). */
exc_term exc_format_mfa(exc_term mod, exc_term fun, exc_term arity_or_args);

/* What `elixir script.exs` prints on stderr for an uncaught raise in the main process
** ("** (MatchError) ...", the stack trace), and for an exit signal from `from` that
** kills it ("** (EXIT from #PID<...>) ..."). */
void exc_report_uncaught(exc_term kind, exc_term value, exc_term stack);
void exc_report_exit_from(exc_term from, exc_term reason);

/* The Logger report (on stdout, like Elixir's console backend) of a spawned process
** that dies with an error or a throw:
**   "\nHH:MM:SS.mmm [error] Process #PID<0.N.0> raised an exception\n** (E) msg\n..."
** Written asynchronously like Logger's, EXC_LOGGER_DELAY_MS (default 50) later, and
** lost if the program ends first, as under Elixir (runtime/src/error/logger.c). */
void exc_report_crash(exc_term pid, exc_term kind, exc_term value, exc_term stack);

/* Main-process exit status for an uncaught exit(reason), as the elixir CLI decides:
** :normal and :shutdown 0, {:shutdown, n} with an integer n -> n, {:shutdown, _} 1
** silently; anything else prints "** (exit) ..." and returns 1. */
int exc_main_exit_status(exc_term reason, bool *print);

/* Run body(arg) as the top of the main process: uncaught errors/throws/exits are
** reported like the elixir CLI and end the program with its exit status
** (exc_halt). Use as: exc_runtime_main(argc, argv, exc_main_entry, &main_fn). */
typedef struct exc_main_body { void (*fn)(void *); void *arg; } exc_main_body;
void exc_main_entry(void *body /* exc_main_body* */);

/* Run body(arg) as the top of a spawned process: an uncaught error or throw prints the
** crash report and the process exits with Erlang's {value, stack} reason. */
void exc_process_top(void (*fn)(void *), void *arg);

#endif

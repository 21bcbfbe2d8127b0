/* Internal interface of runtime/src/error (exci_err_* names): the table of built-in
** exception modules and a growable text buffer for building messages. */
#ifndef EXC_ERROR_ERROR_INT_H
#define EXC_ERROR_ERROR_INT_H

#include <stddef.h>

#include "exc/error.h"

/* Built-in exception modules, from exceptions.def. */
enum exci_exc {
#define EXC_EXCEPTION(c, name, fields, dfield, dtext) EXCI_EXC_##c,
#include "error/exceptions.def"
#undef EXC_EXCEPTION
    EXCI_EXC__COUNT
};

/* The module atom of a built-in exception. */
exc_term exci_err_module(enum exci_exc e);
/* Which built-in a module atom is, or -1. */
int exci_err_builtin_index(exc_term module);
/* Fresh struct of a built-in with fields set from alternating key/value pairs. */
exc_term exci_err_make(enum exci_exc e, int npairs, ...);
/* Field of a struct/map by atom text, or nil when absent. */
exc_term exci_err_field(exc_term map, const char *key);

/* A growable byte buffer in GC memory. */
typedef struct exci_sb { char *buf; size_t len, cap; } exci_sb;
void exci_sb_put(exci_sb *sb, const void *bytes, size_t n);
void exci_sb_puts(exci_sb *sb, const char *s);
/* Appends the bytes of a binary term. */
void exci_sb_bin(exci_sb *sb, exc_term bin);
/* Appends inspect(t) with Kernel.inspect's defaults. */
void exci_sb_inspect(exci_sb *sb, exc_term t);
exc_term exci_sb_binary(const exci_sb *sb);

/* The ArgumentError message for :erlang.<fun>(args) failing with badarg, or EXC_NONE
** when the BIF is not one the runtime explains. */
exc_term exci_err_bif_message(exc_term fun, exc_term args);

/* String.jaro_distance/2 of Elixir 1.14 on two UTF-8 texts. */
double exci_err_jaro(const char *s1, size_t n1, const char *s2, size_t n2);

/* FunctionClauseError's "\n\nThe following arguments were given to ..." text for a
** blamed exception (args set), or "" (as a GC C string). */
const char *exci_err_clause_blame(exc_term e);

/* Stack traces (trace.c). exci_trace_capture: the frames `head` (e.g. the BIF that
** failed) followed by the Elixir frames of the calls in progress in the current
** process, BEAM's depth (8 entries) at most. exci_trace_walk fills out[0..max) with
** the Elixir frames only and returns their count; bif: the error comes from a BIF
** (whose caller BEAM shows even when it called the BIF in tail position). */
exc_term exci_trace_capture(exc_term head);
int exci_trace_walk(exc_term *out, int max, bool bif);

/* exc_process_top with the stack trace to use when the raise carried none (the
** process's initial call), so exit reasons look like BEAM's {value, [frame | _]}. */
void exci_err_process_top(void (*fn)(void *), void *arg, exc_term default_stack);

/* Queues a Logger message for stdout (written after the Logger delay; see logger.c). */
void exci_err_log(const char *text, size_t len);

/* Exception.format_stacktrace/1 into sb with `indent` before each entry. */
void exci_err_format_stack(exci_sb *sb, exc_term stack, const char *indent);

#endif

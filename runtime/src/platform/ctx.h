/* Execution contexts: the context switch between process stacks and the call of a
** function on another stack (stack segments). Hand-written on x86-64 (ctx_x86_64.S);
** a portable ucontext fallback elsewhere or with -DEXC_PORTABLE_CTX (ctx_portable.c). */
#ifndef EXC_PLATFORM_CTX_H
#define EXC_PLATFORM_CTX_H

#include <stddef.h>

#if defined(__x86_64__) && !defined(EXC_PORTABLE_CTX)
#define EXCI_CTX_ASM 1
/* A suspended context is just its saved stack pointer: the callee-saved registers
** and the resume address are pushed on its own stack. */
typedef struct exci_ctx { void *sp; } exci_ctx;
#else
#include <ucontext.h>
typedef struct exci_ctx { void *sp; ucontext_t uc; } exci_ctx;
#endif

/* Save the running context into *from and resume *to. Returns when something swaps
** back to *from. from->sp is valid (for stack scanning) once the switch is done. */
void exci_ctx_swap(exci_ctx *from, exci_ctx *to);

/* Prepare *c to start boot() on the stack [lo, hi) at its first swap. boot never
** returns. */
void exci_ctx_make(exci_ctx *c, char *lo, char *hi, void (*boot)(void));

/* Call fn(arg) on the stack [lo, top) (top 16-byte aligned), then come back to the
** caller's stack. */
void exci_ctx_call_on(char *top, void (*fn)(void *), void *arg, char *lo);

#endif

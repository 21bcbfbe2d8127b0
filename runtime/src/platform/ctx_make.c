/* Initial frames of new contexts (see ctx.h), and the portable ucontext fallback. */
#include "platform/ctx.h"

#include <stdint.h>

#ifdef EXCI_CTX_ASM

/* Lay out what exci_ctx_swap pops: six callee-saved registers (zero) and the
** return address boot; boot then starts with the stack aligned as after a call,
** with a zero fake return address above it. */
void exci_ctx_make(exci_ctx *c, char *lo, char *hi, void (*boot)(void))
{
    (void)lo;
    uintptr_t top = (uintptr_t)hi & ~(uintptr_t)15;
    void **sp = (void **)top;
    *--sp = 0;              /* boot's return address: none */
    *--sp = (void *)boot;   /* popped by the ret of exci_ctx_swap */
    for (int i = 0; i < 6; i++) *--sp = 0;
    c->sp = sp;
}

#else


void exci_ctx_swap(exci_ctx *from, exci_ctx *to)
{
    char here;
    from->sp = &here; /* approximate: the GC scans from here to the segment top */
    swapcontext(&from->uc, &to->uc);
}

void exci_ctx_make(exci_ctx *c, char *lo, char *hi, void (*boot)(void))
{
    getcontext(&c->uc);
    c->uc.uc_stack.ss_sp = lo;
    c->uc.uc_stack.ss_size = (size_t)(hi - lo);
    c->uc.uc_link = NULL;
    makecontext(&c->uc, boot, 0);
    c->sp = hi;
}

struct call_on { void (*fn)(void *); void *arg; ucontext_t back; };
static __thread struct call_on *pending;

static void call_on_boot(void)
{
    struct call_on *co = pending;
    co->fn(co->arg);
    setcontext(&co->back);
}

/* Portable call-on-stack: a throwaway ucontext on the segment. */
void exci_ctx_call_on(char *top, void (*fn)(void *), void *arg, char *lo)
{
    struct call_on co = {fn, arg, {0}};
    ucontext_t uc;
    getcontext(&uc);
    uc.uc_stack.ss_sp = lo;
    uc.uc_stack.ss_size = (size_t)(top - lo);
    uc.uc_link = NULL;
    makecontext(&uc, call_on_boot, 0);
    pending = &co;
    swapcontext(&co.back, &uc);
}

#endif

/* Process stacks: first segments carved from large shared reservations (no mapping
** or guard page per process), bigger segments mapped on demand when generated code's
** prologue check fails, and recycling of warm stacks. */
#ifndef EXC_PROC_STACK_H
#define EXC_PROC_STACK_H

#include <stdbool.h>
#include <stddef.h>

/* A segment's descriptor lives at its top; the stack grows down below it.
** Invariant: the segments of a process form a list first..last; `cur` of the
** process is one of them and every older one has resume_sp set. */
typedef struct exci_seg {
    char *lo;                 /* lowest address of the segment */
    char *top;                /* stack top (16-aligned, just below this descriptor) */
    size_t size;              /* bytes of the whole segment */
    struct exci_seg *prev, *next;
    char *resume_sp;          /* sp in this segment while a newer one runs */
    bool slot;                /* from the shared reservations (else own mapping) */
} exci_seg;

/* A fresh first segment (EXC_STACK_SLOT bytes), warm if possible. */
exci_seg *exci_stack_new(void);

/* A segment of at least `size` bytes to follow `prev`. NULL when out of memory. */
exci_seg *exci_stack_new_big(size_t size);

/* Give back every segment of the list starting at `first`. */
void exci_stack_release(exci_seg *first);

/* The stack limit generated code compares against in segment s. */
static inline char *exci_stack_limit_of(exci_seg *s) { return s->lo + EXC_STACK_RESERVE; }

/* Total maximum stack per process (EXC_MAX_STACK or env EXC_MAX_STACK_MB). */
size_t exci_stack_max(void);

#endif

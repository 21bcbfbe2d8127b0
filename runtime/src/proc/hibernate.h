/* Hibernation of waiting processes' stacks (Go's stack shrinking at GC time, BEAM's
** hibernate done by the runtime). During a collection, every process that waits in
** receive on its first stack slot gets the few hundred live bytes of its stack copied
** to a compact side buffer and the slot's pages released; the scheduler copies them
** back, at the same addresses, before it resumes the process. */
#ifndef EXC_PROC_HIBERNATE_H
#define EXC_PROC_HIBERNATE_H

#include "proc/proc.h"

/* Once, before the first collection. */
void exci_hib_init(void);

/* From the control block's mark procedure (world stopped, no scheduler in a switch,
** parallel markers): p's saved stack if it is hibernated, hibernating it now if it
** waits on its first slot with a small stack; else NULL (scan the stack itself).
** Copying here, where the marker reads the stack anyway, costs one pass over it. */
exci_hib *exci_hib_mark(exci_proc *p);

/* After marking, world still stopped (GC_EVENT_PRE_START_WORLD): give the pages of
** the slots hibernated in this collection back to the kernel. */
void exci_hib_release(void);

/* Before resuming p (scheduler stack, inside the switch handshake): put its stack
** back. */
void exci_hib_restore(exci_proc *p);

#endif

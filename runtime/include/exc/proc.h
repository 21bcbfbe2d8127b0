/* Processes, scheduling, messages, signals, timers (implemented in runtime/src/proc,
** runtime/src/sched). */
#ifndef EXC_EXC_PROC_H
#define EXC_EXC_PROC_H

#include "exc/term.h"

#endif

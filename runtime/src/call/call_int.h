/* Internal interface of runtime/src/call (exci_call_* names). */
#ifndef EXC_CALL_CALL_INT_H
#define EXC_CALL_CALL_INT_H

#include "exc/call.h"

/* The exported functions of a registered module sorted by name then arity, as
** Mod.__info__(:functions) lists them: up to `max` pairs; returns how many there are. */
size_t exci_call_exports(exc_term mod, exc_term *names, uint32_t *arities, size_t max);

#endif

/* exc.h: the one header that generated C (and stdlib C natives) includes.
** It gathers the public runtime interface; everything under runtime/src/ is private. */
#ifndef EXC_EXC_H
#define EXC_EXC_H

#include "exc/config.h"
#include "exc/alloc.h"
#include "exc/term.h"
#include "exc/proc.h"
#include "exc/inspect.h"
#include "exc/error.h"
#include "exc/call.h"
#include "exc/kernel.h"

#endif

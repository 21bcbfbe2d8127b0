/* Funs (closures): code pointer, arity, static info and captured values. */
#include "term_internal.h"

#include "exc/alloc.h"

exc_term exc_fun_new(void *code, uint32_t arity, const exc_fun_info *info, uint32_t nfree)
{
    exc_fun *f = exc_alloc(sizeof *f + nfree * sizeof(exc_term));
    f->header = exc_header(3 + (uint64_t)nfree, EXC_T_FUN);
    f->code = code;
    f->arity = arity;
    f->nfree = nfree;
    f->info = info;
    return (exc_term)(uintptr_t)f;
}

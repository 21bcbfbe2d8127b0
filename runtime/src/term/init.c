/* exc_term_init: eager initialisation of the term layer's global tables. */
#include "term_internal.h"

void exc_term_init(void)
{
    exci_atom_init();
    exci_bignum_init();
}

/* Ordering operators beyond the small-integer fast path: Erlang term order. */
#include "exc/kernel.h"

exc_term exci_k_compare_op(int op, exc_term a, exc_term b)
{
    int c = exc_compare(a, b);
    switch (op) {
    case EXCI_K_LT: return exc_bool(c < 0);
    case EXCI_K_GT: return exc_bool(c > 0);
    case EXCI_K_LE: return exc_bool(c <= 0);
    default: return exc_bool(c >= 0);
    }
}

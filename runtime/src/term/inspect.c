/* inspect.c: Kernel.inspect/2 for exc terms — the public entry points, to_doc's
** dispatch on the term kind, and the scalar kinds (Inspect.Integer, Inspect.Float,
** Inspect.Atom, Inspect.BitString, Inspect.PID, Inspect.Reference,
** Inspect.Function). Collections are in inspect_coll.c. */
#include "exc/inspect.h"

#include <stdlib.h>
#include <string.h>

#include "exc/alloc.h"
#include "exc/proc.h"
#include "exc/term_api.h"
#include "term/inspect_int.h"

exc_inspect_opts exc_inspect_defaults(void)
{
    return (exc_inspect_opts){
        .limit = 50,
        .printable_limit = 4096,
        .width = 80,
        .pretty = false,
        .structs = true,
        .charlists = EXC_CHARLISTS_INFER,
        .binaries = EXC_BINARIES_INFER,
        .base = EXC_BASE_DECIMAL,
    };
}

/* ---- integers ------------------------------------------------------------------ */

static int base_radix(enum exc_inspect_base b)
{
    static const int radix[] = {10, 2, 8, 16};
    return radix[b];
}

/* integer_to_binary(n, base) (upper-case digits, as Erlang) with 0b/0o/0x after the
** sign (Inspect.Integer.prepend_prefix). */
static const exci_doc *integer_doc(exci_alg_arena *ar, exc_term t, enum exc_inspect_base base)
{
    mpz_t z;
    mpz_init(z);
    exc_integer_to_mpz(t, z);
    size_t cap = mpz_sizeinbase(z, base_radix(base)) + 4;
    char *digits = malloc(cap);
    if (!digits) abort();
    mpz_get_str(digits, -base_radix(base), z);
    mpz_clear(z);
    exci_buf b = {0};
    const char *p = digits;
    if (*p == '-') exci_buf_putc(&b, *p++);
    static const char *const prefix[] = {"", "0b", "0o", "0x"};
    exci_buf_puts(&b, prefix[base]);
    exci_buf_puts(&b, p);
    free(digits);
    const exci_doc *d = exci_alg_bin(ar, b.p, b.len);
    free(b.p);
    return d;
}

/* Small decimal integers skip GMP: they are most of what programs print. */
static const exci_doc *small_doc(exci_alg_arena *ar, exc_term t, enum exc_inspect_base base)
{
    if (base != EXC_BASE_DECIMAL) return integer_doc(ar, t, base);
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)exc_small_val(t));
    return exci_alg_bin(ar, buf, (size_t)n);
}

/* ---- atoms ------------------------------------------------------------------------ */

const exci_doc *exci_inspect_atom_doc(exci_alg_arena *ar, exc_term atom, enum exci_atom_style st)
{
    size_t len;
    const char *text = exc_atom_text(atom, &len);
    exci_buf b = {0};
    exci_inspect_atom_text(&b, text, len, st);
    const exci_doc *d = exci_alg_bin(ar, b.p, b.len);
    free(b.p);
    return d;
}

/* ---- binaries and bitstrings ---------------------------------------------------- */

/* `"escaped"` or `"escaped" <> ...` when printable_limit cut it. */
static const exci_doc *string_doc(exci_alg_arena *ar, const char *s, size_t len, int64_t plimit)
{
    exci_buf b = {0};
    exci_buf_putc(&b, '"');
    size_t used = exci_inspect_escape(&b, s, len, '"', plimit);
    exci_buf_putc(&b, '"');
    if (used < len) exci_buf_puts(&b, " <> ...");
    const exci_doc *d = exci_alg_bin(ar, b.p, b.len);
    free(b.p);
    return d;
}

/* Inspect.Integer.inspect of one byte (or of the trailing bits, with ::size(n)). */
static const exci_doc *byte_doc(exci_alg_arena *ar, unsigned v, unsigned bits,
                                enum exc_inspect_base base)
{
    const exci_doc *d = small_doc(ar, exc_small((int64_t)v), base);
    if (bits == 8) return d;
    char suffix[24];
    snprintf(suffix, sizeof suffix, "::size(%u)", bits);
    return exci_alg_concat(ar, d, exci_alg_cstr(ar, suffix));
}

/* each_bit/3: "1, 2, 3" joined by flex breaks, "..." after `limit` bytes. Built from
** the end, as the recursion returns. */
static const exci_doc *each_bit(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o)
{
    const uint8_t *data = exc_binary_data(t);
    uint64_t nbits = exc_bitstring_bits(t);
    size_t nbytes = (size_t)(nbits >> 3), tail_bits = (size_t)(nbits & 7);
    size_t nitems = nbytes + (tail_bits ? 1 : 0);
    size_t shown = nitems;
    bool cut = false;
    if (o->limit != EXC_INSPECT_INFINITY && (uint64_t)o->limit < nitems) {
        shown = (size_t)o->limit;
        cut = true;
    }
    const exci_doc *acc = cut ? exci_alg_lit(ar, "...") : exci_alg_empty();
    for (size_t i = shown; i-- > 0;) {
        const exci_doc *item;
        if (i < nbytes)
            item = byte_doc(ar, data[i], 8, o->base);
        else
            item = byte_doc(ar, (unsigned)(data[i] >> (8 - tail_bits)), (unsigned)tail_bits, o->base);
        if (i == nitems - 1) acc = item; /* the last element: no comma */
        else acc = exci_alg_flex_glue(ar, exci_alg_concat(ar, item, exci_alg_lit(ar, ",")), " ", acc);
    }
    return acc;
}

static const exci_doc *bitstring_doc(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o)
{
    if (exc_bitstring_bits(t) == 0) return exci_alg_lit(ar, "<<>>");
    const exci_doc *inner = exci_alg_nest(ar, each_bit(ar, t, o), 2, EXCI_NEST_ALWAYS);
    const exci_doc *d = exci_alg_concat(ar, exci_alg_lit(ar, "<<"), inner);
    return exci_alg_group(ar, exci_alg_concat(ar, d, exci_alg_lit(ar, ">>")), EXCI_GROUP_SELF);
}

static const exci_doc *binary_doc(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o)
{
    if (!exc_is_binary(t)) return bitstring_doc(ar, t, o);
    const char *s = (const char *)exc_binary_data(t);
    size_t len = exc_binary_size(t);
    bool as_string = o->base == EXC_BASE_DECIMAL &&
                     (o->binaries == EXC_BINARIES_AS_STRINGS ||
                      (o->binaries == EXC_BINARIES_INFER &&
                       exci_inspect_printable(s, len, o->printable_limit)));
    return as_string ? string_doc(ar, s, len, o->printable_limit) : bitstring_doc(ar, t, o);
}

/* ---- pids, references, funs ------------------------------------------------------ */

static const exci_doc *pid_doc(exci_alg_arena *ar, exc_term t)
{
    char buf[48];
    snprintf(buf, sizeof buf, "#PID<0.%llu.0>", (unsigned long long)exc_pid_serial(t));
    return exci_alg_cstr(ar, buf);
}

/* BEAM shows three numbers after the node's 0: the 64-bit id is split the same way
** (an 18-bit low counter, then 32 bits, then the rest). */
static const exci_doc *ref_doc(exci_alg_arena *ar, exc_term t)
{
    uint64_t id = exc_ref_id(t);
    char buf[80];
    snprintf(buf, sizeof buf, "#Reference<0.%llu.%llu.%llu>", (unsigned long long)(id >> 50),
             (unsigned long long)((id >> 18) & 0xFFFFFFFFu), (unsigned long long)(id & 0x3FFFF));
    return exci_alg_cstr(ar, buf);
}

/* Inspect.Function: `&Mod.fun/arity` for external captures, otherwise
** `#Function<index.uniq/arity in Mod.name/name_arity>`. */
static const exci_doc *fun_doc(exci_alg_arena *ar, exc_term t)
{
    const exc_fun *f = exc_fun_ptr(t);
    const exc_fun_info *info = f->info;
    exci_buf b = {0};
    char num[64];
    if (info->kind == EXC_FUN_EXTERNAL) {
        exci_buf_putc(&b, '&');
        exci_inspect_atom_text(&b, info->module, strlen(info->module), EXCI_ATOM_LITERAL);
        exci_buf_putc(&b, '.');
        exci_inspect_atom_text(&b, info->name, strlen(info->name), EXCI_ATOM_REMOTE_CALL);
        snprintf(num, sizeof num, "/%u", (unsigned)f->arity);
        exci_buf_puts(&b, num);
    } else if (strncmp(info->module, "file:", 5) == 0) {
        /* a fn of a script's top level (back end: module "file:NAME"), as Elixir
        ** prints funs of evaluated code */
        snprintf(num, sizeof num, "#Function<%u.%u in ", (unsigned)info->index, (unsigned)info->uniq);
        exci_buf_puts(&b, num);
        exci_buf_puts(&b, info->module);
        exci_buf_putc(&b, '>');
    } else {
        snprintf(num, sizeof num, "#Function<%u.%u/%u in ", (unsigned)info->index,
                 (unsigned)info->uniq, (unsigned)f->arity);
        exci_buf_puts(&b, num);
        exci_inspect_atom_text(&b, info->module, strlen(info->module), EXCI_ATOM_LITERAL);
        exci_buf_putc(&b, '.');
        exci_inspect_atom_text(&b, info->name, strlen(info->name), EXCI_ATOM_REMOTE_CALL);
        snprintf(num, sizeof num, "/%u>", (unsigned)info->name_arity);
        exci_buf_puts(&b, num);
    }
    const exci_doc *d = exci_alg_bin(ar, b.p, b.len);
    free(b.p);
    return d;
}

/* ---- dispatch ----------------------------------------------------------------------- */

/* Kept out of boxed_doc so that the recursion over nested terms has small frames. */
static __attribute__((noinline)) const exci_doc *float_doc(exci_alg_arena *ar, exc_term t)
{
    char buf[400];
    size_t n = exci_inspect_float(exc_float_val(t), buf);
    return exci_alg_bin(ar, buf, n);
}

static const exci_doc *unknown_doc(exci_alg_arena *ar, exc_term t)
{
    char buf[40];
    snprintf(buf, sizeof buf, "#Term<0x%llx>", (unsigned long long)t);
    return exci_alg_cstr(ar, buf);
}

static const exci_doc *boxed_doc(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o)
{
    switch (exc_boxed_type(t)) {
    case EXC_T_TUPLE: return exci_inspect_tuple(ar, t, o);
    case EXC_T_FLOAT: return float_doc(ar, t);
    case EXC_T_BIGNUM: return integer_doc(ar, t, o->base);
    case EXC_T_BINARY: return binary_doc(ar, t, o);
    case EXC_T_MAP:
    case EXC_T_HAMT: return exci_inspect_map(ar, t, o);
    case EXC_T_FUN: return fun_doc(ar, t);
    case EXC_T_REF: return ref_doc(ar, t);
    }
    return unknown_doc(ar, t);
}

/* Deeply nested terms recurse deeply: inside a process, continue on a fresh stack
** segment when the current one runs low (the runtime's segmented stacks). */
typedef struct grow_ctx {
    exci_alg_arena *ar;
    exc_term t;
    const exc_inspect_opts *o;
    const exci_doc *result;
} grow_ctx;

static void doc_on_new_segment(void *p)
{
    grow_ctx *c = p;
    c->result = exci_inspect_doc(c->ar, c->t, c->o);
}

const exci_doc *exci_inspect_doc(exci_alg_arena *ar, exc_term t, const exc_inspect_opts *o)
{
    if (EXC_UNLIKELY(exc_stack_low())) {
        grow_ctx c = {ar, t, o, NULL};
        exc_stack_grow(doc_on_new_segment, &c);
        return c.result;
    }
    if (exc_is_small(t)) return small_doc(ar, t, o->base);
    if (exc_is_atom(t)) return exci_inspect_atom_doc(ar, t, EXCI_ATOM_LITERAL);
    if (exc_is_list(t)) return exci_inspect_list(ar, t, o);
    if (exc_is_pid(t)) return pid_doc(ar, t);
    if (exc_is_boxed(t)) return boxed_doc(ar, t, o);
    return unknown_doc(ar, t);
}

/* ---- entry points ---------------------------------------------------------------------- */

/* Kernel.inspect's pipeline: format(group(to_doc(term, opts)), width). */
static void inspect_into(exci_buf *out, exc_term t, const exc_inspect_opts *opts, int64_t width)
{
    exc_inspect_opts o = opts ? *opts : exc_inspect_defaults();
    exci_alg_arena ar;
    exci_alg_arena_init(&ar);
    const exci_doc *d = exci_alg_group(&ar, exci_inspect_doc(&ar, t, &o), EXCI_GROUP_SELF);
    exci_alg_format(d, width, out);
    exci_alg_arena_free(&ar);
}

char *exc_inspect_cstr(exc_term t, const exc_inspect_opts *opts, int64_t width, size_t *len)
{
    exci_buf b = {0};
    inspect_into(&b, t, opts, width);
    char *r = exc_alloc_atomic(b.len + 1);
    if (b.len) memcpy(r, b.p, b.len);
    r[b.len] = '\0';
    if (len) *len = b.len;
    free(b.p);
    return r;
}

exc_term exc_inspect(exc_term t, const exc_inspect_opts *opts)
{
    exc_inspect_opts o = opts ? *opts : exc_inspect_defaults();
    exci_buf b = {0};
    inspect_into(&b, t, &o, o.pretty ? o.width : EXC_INSPECT_INFINITY);
    exc_term r = exc_binary(b.p ? b.p : "", b.len);
    free(b.p);
    return r;
}

void exc_inspect_to_file(FILE *f, exc_term t, const exc_inspect_opts *opts, int64_t width)
{
    exci_buf b = {0};
    inspect_into(&b, t, opts, width);
    if (b.len) fwrite(b.p, 1, b.len, f);
    free(b.p);
}

void exc_inspect_flat_to_file(FILE *f, exc_term t)
{
    exc_inspect_opts o = exc_inspect_defaults();
    o.limit = EXC_INSPECT_INFINITY;
    o.printable_limit = EXC_INSPECT_INFINITY;
    exc_inspect_to_file(f, t, &o, EXC_INSPECT_INFINITY);
}

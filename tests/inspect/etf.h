/* etf.h: a decoder of Erlang's external term format (:erlang.term_to_binary) into exc
** terms, for the inspect golden tests: tests/inspect/gen.exs records each term this
** way so the C test rebuilds exactly the term real Elixir printed.
** Handles the tags term_to_binary emits for the goldens' terms; funs are not
** decodable (the golden file describes them separately). Header-only, test use. */
#ifndef EXC_TESTS_INSPECT_ETF_H
#define EXC_TESTS_INSPECT_ETF_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"

typedef struct etf_reader {
    const uint8_t *p, *end;
    int error;
} etf_reader;

static uint64_t etf_be(etf_reader *r, int n)
{
    uint64_t v = 0;
    if (r->p + n > r->end) {
        r->error = 1;
        return 0;
    }
    for (int i = 0; i < n; i++) v = (v << 8) | *r->p++;
    return v;
}

static const uint8_t *etf_bytes(etf_reader *r, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        r->error = 1;
        return NULL;
    }
    const uint8_t *s = r->p;
    r->p += n;
    return s;
}

static exc_term etf_term(etf_reader *r);

static exc_term etf_atom(etf_reader *r, int lenbytes)
{
    size_t len = (size_t)etf_be(r, lenbytes);
    const uint8_t *s = etf_bytes(r, len);
    return s ? exc_atom_n((const char *)s, len) : EXC_NONE;
}

/* ATOM_EXT / SMALL_ATOM_EXT hold Latin-1 text (OTP 25 uses them whenever it can). */
static exc_term etf_latin1_atom(etf_reader *r, int lenbytes)
{
    size_t len = (size_t)etf_be(r, lenbytes), n = 0;
    const uint8_t *s = etf_bytes(r, len);
    if (!s) return EXC_NONE;
    char *utf8 = malloc(2 * len + 1);
    for (size_t i = 0; i < len; i++) {
        if (s[i] < 0x80) {
            utf8[n++] = (char)s[i];
        } else {
            utf8[n++] = (char)(0xC0 | s[i] >> 6);
            utf8[n++] = (char)(0x80 | (s[i] & 0x3F));
        }
    }
    exc_term a = exc_atom_n(utf8, n);
    free(utf8);
    return a;
}

/* SMALL_BIG_EXT / LARGE_BIG_EXT: sign byte then little-endian magnitude. */
static exc_term etf_big(etf_reader *r, int lenbytes)
{
    size_t n = (size_t)etf_be(r, lenbytes);
    int sign = (int)etf_be(r, 1);
    const uint8_t *d = etf_bytes(r, n);
    if (!d) return EXC_NONE;
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, -1, 1, 0, 0, d);
    if (sign) mpz_neg(z, z);
    exc_term t = exc_integer_from_mpz(z);
    mpz_clear(z);
    return t;
}

static exc_term etf_tuple(etf_reader *r, size_t arity)
{
    exc_term *items = exc_alloc((arity + 1) * sizeof *items); /* GC-visible while decoding */
    for (size_t i = 0; i < arity; i++) items[i] = etf_term(r);
    exc_term t = exc_tuple_from_array(items, arity);
    return t;
}

static exc_term etf_list(etf_reader *r)
{
    size_t n = (size_t)etf_be(r, 4);
    exc_term *items = exc_alloc((n + 1) * sizeof *items);
    for (size_t i = 0; i < n; i++) items[i] = etf_term(r);
    exc_term tail = etf_term(r);
    exc_term t = exc_list_from_array_tail(items, n, tail);
    return t;
}

static exc_term etf_map(etf_reader *r)
{
    size_t n = (size_t)etf_be(r, 4);
    exc_term *k = exc_alloc((n + 1) * sizeof *k), *v = exc_alloc((n + 1) * sizeof *v);
    for (size_t i = 0; i < n; i++) {
        k[i] = etf_term(r);
        v[i] = etf_term(r);
    }
    exc_term t = exc_map_from_arrays(k, v, n);
    return t;
}

/* STRING_EXT: a list of bytes. */
static exc_term etf_string(etf_reader *r)
{
    size_t n = (size_t)etf_be(r, 2);
    const uint8_t *s = etf_bytes(r, n);
    if (!s) return EXC_NONE;
    exc_term t = EXC_NIL_LIST;
    for (size_t i = n; i-- > 0;) t = exc_cons(exc_small(s[i]), t);
    return t;
}

static exc_term etf_float(etf_reader *r)
{
    uint64_t bits = etf_be(r, 8);
    double d;
    memcpy(&d, &bits, sizeof d);
    return exc_float(d);
}

/* NEW_PID_EXT / PID_EXT: node, id, serial, creation; exc pids are the id. */
static exc_term etf_pid(etf_reader *r, int creation_bytes)
{
    etf_term(r); /* node */
    uint64_t id = etf_be(r, 4);
    etf_be(r, 4);
    etf_be(r, creation_bytes);
    return exc_pid_from_serial(id);
}

/* NEWER_REFERENCE_EXT: exc shows #Reference<0.A.B.C> from a 64-bit id laid out as
** A << 50 | B << 18 | C (see inspect.c); rebuild that id from BEAM's words. */
static exc_term etf_ref(etf_reader *r, int creation_bytes)
{
    size_t n = (size_t)etf_be(r, 2);
    etf_term(r); /* node */
    etf_be(r, creation_bytes);
    uint64_t w[5] = {0};
    for (size_t i = 0; i < n; i++) {
        uint64_t x = etf_be(r, 4);
        if (i < 5) w[i] = x;
    }
    exc_term ref = exc_make_ref();
    exc_boxed_ptr(ref)[1] = (w[2] << 50) | (w[1] << 18) | w[0];
    return ref;
}

static exc_term etf_bit_binary(etf_reader *r)
{
    size_t n = (size_t)etf_be(r, 4);
    unsigned bits = (unsigned)etf_be(r, 1);
    const uint8_t *d = etf_bytes(r, n);
    if (!d) return EXC_NONE;
    return exc_bitstring(d, n == 0 ? 0 : (uint64_t)(n - 1) * 8 + bits);
}

static exc_term etf_term(etf_reader *r)
{
    if (r->error) return EXC_NONE;
    switch (etf_be(r, 1)) {
    case 97: return exc_small((int64_t)etf_be(r, 1));                 /* SMALL_INTEGER */
    case 98: return exc_small((int32_t)(uint32_t)etf_be(r, 4));       /* INTEGER */
    case 70: return etf_float(r);                                     /* NEW_FLOAT */
    case 118: return etf_atom(r, 2);                                  /* ATOM_UTF8 */
    case 119: return etf_atom(r, 1);                                  /* SMALL_ATOM_UTF8 */
    case 100: return etf_latin1_atom(r, 2);                           /* ATOM (latin1) */
    case 115: return etf_latin1_atom(r, 1);                           /* SMALL_ATOM */
    case 104: return etf_tuple(r, (size_t)etf_be(r, 1));              /* SMALL_TUPLE */
    case 105: return etf_tuple(r, (size_t)etf_be(r, 4));              /* LARGE_TUPLE */
    case 106: return EXC_NIL_LIST;                                    /* NIL */
    case 107: return etf_string(r);                                   /* STRING */
    case 108: return etf_list(r);                                     /* LIST */
    case 116: return etf_map(r);                                      /* MAP */
    case 109: {                                                       /* BINARY */
        size_t n = (size_t)etf_be(r, 4);
        const uint8_t *d = etf_bytes(r, n);
        return d ? exc_binary(d, n) : EXC_NONE;
    }
    case 77: return etf_bit_binary(r);                                /* BIT_BINARY */
    case 110: return etf_big(r, 1);                                   /* SMALL_BIG */
    case 111: return etf_big(r, 4);                                   /* LARGE_BIG */
    case 88: return etf_pid(r, 4);                                    /* NEW_PID */
    case 103: return etf_pid(r, 1);                                   /* PID */
    case 90: return etf_ref(r, 4);                                    /* NEWER_REFERENCE */
    default: r->error = 1; return EXC_NONE;
    }
}

/* Decodes term_to_binary output (starting with the version byte 131). */
static exc_term etf_decode(const uint8_t *data, size_t len)
{
    etf_reader r = {data, data + len, 0};
    if (etf_be(&r, 1) != 131) return EXC_NONE;
    exc_term t = etf_term(&r);
    return r.error ? EXC_NONE : t;
}

#endif

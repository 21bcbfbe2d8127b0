/* Binaries and bitstrings: fresh ones carry their bytes inline in one atomic block;
** slices are small boxes that point into another binary's bytes (never copied). */
#include "term_internal.h"

#include <string.h>

#include "exc/alloc.h"

static exc_binary_box *as_bin(exc_term t) { return (exc_binary_box *)exc_boxed_ptr(t); }
static size_t bytes_for(uint64_t nbits) { return (size_t)((nbits + 7) >> 3); }

/* The box at MEM of a bitstring of nbits whose bytes follow it inline. */
static exc_binary_box *inline_box(void *mem, uint64_t nbits)
{
    exc_binary_box *b = mem;
    b->header = exc_header(2, EXC_T_BINARY);
    b->nbits = nbits;
    b->data = (const uint8_t *)(b + 1);
    return b;
}

/* A fresh bitstring of nbits with its bytes inline, zero padding in the last byte. */
static exc_binary_box *fresh(uint64_t nbits)
{
    size_t n = bytes_for(nbits);
    exc_binary_box *b = inline_box(exc_alloc_atomic(sizeof *b + (n ? n : 1)), nbits);
    if (n) ((uint8_t *)(b + 1))[n - 1] = 0;
    return b;
}

static exc_term from_ptr(exc_binary_box *b) { return (exc_term)(uintptr_t)b; }

exc_term exc_binary_new(size_t len, uint8_t **data)
{
    exc_binary_box *b = fresh((uint64_t)len << 3);
    *data = (uint8_t *)(b + 1);
    return from_ptr(b);
}

size_t exc_binary_words(size_t len)
{
    return (sizeof(exc_binary_box) + len + sizeof(exc_term) - 1) / sizeof(exc_term);
}

exc_term exc_binary_at(void *mem, const void *bytes, size_t len)
{
    exc_binary_box *b = inline_box(mem, (uint64_t)len << 3);
    if (len) memcpy(b + 1, bytes, len);
    return from_ptr(b);
}

exc_term exc_binary(const void *bytes, size_t len)
{
    uint8_t *d;
    exc_term t = exc_binary_new(len, &d);
    if (len) memcpy(d, bytes, len);
    return t;
}

exc_term exc_binary_cstr(const char *s) { return exc_binary(s, strlen(s)); }

/* Clears the bits after the first nbits of the last byte. */
static void zero_padding(uint8_t *d, uint64_t nbits)
{
    if (nbits & 7) d[nbits >> 3] &= (uint8_t)(0xFF << (8 - (nbits & 7)));
}

int exc_bitstring_bit(exc_term bits, uint64_t i)
{
    return (exc_binary_data(bits)[i >> 3] >> (7 - (i & 7))) & 1;
}

/* Copies n bits from src at bit soff to dst at bit doff; dst bits beyond are kept. */
static void copy_bits(uint8_t *dst, uint64_t doff, const uint8_t *src, uint64_t soff,
                      uint64_t n)
{
    if ((doff & 7) == 0 && (soff & 7) == 0) {
        memcpy(dst + (doff >> 3), src + (soff >> 3), (size_t)(n >> 3));
        doff += n & ~(uint64_t)7;
        soff += n & ~(uint64_t)7;
        n &= 7;
    }
    for (uint64_t i = 0; i < n; i++) {
        int bit = (src[(soff + i) >> 3] >> (7 - ((soff + i) & 7))) & 1;
        uint8_t mask = (uint8_t)(0x80 >> ((doff + i) & 7));
        uint8_t *d = &dst[(doff + i) >> 3];
        *d = bit ? (uint8_t)(*d | mask) : (uint8_t)(*d & ~mask);
    }
}

exc_term exc_bitstring(const void *bytes, uint64_t nbits)
{
    exc_binary_box *b = fresh(nbits);
    uint8_t *d = (uint8_t *)(b + 1);
    if (nbits) memcpy(d, bytes, bytes_for(nbits));
    zero_padding(d, nbits);
    return from_ptr(b);
}

exc_term exc_bitstring_slice(exc_term bits, uint64_t bitoff, uint64_t nbits)
{
    uint64_t total = as_bin(bits)->nbits;
    if (bitoff > total || nbits > total - bitoff) return EXC_NONE;
    if (nbits == total) return bits;
    if (nbits == 0) return exc_binary(NULL, 0);
    if (bitoff & 7) {
        exc_binary_box *b = fresh(nbits);
        copy_bits((uint8_t *)(b + 1), 0, as_bin(bits)->data, bitoff, nbits);
        zero_padding((uint8_t *)(b + 1), nbits);
        return from_ptr(b);
    }
    exc_binary_box *s = exc_alloc(sizeof *s);
    s->header = exc_header(2, EXC_T_BINARY);
    s->nbits = nbits;
    s->data = as_bin(bits)->data + (bitoff >> 3);
    return from_ptr(s);
}

exc_term exc_binary_slice(exc_term bin, size_t offset, size_t len)
{
    return exc_bitstring_slice(bin, (uint64_t)offset << 3, (uint64_t)len << 3);
}

exc_term exc_bitstring_concat(exc_term a, exc_term b)
{
    uint64_t na = as_bin(a)->nbits, nb = as_bin(b)->nbits;
    if (nb == 0) return a;
    if (na == 0) return b;
    exc_binary_box *r = fresh(na + nb);
    uint8_t *d = (uint8_t *)(r + 1);
    copy_bits(d, 0, as_bin(a)->data, 0, na);
    copy_bits(d, na, as_bin(b)->data, 0, nb);
    zero_padding(d, na + nb);
    return from_ptr(r);
}

/* excstd_bits.c: construction and matching of <<>> segments with every type
** specifier of Elixir (integer, float, binary, bitstring, utf8/16/32; signed,
** big/little/native endianness, size and unit). The compiler parses a segment's
** specifiers into one flags word (compiler/bitspec.c, layout in excstd.h); a size
** is counted in units. Semantics and error messages are Erlang/OTP 25's, as Elixir
** 1.14 prints them: little-endian integers whose size is not a multiple of 8 put
** the whole low bytes first and the remaining high bits last. */
#include "excstd.h"

#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "exc/error.h"
#include "exc/kernel.h"

/* ---- a bit writer --------------------------------------------------------- */

typedef struct {
    uint8_t *buf;
    uint64_t bits; /* written so far */
    size_t cap;    /* bytes */
} Writer;

static void w_reserve(Writer *w, uint64_t more)
{
    size_t need = (size_t)((w->bits + more + 7) / 8);
    if (need <= w->cap) return;
    size_t cap = w->cap ? w->cap * 2 : 64;
    while (cap < need) cap *= 2;
    w->buf = realloc(w->buf, cap);
    if (!w->buf) abort();
    memset(w->buf + w->cap, 0, cap - w->cap);
    w->cap = cap;
}

/* Appends nbits bits of src starting at bit `off` (MSB-first). */
static void w_put(Writer *w, const uint8_t *src, uint64_t off, uint64_t nbits)
{
    w_reserve(w, nbits);
    if ((w->bits & 7) == 0 && (off & 7) == 0) {
        memcpy(w->buf + w->bits / 8, src + off / 8, (size_t)(nbits / 8));
        w->bits += nbits & ~(uint64_t)7;
        off += nbits & ~(uint64_t)7;
        nbits &= 7;
    }
    for (uint64_t k = 0; k < nbits; k++, off++, w->bits++)
        if (src[off / 8] & (0x80 >> (off % 8)))
            w->buf[w->bits / 8] |= (uint8_t)(0x80 >> (w->bits % 8));
}

/* ---- errors ------------------------------------------------------------------ */

static const char *type_name(int flags)
{
    switch (flags & EXCSTD_BT_MASK) {
    case EXCSTD_BT_FLOAT: return "float";
    case EXCSTD_BT_BIN: case EXCSTD_BT_BITS: return "binary";
    case EXCSTD_BT_UTF8: return "utf8";
    case EXCSTD_BT_UTF16: return "utf16";
    case EXCSTD_BT_UTF32: return "utf32";
    default: return "integer";
    }
}

/* ArgumentError "construction of binary failed: segment I of type 'T': <what><v><after>". */
static EXC_NORETURN void seg_error(Writer *w, int i, int flags, const char *what, exc_term v,
                                   const char *after)
{
    free(w->buf);
    exc_term parts[6] = {exc_binary_cstr("construction of binary failed: segment "), exc_small(i + 1),
                         exc_binary_cstr(" of type '"), exc_binary_cstr(type_name(flags)),
                         exc_binary_cstr("': "), exc_binary_cstr(what)};
    exc_term msg = exc_k_interpolate(parts, 6);
    if (v != EXC_NONE) {
        exc_term rest[3] = {msg, exc_k_inspect(v, EXC_NIL_LIST), exc_binary_cstr(after)};
        msg = exc_k_interpolate(rest, 3);
    }
    exc_raise_module(exc_atom("Elixir.ArgumentError"),
                     exc_cons(exc_tuple2(exc_atom("message"), msg), EXC_NIL_LIST));
}

/* A size that is not a non-negative integer. */
static EXC_NORETURN void bad_size(Writer *w, int i, int flags, exc_term size)
{
    seg_error(w, i, flags, "expected a non-negative integer as size but got: ", size, "");
}

/* ---- integers ---------------------------------------------------------------- */

/* The low nbits bits of v (two's complement) as nbytes = ceil(nbits/8) big-endian
** bytes, right-aligned: the value is below 2^nbits. Caller frees. */
static uint8_t *int_bytes(exc_term v, uint64_t nbits, size_t *nbytes)
{
    size_t n = (size_t)((nbits + 7) / 8);
    uint8_t *b = calloc(n ? n : 1, 1);
    if (!b) abort();
    *nbytes = n;
    if (exc_is_small(v) && nbits <= 64) {
        uint64_t u = (uint64_t)exc_small_val(v);
        if (nbits < 64) u &= ((uint64_t)1 << nbits) - 1;
        for (size_t k = 0; k < n; k++) b[n - 1 - k] = (uint8_t)(u >> (8 * k));
        return b;
    }
    mpz_t z, m;
    mpz_init(z);
    mpz_init(m);
    exc_integer_to_mpz(v, z);
    mpz_fdiv_r_2exp(m, z, (mp_bitcnt_t)nbits);
    /* Into our buffer: GMP's own allocation functions are the collector's here. */
    if (mpz_sgn(m) != 0) {
        size_t cnt, need = (mpz_sizeinbase(m, 2) + 7) / 8;
        mpz_export(b + n - need, &cnt, 1, 1, 1, 0, m);
    }
    mpz_clear(m);
    mpz_clear(z);
    return b;
}

static void put_int(Writer *w, exc_term v, uint64_t nbits, bool little)
{
    size_t n;
    uint8_t *b = int_bytes(v, nbits, &n);
    uint64_t pad = 8 * (uint64_t)n - nbits;
    if (!little || nbits <= 8) {
        w_put(w, b, pad, nbits);
    } else {
        /* Least significant whole bytes first, then the high bits left over. */
        for (size_t k = n; k-- > 1;) w_put(w, b + k, 0, 8);
        if (pad == 0) w_put(w, b, 0, 8);
        else w_put(w, b, pad, 8 - pad);
    }
    free(b);
}

/* ---- floats ------------------------------------------------------------------- */

/* IEEE 754 binary16 from a double, rounding to nearest even; too large -> infinity. */
static uint16_t half_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    uint16_t sign = (uint16_t)((u >> 48) & 0x8000);
    double a = fabs(d);
    if (isnan(d)) return sign | 0x7E00;
    if (a >= 65520.0) return sign | 0x7C00;
    if (a < 0x1p-25) return sign;
    int e;
    double m = frexp(a, &e); /* a = m * 2^e, m in [0.5, 1) */
    if (e < -13) { /* subnormal: units of 2^-24 */
        double q = nearbyint(ldexp(a, 24));
        return sign | (uint16_t)q;
    }
    double q = nearbyint(ldexp(m, 11)); /* 11 significant bits */
    if (q >= 2048) { q /= 2; e++; }
    int exp = e - 1 + 15;
    if (exp >= 31) return sign | 0x7C00;
    return sign | (uint16_t)(exp << 10) | (uint16_t)((uint64_t)q & 0x3FF);
}

static double half_value(uint16_t h)
{
    int exp = (h >> 10) & 31, frac = h & 0x3FF;
    double v = exp == 0 ? ldexp(frac, -24) : ldexp(frac | 0x400, exp - 25);
    if (exp == 31) v = frac ? NAN : INFINITY;
    return (h & 0x8000) ? -v : v;
}

static void put_uint_bytes(Writer *w, uint64_t u, int nbytes, bool little)
{
    uint8_t b[8];
    for (int k = 0; k < nbytes; k++)
        b[little ? k : nbytes - 1 - k] = (uint8_t)(u >> (8 * k));
    w_put(w, b, 0, 8 * (uint64_t)nbytes);
}

static void put_float(Writer *w, int i, int flags, exc_term v, exc_term size)
{
    double d;
    if (!exc_num_to_double(v, &d))
        seg_error(w, i, flags, "expected a float or an integer but got: ", v, "");
    int64_t bits = size == EXC_NONE ? 64 : exc_small_val(size) * EXCSTD_BS_UNIT(flags, 1);
    bool little = flags & EXCSTD_BS_LITTLE;
    if (bits == 64) {
        uint64_t u;
        memcpy(&u, &d, 8);
        put_uint_bytes(w, u, 8, little);
    } else if (bits == 32) {
        float f = (float)d;
        uint32_t u;
        memcpy(&u, &f, 4);
        put_uint_bytes(w, u, 4, little);
    } else if (bits == 16) {
        put_uint_bytes(w, half_bits(d), 2, little);
    } else {
        seg_error(w, i, flags, "expected one of the supported sizes 16, 32, or 64 but got: ",
                  exc_small(bits), "");
    }
}

/* ---- unicode -------------------------------------------------------------------- */

static bool valid_cp(exc_term v)
{
    if (!exc_is_small(v)) return false;
    int64_t c = exc_small_val(v);
    return c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

static void put_utf(Writer *w, int i, int flags, exc_term v)
{
    int t = flags & EXCSTD_BT_MASK;
    bool little = flags & EXCSTD_BS_LITTLE;
    if (!valid_cp(v)) {
        char what[80];
        snprintf(what, sizeof what, "expected a non-negative integer encodable as %s but got: ",
                 type_name(flags));
        seg_error(w, i, flags, what, v, "");
    }
    uint32_t c = (uint32_t)exc_small_val(v);
    if (t == EXCSTD_BT_UTF8) {
        uint8_t b[4];
        utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)c, b);
        w_put(w, b, 0, 8 * (uint64_t)k);
    } else if (t == EXCSTD_BT_UTF16) {
        if (c < 0x10000) {
            put_uint_bytes(w, c, 2, little);
        } else {
            c -= 0x10000;
            put_uint_bytes(w, 0xD800 | (c >> 10), 2, little);
            put_uint_bytes(w, 0xDC00 | (c & 0x3FF), 2, little);
        }
    } else {
        put_uint_bytes(w, c, 4, little);
    }
}

/* ---- construction ----------------------------------------------------------------- */

static void put_bits(Writer *w, int i, int flags, exc_term v, exc_term size)
{
    int t = flags & EXCSTD_BT_MASK;
    if (!exc_is_bitstring(v))
        seg_error(w, i, flags, "expected a binary but got: ", v, "");
    uint64_t have = exc_bitstring_bits(v);
    uint64_t unit = (uint64_t)EXCSTD_BS_UNIT(flags, t == EXCSTD_BT_BIN ? 8 : 1);
    uint64_t want = have;
    if (size != EXC_NONE) {
        if (!exc_is_small(size) || exc_small_val(size) < 0) bad_size(w, i, flags, size);
        want = (uint64_t)exc_small_val(size) * unit;
        if (want > have)
            seg_error(w, i, flags, "the value ", v, " is shorter than the size of the segment");
    } else if (have % unit) {
        seg_error(w, i, flags, "the size of the value ", v, " is not a multiple of the unit for the segment");
    }
    w_put(w, exc_binary_data(v), 0, want);
}

/* segs holds (value, size in units or EXC_NONE, flags) triples. */
exc_term excstd_bin_build(const exc_term *segs, int n)
{
    Writer w = {0};
    for (int i = 0; i < n; i++) {
        exc_term v = segs[3 * i], size = segs[3 * i + 1];
        int flags = (int)segs[3 * i + 2];
        switch (flags & EXCSTD_BT_MASK) {
        case EXCSTD_BT_BIN:
        case EXCSTD_BT_BITS:
            put_bits(&w, i, flags, v, size);
            break;
        case EXCSTD_BT_FLOAT:
            if (size != EXC_NONE && !exc_is_small(size)) bad_size(&w, i, flags, size);
            put_float(&w, i, flags, v, size);
            break;
        case EXCSTD_BT_UTF8:
        case EXCSTD_BT_UTF16:
        case EXCSTD_BT_UTF32:
            put_utf(&w, i, flags, v);
            break;
        default: {
            if (!exc_is_integer(v)) seg_error(&w, i, flags, "expected an integer but got: ", v, "");
            if (size != EXC_NONE && (!exc_is_small(size) || exc_small_val(size) < 0))
                bad_size(&w, i, flags, size);
            uint64_t bits = size == EXC_NONE ? 8 : (uint64_t)exc_small_val(size) * (uint64_t)EXCSTD_BS_UNIT(flags, 1);
            put_int(&w, v, bits, flags & EXCSTD_BS_LITTLE);
        }
        }
    }
    exc_term r = exc_bitstring(w.buf ? w.buf : (uint8_t *)"", w.bits);
    free(w.buf);
    return r;
}

/* ---- matching --------------------------------------------------------------------- */

/* nbits bits of b from its start into nbytes = ceil(nbits/8) bytes, right-aligned
** (a big-endian unsigned number below 2^nbits). */
static void get_bits(exc_term b, uint64_t nbits, uint8_t *out, size_t nbytes)
{
    const uint8_t *d = exc_binary_data(b);
    uint64_t pad = 8 * (uint64_t)nbytes - nbits;
    memset(out, 0, nbytes);
    if (pad == 0) {
        memcpy(out, d, nbytes);
        return;
    }
    for (uint64_t k = 0; k < nbits; k++)
        if (d[k / 8] & (0x80 >> (k % 8)))
            out[(pad + k) / 8] |= (uint8_t)(0x80 >> ((pad + k) % 8));
}

static exc_term take_int(exc_term b, uint64_t nbits, int flags)
{
    size_t n = (size_t)((nbits + 7) / 8);
    uint8_t small[9], *buf = n <= sizeof small ? small : malloc(n);
    if (!buf) abort();
    if (!(flags & EXCSTD_BS_LITTLE) || nbits <= 8) {
        if (n) get_bits(b, nbits, buf, n);
    } else {
        /* Stream order: whole bytes least significant first, then the high bits (the
        ** first bits of the last, partial byte); b starts on a byte boundary. */
        const uint8_t *d = exc_binary_data(b);
        size_t whole = (size_t)(nbits / 8);
        unsigned rem = (unsigned)(nbits % 8);
        for (size_t k = 0; k < whole; k++) buf[n - 1 - k] = d[k];
        if (rem) buf[0] = (uint8_t)(d[whole] >> (8 - rem));
    }
    exc_term r;
    bool neg = (flags & EXCSTD_BS_SIGNED) && nbits > 0 &&
               (buf[0] & (0x80 >> (8 * n - nbits))) != 0;
    if (nbits <= 64) {
        uint64_t u = 0;
        for (size_t k = 0; k < n; k++) u = (u << 8) | buf[k];
        if (neg && nbits < 64) u |= ~(((uint64_t)1 << nbits) - 1); /* sign-extend */
        r = neg ? exc_integer_from_i64((int64_t)u) : exc_integer_from_u64(u);
    } else {
        mpz_t z;
        mpz_init(z);
        mpz_import(z, n, 1, 1, 1, 0, buf);
        if (neg) {
            mpz_t p;
            mpz_init(p);
            mpz_ui_pow_ui(p, 2, (unsigned long)nbits);
            mpz_sub(z, z, p);
            mpz_clear(p);
        }
        r = exc_integer_from_mpz(z);
        mpz_clear(z);
    }
    if (buf != small) free(buf);
    return r;
}

static uint64_t load_uint(const uint8_t *d, int nbytes, bool little)
{
    uint64_t u = 0;
    for (int k = 0; k < nbytes; k++) u = (u << 8) | d[little ? nbytes - 1 - k : k];
    return u;
}

static exc_term take_float(exc_term b, uint64_t nbits, int flags)
{
    bool little = flags & EXCSTD_BS_LITTLE;
    const uint8_t *p = exc_binary_data(b);
    double d;
    if (nbits == 64) {
        uint64_t u = load_uint(p, 8, little);
        memcpy(&d, &u, 8);
    } else if (nbits == 32) {
        uint32_t u = (uint32_t)load_uint(p, 4, little);
        float f;
        memcpy(&f, &u, 4);
        d = f;
    } else if (nbits == 16) {
        d = half_value((uint16_t)load_uint(p, 2, little));
    } else {
        return EXC_NONE;
    }
    if (!isfinite(d)) return EXC_NONE; /* Erlang has no NaN or infinity: no match */
    return exc_float(d);
}

/* One code point off the front of b (byte-aligned); *len gets its size in bytes. */
static exc_term take_utf(exc_term b, int flags, size_t *len)
{
    const uint8_t *d = exc_binary_data(b);
    size_t n = exc_binary_size(b);
    int t = flags & EXCSTD_BT_MASK;
    bool little = flags & EXCSTD_BS_LITTLE;
    int64_t c;
    if (t == EXCSTD_BT_UTF8) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(d, (utf8proc_ssize_t)n, &cp);
        if (k <= 0) return EXC_NONE; /* invalid, overlong, surrogate or empty */
        c = cp;
        *len = (size_t)k;
    } else if (t == EXCSTD_BT_UTF16) {
        if (n < 2) return EXC_NONE;
        c = (int64_t)load_uint(d, 2, little);
        *len = 2;
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (n < 4) return EXC_NONE;
            int64_t lo = (int64_t)load_uint(d + 2, 2, little);
            if (lo < 0xDC00 || lo > 0xDFFF) return EXC_NONE;
            c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
            *len = 4;
        }
    } else {
        if (n < 4) return EXC_NONE;
        c = (int64_t)load_uint(d, 4, little);
        *len = 4;
    }
    exc_term v = exc_small(c);
    return valid_cp(v) ? v : EXC_NONE;
}

/* Takes one segment off *cur for a binary pattern; EXC_NONE when it does not fit. */
exc_term excstd_bin_take(exc_term *cur, exc_term size, int flags)
{
    exc_term b = *cur;
    uint64_t have = exc_bitstring_bits(b);
    int t = flags & EXCSTD_BT_MASK;
    if (size != EXC_NONE && (!exc_is_small(size) || exc_small_val(size) < 0)) return EXC_NONE;
    if (t == EXCSTD_BT_UTF8 || t == EXCSTD_BT_UTF16 || t == EXCSTD_BT_UTF32) {
        if (have & 7) return EXC_NONE;
        size_t len = 0;
        exc_term c = take_utf(b, flags, &len);
        if (c == EXC_NONE) return EXC_NONE;
        *cur = exc_binary_slice(b, len, exc_binary_size(b) - len);
        return c;
    }
    uint64_t want;
    if (t == EXCSTD_BT_BIN || t == EXCSTD_BT_BITS) {
        uint64_t unit = (uint64_t)EXCSTD_BS_UNIT(flags, t == EXCSTD_BT_BIN ? 8 : 1);
        if (size == EXC_NONE) {
            if (have % unit) return EXC_NONE;
            want = have;
        } else {
            want = (uint64_t)exc_small_val(size) * unit;
        }
    } else {
        int64_t dflt = t == EXCSTD_BT_FLOAT ? 64 : 8;
        want = size == EXC_NONE ? (uint64_t)dflt
                                : (uint64_t)exc_small_val(size) * (uint64_t)EXCSTD_BS_UNIT(flags, 1);
    }
    if (want > have) return EXC_NONE;
    exc_term v;
    if (t == EXCSTD_BT_BIN || t == EXCSTD_BT_BITS) v = exc_bitstring_slice(b, 0, want);
    else if (t == EXCSTD_BT_FLOAT) v = take_float(b, want, flags);
    else v = take_int(b, want, flags);
    if (v == EXC_NONE) return EXC_NONE;
    *cur = exc_bitstring_slice(b, want, have - want);
    return v;
}

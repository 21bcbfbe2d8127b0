/* Binaries and bitstrings: construction, slices sharing bytes, bit-level slices and
** concatenation, comparison ignoring padding bits. */
#include "check.h"
#include "exc.h"

static void init(void) { exc_gc_init(); }
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(binary_copy)
{
    char buf[] = "hello";
    exc_term b = exc_binary(buf, 5);
    buf[0] = 'j';
    CHECK(exc_is_binary(b) && exc_is_bitstring(b));
    CHECK(exc_binary_size(b) == 5 && memcmp(exc_binary_data(b), "hello", 5) == 0);
    CHECK(exc_bitstring_bits(b) == 40);
    CHECK(exc_eq_exact(b, exc_binary_cstr("hello")));
}

TEST(binary_empty)
{
    exc_term e = exc_binary(NULL, 0);
    CHECK(exc_is_binary(e) && exc_binary_size(e) == 0);
    CHECK(exc_eq_exact(e, exc_binary_cstr("")));
}

TEST(binary_new_writable)
{
    uint8_t *d;
    exc_term b = exc_binary_new(3, &d);
    memcpy(d, "xyz", 3);
    CHECK(exc_eq_exact(b, exc_binary_cstr("xyz")));
}

TEST(slice_shares_bytes)
{
    exc_term b = exc_binary_cstr("hello world");
    exc_term s = exc_binary_slice(b, 6, 5);
    CHECK(exc_binary_data(s) == exc_binary_data(b) + 6);
    CHECK(exc_eq_exact(s, exc_binary_cstr("world")));
    CHECK(exc_binary_slice(b, 0, 11) == b);
    CHECK(exc_binary_slice(b, 6, 6) == EXC_NONE);
    CHECK(exc_binary_slice(b, 12, 0) == EXC_NONE);
    CHECK(exc_binary_size(exc_binary_slice(b, 11, 0)) == 0);
}

TEST(slice_keeps_parent_alive)
{
    exc_term s = exc_binary_slice(exc_binary_cstr("some bytes that live on"), 5, 5);
    for (int i = 0; i < 10000; i++) exc_binary_cstr("garbage garbage garbage");
    exc_gc_collect();
    CHECK(memcmp(exc_binary_data(s), "bytes", 5) == 0);
}

TEST(bitstring_basics)
{
    uint8_t v = 0xA0; /* bits 101 */
    exc_term b = exc_bitstring(&v, 3);
    CHECK(exc_is_bitstring(b) && !exc_is_binary(b));
    CHECK(exc_bitstring_bits(b) == 3 && exc_binary_size(b) == 0);
    CHECK(exc_bitstring_bit(b, 0) == 1 && exc_bitstring_bit(b, 1) == 0 && exc_bitstring_bit(b, 2) == 1);
    uint8_t w = 0xBF; /* same first 3 bits, different padding */
    CHECK(exc_eq_exact(b, exc_bitstring(&w, 3)));
}

TEST(bitstring_unaligned_slice)
{
    uint8_t bytes[] = {0x12, 0x34, 0x56};
    exc_term b = exc_binary(bytes, 3);
    /* bits 4..20 of 0001 0010 0011 0100 0101 0110 = 0010 0011 0100 0101 */
    exc_term s = exc_bitstring_slice(b, 4, 16);
    CHECK(exc_is_binary(s) && exc_binary_size(s) == 2);
    CHECK(exc_binary_data(s)[0] == 0x23 && exc_binary_data(s)[1] == 0x45);
    exc_term t = exc_bitstring_slice(b, 3, 5); /* 10010 */
    uint8_t want = 0x90;
    CHECK(exc_eq_exact(t, exc_bitstring(&want, 5)));
    CHECK(exc_bitstring_slice(b, 20, 5) == EXC_NONE);
}

TEST(concat_binaries_and_bits)
{
    exc_term ab = exc_bitstring_concat(exc_binary_cstr("ab"), exc_binary_cstr("cd"));
    CHECK(exc_eq_exact(ab, exc_binary_cstr("abcd")));
    uint8_t one = 0x80, bits = 0xE0; /* <<1::1>> and <<7::3>> */
    exc_term x = exc_bitstring_concat(exc_bitstring(&one, 1), exc_binary_cstr("A")); /* 1 01000001 */
    CHECK(exc_bitstring_bits(x) == 9);
    CHECK(exc_binary_data(x)[0] == 0xA0 && (exc_binary_data(x)[1] & 0x80) == 0x80);
    exc_term y = exc_bitstring_concat(exc_bitstring(&bits, 3), exc_bitstring(&bits, 3)); /* 111111 */
    uint8_t want = 0xFC;
    CHECK(exc_eq_exact(y, exc_bitstring(&want, 6)));
    CHECK(exc_bitstring_concat(exc_binary(NULL, 0), y) == y);
}

TEST(binary_order)
{
    CHECK(exc_compare(exc_binary_cstr("abc"), exc_binary_cstr("abd")) < 0);
    CHECK(exc_compare(exc_binary_cstr("ab"), exc_binary_cstr("abc")) < 0);
    CHECK(exc_compare(exc_binary_cstr("b"), exc_binary_cstr("abc")) > 0);
    CHECK(exc_compare(exc_binary_cstr(""), exc_small(1)) > 0);
}

TEST_MAIN()

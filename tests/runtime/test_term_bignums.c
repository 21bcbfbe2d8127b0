/* Bignums: construction, normalisation to small integers, GMP access, text. */
#include "check.h"
#include "exc.h"

#include <math.h>

#include "term_arith_ref.h"

static void init(void)
{
    exc_gc_init();
    exc_term_init();
}
__attribute__((constructor)) static void set_init(void) { check_setup = init; }

TEST(from_i64_boundaries)
{
    CHECK(exc_integer_from_i64(EXC_SMALL_MAX) == exc_small(EXC_SMALL_MAX));
    CHECK(exc_integer_from_i64(EXC_SMALL_MIN) == exc_small(EXC_SMALL_MIN));
    CHECK(exc_is_bignum(exc_integer_from_i64(EXC_SMALL_MAX + 1)));
    CHECK(exc_is_bignum(exc_integer_from_i64(EXC_SMALL_MIN - 1)));
    CHECK(exc_is_bignum(exc_integer_from_i64(INT64_MIN)));
    CHECK(exc_is_bignum(exc_integer_from_u64(UINT64_MAX)));
    CHECK(exc_integer_from_u64(5) == exc_small(5));
}

TEST(to_i64)
{
    int64_t v;
    CHECK(exc_integer_to_i64(exc_integer_from_i64(INT64_MIN), &v) && v == INT64_MIN);
    CHECK(exc_integer_to_i64(exc_small(-3), &v) && v == -3);
    CHECK(!exc_integer_to_i64(exc_integer_from_u64(UINT64_MAX), &v));
    CHECK(!exc_integer_to_i64(EXC_A_nil, &v));
}

TEST(from_str_any_size_and_base)
{
    exc_term big = exc_integer_from_str("123_456_789_012_345_678_901_234_567_890", 10);
    CHECK(exc_is_bignum(big));
    CHECK(strcmp(exc_integer_to_str(big, 10), "123456789012345678901234567890") == 0);
    CHECK(exc_integer_from_str("-42", 10) == exc_small(-42));
    CHECK(exc_integer_from_str("+42", 10) == exc_small(42));
    CHECK(exc_integer_from_str("ff", 16) == exc_small(255));
    CHECK(exc_integer_from_str("FF", 16) == exc_small(255));
    CHECK(exc_integer_from_str("101", 2) == exc_small(5));
    CHECK(exc_integer_from_str("777", 8) == exc_small(511));
    CHECK(exc_integer_from_str("", 10) == EXC_NONE);
    CHECK(exc_integer_from_str("-", 10) == EXC_NONE);
    CHECK(exc_integer_from_str("12a", 10) == EXC_NONE);
    CHECK(exc_integer_from_str("2", 2) == EXC_NONE);
    CHECK(exc_integer_from_str("1", 1) == EXC_NONE);
}

TEST(parse_strict)
{
    CHECK(exc_integer_parse("123", 3, 10) == exc_small(123));
    CHECK(exc_integer_parse("-7f", 3, 16) == exc_small(-127));
    CHECK(exc_integer_parse("1234", 2, 10) == exc_small(12)); /* length-bounded */
    CHECK(exc_integer_parse("1_000", 5, 10) == EXC_NONE);
    CHECK(exc_integer_parse(" 1", 2, 10) == EXC_NONE);
    CHECK(exc_integer_parse("+", 1, 10) == EXC_NONE);
    CHECK(exc_integer_parse("", 0, 10) == EXC_NONE);
    CHECK(exc_is_bignum(exc_integer_parse("99999999999999999999", 20, 10)));
}

TEST(to_str_bases)
{
    CHECK(strcmp(exc_integer_to_str(exc_small(255), 16), "ff") == 0);
    CHECK(strcmp(exc_integer_to_str(exc_small(255), -16), "FF") == 0);
    CHECK(strcmp(exc_integer_to_str(exc_small(-5), 2), "-101") == 0);
    CHECK(strcmp(exc_integer_to_str(exc_integer_from_str("-18446744073709551616", 10), 16),
                 "-10000000000000000") == 0);
}

TEST(mpz_roundtrip_normalises)
{
    mpz_t z;
    mpz_init_set_str(z, "100000000000000000000000", 10);
    exc_term t = exc_integer_from_mpz(z);
    CHECK(exc_is_bignum(t) && mpz_cmp(exc_bignum_mpz(t), z) == 0);
    mpz_set_si(z, -12);
    CHECK(exc_integer_from_mpz(z) == exc_small(-12));
    mpz_t out;
    mpz_init(out);
    exc_integer_to_mpz(t, out);
    CHECK(mpz_cmp(out, exc_bignum_mpz(t)) == 0);
    exc_integer_to_mpz(exc_small(-7), out);
    CHECK(mpz_cmp_si(out, -7) == 0);
}

TEST(arithmetic_back_to_small)
{
    exc_term big = exc_integer_from_str("4611686018427387904", 10); /* 2^62 */
    CHECK(exc_is_bignum(big));
    CHECK(exc_int_sub(big, exc_small(1)) == exc_small(EXC_SMALL_MAX));
    CHECK(exc_int_div(big, exc_small(2)) == exc_small((int64_t)1 << 61));
    CHECK(exc_int_sub(big, big) == exc_small(0));
    CHECK(exc_integer_sign(big) == 1 && exc_integer_sign(exc_int_neg(big)) == -1);
}

TEST(bignum_limbs_survive_collection)
{
    exc_term f = exc_small(1);
    for (int i = 1; i <= 300; i++) f = exc_int_mul(f, exc_small(i)); /* 300! */
    char *before = exc_integer_to_str(f, 10);
    size_t len = strlen(before);
    char *copy = malloc(len + 1);
    memcpy(copy, before, len + 1);
    for (int i = 0; i < 2000; i++) exc_int_mul(f, exc_small(i)); /* garbage */
    exc_gc_collect();
    CHECK(strcmp(exc_integer_to_str(f, 10), copy) == 0);
    CHECK(len == 615);
    free(copy);
}

TEST(pow_large)
{
    exc_term p = exc_int_pow(exc_small(2), exc_small(100));
    CHECK(strcmp(exc_integer_to_str(p, 10), "1267650600228229401496703205376") == 0);
    CHECK(exc_int_pow(exc_small(-1), exc_integer_from_str("100000000000000000001", 10)) == exc_small(-1));
    CHECK(exc_int_pow(exc_small(0), exc_small(0)) == exc_small(1));
}

TEST(trunc_of_doubles_matches_elixir)
{
    for (size_t i = 0; i < sizeof trunc_cases / sizeof trunc_cases[0]; i++) {
        exc_term t = exc_integer_from_double(strtod(trunc_cases[i][0], NULL));
        CHECK(exc_eq_exact(t, exc_integer_from_str(trunc_cases[i][1], 10)));
    }
    CHECK(exc_integer_from_double(INFINITY) == EXC_NONE);
    CHECK(exc_integer_from_double(NAN) == EXC_NONE);
}

TEST_MAIN()

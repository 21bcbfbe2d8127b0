/* excstd_natives.c: the Erlang-style natives the Elixir-language stdlib calls
** (stdlib/NATIVES.md): :lists, :maps, :binary, :os, :rand and exc's own :exc.str_*
** (Unicode through utf8proc). */
#include "excstd.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>

#include "exc/error.h"
#include "exc/kernel.h"

exc_term excstd_keyfind(exc_term key, exc_term pos, exc_term list)
{
    if (!exc_is_small(pos) || exc_small_val(pos) < 1 || !exc_is_list(list))
        exc_error_bif("keyfind", 3, (exc_term[]){key, pos, list});
    uint64_t i = (uint64_t)exc_small_val(pos) - 1;
    for (; exc_is_cons(list); list = exc_tl(list)) {
        exc_term t = exc_hd(list);
        if (exc_is_tuple(t) && exc_tuple_arity(t) > i && exc_eq(exc_tuple_elems(t)[i], key))
            return t;
    }
    return EXC_A_false;
}

exc_term excstd_map_take(exc_term key, exc_term map)
{
    if (!exc_is_map(map)) exc_error_badmap(map);
    exc_term v = exc_map_get(map, key);
    if (v == EXC_NONE) return EXC_A(error);
    return exc_tuple2(v, exc_map_delete(map, key));
}

/* :binary.match/2: leftmost match, the longest pattern among those at that spot. */
exc_term excstd_binary_match(exc_term subject, exc_term pattern)
{
    exc_term pats = exc_is_list(pattern) ? pattern : exc_cons(pattern, EXC_NIL_LIST);
    if (!exc_is_binary(subject) || pats == EXC_NIL_LIST)
        exc_error_bif("match", 2, (exc_term[]){subject, pattern});
    for (exc_term l = pats; exc_is_cons(l); l = exc_tl(l))
        if (!exc_is_binary(exc_hd(l)) || exc_binary_size(exc_hd(l)) == 0)
            exc_error_bif("match", 2, (exc_term[]){subject, pattern});
    const uint8_t *s = exc_binary_data(subject);
    size_t n = exc_binary_size(subject);
    for (size_t i = 0; i < n; i++) {
        size_t best = 0;
        for (exc_term l = pats; exc_is_cons(l); l = exc_tl(l)) {
            size_t m = exc_binary_size(exc_hd(l));
            if (m <= n - i && m > best && memcmp(s + i, exc_binary_data(exc_hd(l)), m) == 0)
                best = m;
        }
        if (best)
            return exc_tuple2(exc_small((int64_t)i), exc_small((int64_t)best));
    }
    return exc_atom("nomatch");
}

exc_term excstd_binary_copy(exc_term bin, exc_term n)
{
    if (!exc_is_binary(bin) || !exc_is_small(n) || exc_small_val(n) < 0)
        exc_error_bif("copy", 2, (exc_term[]){bin, n});
    size_t len = exc_binary_size(bin), k = (size_t)exc_small_val(n);
    uint8_t *d;
    exc_term r = exc_binary_new(len * k, &d);
    for (size_t i = 0; i < k; i++)
        memcpy(d + i * len, exc_binary_data(bin), len);
    return r;
}

/* :os.system_time/0 (native unit: nanoseconds here) and /1 with a unit atom. */
exc_term excstd_os_time(exc_term unit)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    if (unit == exc_atom("second")) return exc_integer_from_i64(ns / 1000000000);
    if (unit == exc_atom("millisecond")) return exc_integer_from_i64(ns / 1000000);
    if (unit == exc_atom("microsecond")) return exc_integer_from_i64(ns / 1000);
    return exc_integer_from_i64(ns);
}

/* :rand.uniform/0,1 (xorshift per thread; not Erlang's exs1024 stream). */
static __thread uint64_t rnd;
static uint64_t next_rand(void)
{
    if (!rnd) rnd = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull | 1;
    rnd ^= rnd << 13, rnd ^= rnd >> 7, rnd ^= rnd << 17;
    return rnd;
}

exc_term excstd_rand_uniform(exc_term n)
{
    if (n == EXC_NONE) return exc_float((double)(next_rand() >> 11) / 9007199254740992.0);
    if (!exc_is_small(n) || exc_small_val(n) < 1) exc_error_bif("uniform", 1, &n);
    return exc_small((int64_t)(next_rand() % (uint64_t)exc_small_val(n)) + 1);
}

exc_term excstd_getenv(exc_term name)
{
    if (!exc_is_binary(name)) exc_error_badarg();
    char *z = exc_alloc_atomic(exc_binary_size(name) + 1);
    memcpy(z, exc_binary_data(name), exc_binary_size(name));
    z[exc_binary_size(name)] = 0;
    const char *v = getenv(z);
    return v ? exc_binary_cstr(v) : EXC_A_nil;
}

/* ---- Unicode (utf8proc) ---- */

/* String.fn/1 on a non-binary: FunctionClauseError, as Elixir's guards raise. */
static void need_str(exc_term s, const char *fn)
{
    if (!exc_is_binary(s))
        exc_error_function_clause(exc_atom("Elixir.String"), exc_atom(fn), exc_cons(s, EXC_NIL_LIST));
}

/* Extended grapheme clusters; an invalid byte is its own grapheme. */
exc_term excstd_u_graphemes(exc_term s)
{
    need_str(s, "graphemes");
    const uint8_t *d = exc_binary_data(s);
    utf8proc_ssize_t n = (utf8proc_ssize_t)exc_binary_size(s), i = 0;
    exc_term out = EXC_NIL_LIST;
    utf8proc_int32_t state = 0, prev = -1;
    size_t start = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(d + i, n - i, &cp);
        if (k < 0) {
            if ((size_t)i > start) out = exc_cons(exc_binary_slice(s, start, (size_t)i - start), out);
            out = exc_cons(exc_binary_slice(s, (size_t)i, 1), out);
            i += 1, start = (size_t)i, prev = -1, state = 0;
            continue;
        }
        if (prev >= 0 && utf8proc_grapheme_break_stateful(prev, cp, &state)) {
            out = exc_cons(exc_binary_slice(s, start, (size_t)i - start), out);
            start = (size_t)i;
        }
        prev = cp;
        i += k;
    }
    if ((size_t)n > start) out = exc_cons(exc_binary_slice(s, start, (size_t)n - start), out);
    return exc_list_reverse(out);
}

exc_term excstd_u_length(exc_term s)
{
    need_str(s, "length");
    return exc_small(exc_list_length(excstd_u_graphemes(s)));
}

/* mode: 0 downcase, 1 upcase, 2 capitalize (first code point titlecased). */
exc_term excstd_u_case(exc_term s, int mode)
{
    /* upcase/downcase/capitalize(string, mode \\ :default): the clause that failed is
    ** the arity-2 one, with the default filled in. */
    if (!exc_is_binary(s))
        exc_error_function_clause(exc_atom("Elixir.String"),
                                  exc_atom(mode == 1 ? "upcase" : mode == 0 ? "downcase" : "capitalize"),
                                  exc_list_from_array((exc_term[]){s, exc_atom("default")}, 2));
    const uint8_t *d = exc_binary_data(s);
    utf8proc_ssize_t n = (utf8proc_ssize_t)exc_binary_size(s), i = 0;
    uint8_t *buf = exc_alloc_atomic((size_t)n * 4 + 8);
    size_t o = 0;
    bool first = true;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(d + i, n - i, &cp);
        if (k < 0) { buf[o++] = d[i++]; first = false; continue; }
        if (mode == 1 && cp == 0xDF) { buf[o++] = 'S'; buf[o++] = 'S'; i += k; first = false; continue; }
        utf8proc_int32_t r = mode == 1 ? utf8proc_toupper(cp)
                           : mode == 0 ? utf8proc_tolower(cp)
                           : first ? utf8proc_totitle(cp) : utf8proc_tolower(cp);
        o += (size_t)utf8proc_encode_char(r, buf + o);
        i += k;
        first = false;
    }
    return exc_binary(buf, o);
}

exc_term excstd_u_to_charlist(exc_term s)
{
    need_str(s, "to_charlist");
    const uint8_t *d = exc_binary_data(s);
    utf8proc_ssize_t n = (utf8proc_ssize_t)exc_binary_size(s), i = 0;
    exc_term out = EXC_NIL_LIST;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(d + i, n - i, &cp);
        if (k < 0) {
            exc_term msg = exc_k_interpolate((exc_term[]){exc_binary_cstr("invalid encoding starting at "),
                                                          exc_k_inspect(exc_binary_slice(s, (size_t)i, (size_t)(n - i)), EXC_NIL_LIST)}, 2);
            exc_raise_module(exc_atom("Elixir.UnicodeConversionError"),
                             exc_cons(exc_tuple2(exc_atom("message"), msg), EXC_NIL_LIST));
        }
        out = exc_cons(exc_small(cp), out);
        i += k;
    }
    return exc_list_reverse(out);
}

/* ---- :erlang tuple natives ---- */
exc_term excstd_make_tuple(exc_term n, exc_term v)
{
    if (!exc_is_small(n) || exc_small_val(n) < 0) exc_error_bif("make_tuple", 2, (exc_term[]){n, v});
    exc_term t = exc_tuple_new((size_t)exc_small_val(n));
    for (int64_t i = 0; i < exc_small_val(n); i++) exc_tuple_elems(t)[i] = v;
    return t;
}

exc_term excstd_insert_element(exc_term idx, exc_term t, exc_term v)
{
    if (!exc_is_tuple(t) || !exc_is_small(idx) || exc_small_val(idx) < 1 ||
        (uint64_t)exc_small_val(idx) > exc_tuple_arity(t) + 1)
        exc_error_bif("insert_element", 3, (exc_term[]){idx, t, v});
    size_t n = exc_tuple_arity(t), at = (size_t)exc_small_val(idx) - 1;
    exc_term r = exc_tuple_new(n + 1);
    for (size_t i = 0, j = 0; i <= n; i++)
        exc_tuple_elems(r)[i] = i == at ? v : exc_tuple_elems(t)[j++];
    return r;
}

exc_term excstd_delete_element(exc_term idx, exc_term t)
{
    if (!exc_is_tuple(t) || !exc_is_small(idx) || exc_small_val(idx) < 1 ||
        (uint64_t)exc_small_val(idx) > exc_tuple_arity(t))
        exc_error_bif("delete_element", 2, (exc_term[]){idx, t});
    size_t n = exc_tuple_arity(t), at = (size_t)exc_small_val(idx) - 1;
    exc_term r = exc_tuple_new(n - 1);
    for (size_t i = 0, j = 0; i < n; i++)
        if (i != at) exc_tuple_elems(r)[j++] = exc_tuple_elems(t)[i];
    return r;
}

/* :erlang.binary_to_float/1: Erlang's strict syntax (digits, '.', digits, optional
** exponent). */
exc_term excstd_binary_to_float(exc_term b)
{
    if (!exc_is_binary(b)) exc_error_bif("binary_to_float", 1, &b);
    size_t n = exc_binary_size(b);
    const char *s = (const char *)exc_binary_data(b);
    char *z = exc_alloc_atomic(n + 1);
    memcpy(z, s, n);
    z[n] = 0;
    size_t i = 0;
    if (z[i] == '+' || z[i] == '-') i++;
    size_t d0 = i;
    while (z[i] >= '0' && z[i] <= '9') i++;
    bool ok = i > d0 && z[i] == '.';
    if (ok) {
        size_t f0 = ++i;
        while (z[i] >= '0' && z[i] <= '9') i++;
        ok = i > f0;
        if (ok && (z[i] == 'e' || z[i] == 'E')) {
            i++;
            if (z[i] == '+' || z[i] == '-') i++;
            size_t e0 = i;
            while (z[i] >= '0' && z[i] <= '9') i++;
            ok = i > e0;
        }
    }
    exc_term r = ok && i == n ? exc_float_checked(strtod(z, NULL)) : EXC_NONE;
    if (r == EXC_NONE) exc_error_bif("binary_to_float", 1, &b);
    return r;
}

/* Erlang's :undefined where the Elixir-facing runtime API says nil. */
exc_term excstd_nil_to_undefined(exc_term t) { return t == EXC_A_nil ? EXC_A(undefined) : t; }

exc_term excstd_convert_time_unit(exc_term t, exc_term from, exc_term to)
{
    static const char *names[] = {"second", "millisecond", "microsecond", "nanosecond", "native"};
    static const int64_t per_sec[] = {1, 1000, 1000000, 1000000000, 1000000000};
    int64_t f = 0, g = 0;
    for (int i = 0; i < 5; i++) {
        if (from == exc_atom(names[i])) f = per_sec[i];
        if (to == exc_atom(names[i])) g = per_sec[i];
    }
    if (exc_is_small(from)) f = exc_small_val(from);
    if (exc_is_small(to)) g = exc_small_val(to);
    if (!f || !g || !exc_is_integer(t)) exc_error_bif("convert_time_unit", 3, (exc_term[]){t, from, to});
    return exc_int_floor_div(exc_int_mul(t, exc_small(g)), exc_small(f));
}

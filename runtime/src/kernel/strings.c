/* String.Chars (to_string), binary concatenation, interpolation and chardata. */
#include "exc/kernel.h"

#include <string.h>

#include "exc/alloc.h"
#include "exc/call.h"
#include "exc/error.h"
#include "exc/inspect.h"
#include "error/error_int.h"

/* UTF-8 encoding of code point c into sb; false if c is not a valid code point. */
static bool put_utf8(exci_sb *sb, int64_t c)
{
    unsigned char b[4];
    size_t n;
    if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    if (c < 0x80) b[0] = (unsigned char)c, n = 1;
    else if (c < 0x800) b[0] = (unsigned char)(0xC0 | (c >> 6)), n = 2;
    else if (c < 0x10000) b[0] = (unsigned char)(0xE0 | (c >> 12)), n = 3;
    else b[0] = (unsigned char)(0xF0 | (c >> 18)), n = 4;
    for (size_t i = 1; i < n; i++) b[i] = (unsigned char)(0x80 | ((c >> (6 * (n - 1 - i))) & 0x3F));
    exci_sb_put(sb, b, n);
    return true;
}

/* Appends chardata (binaries, code points, nested lists, a binary tail). On failure
** *bad is the offending element; *badcp tells an integer that is no code point. */
static bool put_chardata(exci_sb *sb, exc_term t, exc_term *bad, bool *badcp)
{
    if (exc_is_binary(t)) {
        exci_sb_bin(sb, t);
        return true;
    }
    while (exc_is_cons(t)) {
        exc_term h = exc_hd(t);
        if (exc_is_integer(h)) {
            if (!exc_is_small(h) || !put_utf8(sb, exc_small_val(h))) return *bad = h, *badcp = true, false;
        } else if (!put_chardata(sb, h, bad, badcp)) {
            return false;
        }
        t = exc_tl(t);
    }
    if (t == EXC_NIL_LIST) return true;
    if (exc_is_binary(t)) return exci_sb_bin(sb, t), true;
    return *bad = t, *badcp = false, false;
}

exc_term exc_k_chardata_to_binary(exc_term t)
{
    exci_sb sb = {0};
    exc_term bad;
    bool badcp;
    if (!put_chardata(&sb, t, &bad, &badcp)) return EXC_NONE;
    return exci_sb_binary(&sb);
}

static EXC_NORETURN void bad_list(exc_term l);

/* List.to_string's errors: UnicodeConversionError for a bad code point (with what was
** converted before it), ArgumentError for anything else. */
static exc_term list_to_string(exc_term l)
{
    exci_sb sb = {0};
    exc_term bad;
    bool badcp;
    if (put_chardata(&sb, l, &bad, &badcp)) return exci_sb_binary(&sb);
    if (!badcp) bad_list(l);
    exci_sb msg = {0};
    exci_sb_puts(&msg, "invalid code point ");
    exci_sb_inspect(&msg, bad);
    exc_term kv[2] = {exc_tuple2(exc_atom("encoded"), exci_sb_binary(&sb)),
                      exc_tuple2(exc_atom("message"), exci_sb_binary(&msg))};
    exc_error(exc_exception_builtin(exc_atom("Elixir.UnicodeConversionError"), exc_list_from_array(kv, 2)));
}

static EXC_NORETURN void bad_list(exc_term l)
{
    exci_sb sb = {0};
    exci_sb_puts(&sb, "cannot convert the given list to a string.\n\n"
                      "To be converted to a string, a list must either be empty or only\n"
                      "contain the following elements:\n\n"
                      "  * strings\n"
                      "  * integers representing Unicode code points\n"
                      "  * a list containing one of these three elements\n\n"
                      "Please check the given list or call inspect/1 to get the list "
                      "representation, got:\n\n");
    exci_sb_inspect(&sb, l);
    exci_sb_puts(&sb, "\n");
    exc_error(exc_exception_builtin(exc_atom("Elixir.ArgumentError"),
                                    exc_cons(exc_tuple2(exc_atom("message"), exci_sb_binary(&sb)),
                                             EXC_NIL_LIST)));
}

/* A struct's String.Chars implementation: "Elixir.String.Chars.<Mod>".to_string/1. */
static exc_code struct_impl(exc_term t)
{
    if (!exc_is_map(t)) return NULL;
    exc_term s = exc_map_get(t, exc_atom("__struct__"));
    if (s == EXC_NONE || !exc_is_atom(s)) return NULL;
    const char *name = exc_atom_text(s, NULL);
    if (!strncmp(name, "Elixir.", 7)) name += 7;
    exci_sb sb = {0};
    exci_sb_puts(&sb, "Elixir.String.Chars.");
    exci_sb_puts(&sb, name);
    return exc_function_lookup(exc_atom_n(sb.buf, sb.len), exc_atom("to_string"), 1);
}

static EXC_NORETURN void undefined(exc_term t)
{
    exc_error(exc_exception_builtin(
        exc_atom("Elixir.Protocol.UndefinedError"),
        exc_list_from_array((exc_term[]){exc_tuple2(exc_atom("protocol"), exc_atom("Elixir.String.Chars")),
                                         exc_tuple2(exc_atom("value"), t)}, 2)));
}

exc_term exc_k_to_string(exc_term t)
{
    if (exc_is_binary(t)) return t;
    if (t == EXC_A_nil) return exc_binary("", 0);
    if (exc_is_atom(t)) return exc_binary_cstr(exc_atom_text(t, NULL));
    if (exc_is_integer(t)) return exc_binary_cstr(exc_integer_to_str(t, 10));
    if (exc_is_float(t)) {
        size_t n;
        char *s = exc_inspect_cstr(t, NULL, EXC_INSPECT_INFINITY, &n);
        return exc_binary(s, n);
    }
    if (exc_is_list(t)) return list_to_string(t);
    exc_code impl = struct_impl(t);
    if (impl) return exc_call_code(impl, 1, &t);
    undefined(t);
}

/* ArgumentError of a failed <<..., x::binary, ...>> construction (segment is 1-based). */
static EXC_NORETURN void bs_fail(size_t segment, exc_term v)
{
    exc_term cause = exc_tuple4(exc_small((int64_t)segment), exc_atom("binary"), exc_atom("type"), v);
    exc_term info = exc_map_from_arrays(
        (exc_term[]){exc_atom("cause"), exc_atom("function"), exc_atom("module")},
        (exc_term[]){cause, exc_atom("format_bs_fail"), exc_atom("erl_erts_errors")}, 3);
    exc_term loc = exc_cons(exc_tuple2(exc_atom("error_info"), info), EXC_NIL_LIST);
    exc_term frame = exc_tuple4(exc_atom("erlang"), exc_atom("<>"), exc_small(2), loc);
    exc_raise_trace(EXC_A(error), EXC_A(badarg), exc_cons(frame, EXC_NIL_LIST));
}

exc_term exc_k_concat_n(const exc_term *parts, size_t n)
{
    size_t total = 0;
    /* BEAM sizes the segments from the last one: the last bad one is reported. */
    for (size_t i = n; i-- > 0;) {
        if (!exc_is_binary(parts[i])) bs_fail(i + 1, parts[i]);
        total += exc_binary_size(parts[i]);
    }
    uint8_t *d;
    exc_term r = exc_binary_new(total, &d);
    for (size_t i = 0; i < n; i++) {
        size_t k = exc_binary_size(parts[i]);
        if (k) memcpy(d, exc_binary_data(parts[i]), k);
        d += k;
    }
    return r;
}

exc_term exc_k_concat(exc_term a, exc_term b)
{
    exc_term p[2] = {a, b};
    return exc_k_concat_n(p, 2);
}

exc_term exc_k_interpolate(const exc_term *parts, size_t n)
{
    exc_term *s = exc_alloc(n * sizeof *s + 1);
    for (size_t i = 0; i < n; i++) s[i] = exc_k_to_string(parts[i]);
    return exc_k_concat_n(s, n);
}

/* Code points of UTF-8 bytes as a list (invalid bytes become code points themselves). */
static exc_term utf8_to_list(const uint8_t *s, size_t n)
{
    exc_term *cps = exc_alloc((n + 1) * sizeof *cps);
    size_t k = 0;
    for (size_t i = 0; i < n; k++) {
        unsigned c = s[i];
        size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + len > n) len = 1;
        int64_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
        for (size_t j = 1; j < len; j++) cp = (cp << 6) | (s[i + j] & 0x3F);
        cps[k] = exc_small(cp);
        i += len;
    }
    return exc_list_from_array(cps, k);
}

exc_term exc_k_to_charlist(exc_term t)
{
    if (exc_is_list(t)) return t; /* List.Chars.List: as it is */
    if (exc_is_atom(t) || exc_is_number(t) || exc_is_binary(t)) {
        exc_term s = exc_k_to_string(t);
        return utf8_to_list(exc_binary_data(s), exc_binary_size(s));
    }
    exc_error(exc_exception_builtin(
        exc_atom("Elixir.Protocol.UndefinedError"),
        exc_list_from_array((exc_term[]){exc_tuple2(exc_atom("protocol"), exc_atom("Elixir.List.Chars")),
                                         exc_tuple2(exc_atom("value"), t)}, 2)));
}

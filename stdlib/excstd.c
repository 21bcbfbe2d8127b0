/* excstd.c: the helpers of excstd.h that generated code calls: list and binary
** operators, binary construction and matching, ranges, for-comprehension support,
** structs, maps, conversions. Process/System natives are in excstd_proc.c. */
#include "excstd.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exc/error.h"
#include "exc/kernel.h"

static int g_argc;
static char **g_argv;

void excstd_set_argv(int argc, char **argv)
{
    g_argc = argc;
    g_argv = argv;
}

exc_term excstd_argv(void)
{
    exc_term l = EXC_NIL_LIST;
    for (int i = g_argc - 1; i >= 1; i--)
        l = exc_cons(exc_binary_cstr(g_argv[i]), l);
    return l;
}

static exc_term badarg2(const char *fn, exc_term a, exc_term b)
{
    exc_error_bif(fn, 2, (exc_term[]){a, b});
}

exc_term excstd_append(exc_term a, exc_term b)
{
    exc_term r = exc_list_append(a, b);
    if (r == EXC_NONE)
        badarg2("++", a, b);
    return r;
}

static exc_term range_mod;
static exc_term a_first, a_last, a_step, a_struct;

static void atoms(void)
{
    if (range_mod) return;
    a_first = exc_atom("first");
    a_last = exc_atom("last");
    a_step = exc_atom("step");
    a_struct = exc_atom("__struct__");
    range_mod = exc_atom("Elixir.Range");
}

void excstd_register_builtins(void);

void excstd_init(void)
{
    atoms();
    excstd_register_builtins();
}

static bool is_range(exc_term t, int64_t *first, int64_t *last, int64_t *step)
{
    atoms();
    if (!exc_is_map(t) || exc_map_get(t, a_struct) != range_mod)
        return false;
    exc_term f = exc_map_get(t, a_first), l = exc_map_get(t, a_last), s = exc_map_get(t, a_step);
    if (!exc_is_small(f) || !exc_is_small(l) || !exc_is_small(s))
        return false;
    *first = exc_small_val(f), *last = exc_small_val(l), *step = exc_small_val(s);
    return true;
}

exc_term excstd_range(exc_term first, exc_term last, exc_term step)
{
    atoms();
    if (step == EXC_NONE) {
        if (!exc_is_integer(first) || !exc_is_integer(last))
            exc_raise_message(exc_binary_cstr("ranges (first..last) expect both sides to be integers"));
        step = exc_compare(first, last) <= 0 ? exc_small(1) : exc_small(-1);
    }
    exc_term k[] = {a_struct, a_first, a_last, a_step};
    exc_term v[] = {range_mod, first, last, step};
    return exc_map_from_arrays(k, v, 4);
}

exc_term excstd_to_list(exc_term t)
{
    if (exc_is_list(t))
        return t;
    int64_t f, l, s;
    if (is_range(t, &f, &l, &s)) {
        exc_term out = EXC_NIL_LIST;
        if (s > 0 && f <= l) {
            int64_t last = f + ((l - f) / s) * s;
            for (int64_t i = last; i >= f; i -= s) out = exc_cons(exc_small(i), out);
        } else if (s < 0 && f >= l) {
            int64_t last = f + ((f - l) / -s) * s;
            for (int64_t i = last; i <= f; i -= s) out = exc_cons(exc_small(i), out);
        }
        return out;
    }
    if (exc_is_map(t)) {
        exc_term st = exc_map_get(t, exc_atom("__struct__"));
        if (st == exc_atom("Elixir.MapSet"))
            return exc_map_keys(exc_map_get(t, exc_atom("map")));
        return exc_map_to_list(t);
    }
    exc_term mod = exc_atom("Elixir.Protocol.UndefinedError");
    exc_term kw = exc_list_from_array((exc_term[]){exc_tuple2(exc_atom("protocol"), exc_atom("Elixir.Enumerable")),
                                                   exc_tuple2(exc_atom("value"), t)}, 2);
    exc_raise_module(mod, kw);
}

exc_term excstd_in(exc_term x, exc_term coll)
{
    int64_t f, l, s;
    if (is_range(coll, &f, &l, &s)) {
        if (!exc_is_integer(x)) return EXC_A_false;
        if (!exc_is_small(x)) return EXC_A_false;
        int64_t v = exc_small_val(x);
        if (s > 0) return exc_bool(v >= f && v <= l && (v - f) % s == 0);
        return exc_bool(v <= f && v >= l && (f - v) % (-s) == 0);
    }
    if (exc_is_map(coll) && exc_map_get(coll, exc_atom("__struct__")) == EXC_NONE) {
        if (exc_is_tuple(x) && exc_tuple_arity(x) == 2) {
            exc_term v = exc_map_get(coll, exc_tuple_elems(x)[0]);
            return exc_bool(v != EXC_NONE && exc_eq_exact(v, exc_tuple_elems(x)[1]));
        }
        return EXC_A_false;
    }
    for (exc_term l2 = excstd_to_list(coll); exc_is_cons(l2); l2 = exc_tl(l2))
        if (exc_eq_exact(exc_hd(l2), x))
            return EXC_A_true;
    return EXC_A_false;
}

exc_term excstd_floor(exc_term a)
{
    if (exc_is_integer(a)) return a;
    if (!exc_is_float(a)) exc_error_bif("floor", 1, &a);
    return exc_integer_from_double(floor(exc_float_val(a)));
}

exc_term excstd_ceil(exc_term a)
{
    if (exc_is_integer(a)) return a;
    if (!exc_is_float(a)) exc_error_bif("ceil", 1, &a);
    return exc_integer_from_double(ceil(exc_float_val(a)));
}

exc_term excstd_is_map_key(exc_term map, exc_term key)
{
    if (!exc_is_map(map)) exc_error_badmap(map);
    return exc_bool(exc_map_get(map, key) != EXC_NONE);
}

void excstd_raise1(exc_term x)
{
    if (exc_is_binary(x))
        exc_raise_message(x);
    exc_raise_value(x);
}

void excstd_reraise(exc_term e, exc_term stack)
{
    exc_raise_kind(exc_atom("error"), e, stack);
}

void excstd_reraise3(exc_term m, exc_term opts, exc_term stack)
{
    (void)stack;
    exc_raise_module(m, opts);
}

exc_term excstd_struct_merge(exc_term dflt, exc_term fields)
{
    exc_map_iter it;
    exc_map_iter_init(&it, fields);
    exc_term k, v;
    while (exc_map_iter_next(&it, &k, &v))
        dflt = exc_map_put(dflt, k, v);
    return dflt;
}

/* Mod.__struct__(kw) / exception(kw): unknown keys raise KeyError, missing enforced
** keys ArgumentError. */
exc_term excstd_struct_new(exc_term dflt, exc_term kw, exc_term enforce)
{
    exc_term missing = EXC_NIL_LIST;
    for (exc_term l = enforce; exc_is_cons(l); l = exc_tl(l)) {
        bool found = false;
        for (exc_term p = kw; exc_is_cons(p); p = exc_tl(p))
            if (exc_is_tuple(exc_hd(p)) && exc_tuple_elems(exc_hd(p))[0] == exc_hd(l))
                found = true;
        if (!found)
            missing = exc_cons(exc_hd(l), missing);
    }
    if (missing != EXC_NIL_LIST) {
        exc_term mod = exc_map_get(dflt, exc_atom("__struct__"));
        exc_term msg = exc_k_interpolate((exc_term[]){
            exc_binary_cstr("the following keys must also be given when building struct "),
            exc_k_inspect(mod, EXC_NIL_LIST), exc_binary_cstr(": "),
            exc_k_inspect(exc_list_reverse(missing), EXC_NIL_LIST)}, 4);
        exc_raise_module(exc_atom("Elixir.ArgumentError"),
                         exc_cons(exc_tuple2(exc_atom("message"), msg), EXC_NIL_LIST));
    }
    if (exc_is_map(kw))
        kw = exc_map_to_list(kw);
    for (exc_term p = kw; exc_is_cons(p); p = exc_tl(p)) {
        exc_term pair = exc_hd(p);
        if (!exc_is_tuple(pair) || exc_tuple_arity(pair) != 2) exc_error_badarg();
        exc_term k = exc_tuple_elems(pair)[0];
        if (exc_map_get(dflt, k) == EXC_NONE)
            exc_error_badkey(k, dflt);
        dflt = exc_map_put(dflt, k, exc_tuple_elems(pair)[1]);
    }
    return dflt;
}

exc_term excstd_struct(exc_term mod, exc_term fields, int strict)
{
    exc_term dflt;
    if (exc_is_map(mod)) {
        dflt = mod;
    } else {
        exc_code c = exc_function_lookup(mod, exc_atom("__struct__"), 0);
        if (!c) exc_error_undef(mod, exc_atom("__struct__"), EXC_NIL_LIST);
        dflt = c(0, 0, 0, 0, 0, 0);
    }
    if (exc_is_map(fields)) fields = exc_map_to_list(fields);
    if (strict && exc_is_atom(mod)) {
        exc_code c1 = exc_function_lookup(mod, exc_atom("__struct__"), 1);
        if (c1) return c1(fields, 0, 0, 0, 0, 0);
    }
    if (strict) return excstd_struct_new(dflt, fields, EXC_NIL_LIST);
    for (exc_term p = fields; exc_is_cons(p); p = exc_tl(p)) {
        if (!exc_is_tuple(exc_hd(p)) || exc_tuple_arity(exc_hd(p)) != 2) exc_error_badarg();
        exc_term k = exc_tuple_elems(exc_hd(p))[0];
        if (k != exc_atom("__struct__") && exc_map_get(dflt, k) != EXC_NONE)
            dflt = exc_map_put(dflt, k, exc_tuple_elems(exc_hd(p))[1]);
    }
    return dflt;
}

exc_term excstd_binary_part(exc_term b, exc_term start, exc_term len)
{
    if (exc_is_binary(b) && exc_is_small(start) && exc_is_small(len)) {
        int64_t s = exc_small_val(start), n = exc_small_val(len);
        if (n < 0) { s += n; n = -n; }
        if (s >= 0) {
            exc_term r = exc_binary_slice(b, (size_t)s, (size_t)n);
            if (r != EXC_NONE) return r;
        }
    }
    exc_error_bif("binary_part", 3, (exc_term[]){b, start, len});
}

/* expr.name: a map key (KeyError when absent) or a zero-arity remote call. */
exc_term excstd_dot(exc_term t, exc_term key)
{
    if (exc_is_map(t)) {
        exc_term v = exc_map_get(t, key);
        if (v == EXC_NONE) exc_error_badkey(key, t);
        return v;
    }
    if (exc_is_atom(t))
        return exc_apply(t, key, EXC_NIL_LIST);
    exc_error_badmap(t);
}

exc_term excstd_iodata_to_binary(exc_term d)
{
    exc_term r = exc_k_chardata_to_binary(d);
    if (r == EXC_NONE) exc_error_bif("iolist_to_binary", 1, &d);
    return r;
}

exc_term excstd_bin_prefix(exc_term bin, exc_term prefix)
{
    if (!exc_is_binary(bin)) return EXC_NONE;
    size_t n = exc_binary_size(prefix), m = exc_binary_size(bin);
    if (m < n || memcmp(exc_binary_data(bin), exc_binary_data(prefix), n) != 0) return EXC_NONE;
    return exc_binary_slice(bin, n, m - n);
}

exc_term excstd_to_charlist(exc_term s)
{
    if (exc_is_list(s)) return s;
    if (!exc_is_binary(s)) s = exc_k_to_string(s);
    exc_term out = EXC_NIL_LIST, cur = s;
    while (exc_bitstring_bits(cur) > 0) {
        exc_term c = excstd_bin_take(&cur, EXC_NONE, EXCSTD_BT_UTF8);
        if (c == EXC_NONE) break;
        out = exc_cons(c, out);
    }
    return exc_list_reverse(out);
}

exc_term excstd_sigil_w(exc_term s, int mod)
{
    const char *d = (const char *)exc_binary_data(s);
    size_t n = exc_binary_size(s), i = 0;
    exc_term out = EXC_NIL_LIST;
    while (i < n) {
        while (i < n && (d[i] == ' ' || d[i] == '\n' || d[i] == '\t' || d[i] == '\r')) i++;
        size_t st = i;
        while (i < n && !(d[i] == ' ' || d[i] == '\n' || d[i] == '\t' || d[i] == '\r')) i++;
        if (i > st) {
            exc_term w = exc_binary(d + st, i - st);
            if (mod == 'a') w = exc_atom_n(d + st, i - st);
            else if (mod == 'c') w = excstd_to_charlist(w);
            out = exc_cons(w, out);
        }
    }
    return exc_list_reverse(out);
}

exc_term excstd_reverse(exc_term l, exc_term tail)
{
    exc_term out = tail;
    for (; exc_is_cons(l); l = exc_tl(l)) out = exc_cons(exc_hd(l), out);
    return out;
}

exc_term excstd_uniq(exc_term l)
{
    exc_term seen = exc_map_empty(), out = EXC_NIL_LIST;
    for (; exc_is_cons(l); l = exc_tl(l)) {
        if (exc_map_get(seen, exc_hd(l)) != EXC_NONE) continue;
        seen = exc_map_put(seen, exc_hd(l), EXC_A_true);
        out = exc_cons(exc_hd(l), out);
    }
    return exc_list_reverse(out);
}

exc_term excstd_into(exc_term into, exc_term list)
{
    if (exc_is_list(into)) return excstd_append(into, list);
    if (exc_is_binary(into)) {
        exc_term acc = into;
        for (; exc_is_cons(list); list = exc_tl(list)) acc = exc_k_concat(acc, exc_hd(list));
        return acc;
    }
    if (exc_is_map(into)) {
        exc_term st = exc_map_get(into, exc_atom("__struct__"));
        if (st == exc_atom("Elixir.MapSet")) {
            exc_term m = exc_map_get(into, exc_atom("map"));
            for (; exc_is_cons(list); list = exc_tl(list)) m = exc_map_put(m, exc_hd(list), EXC_NIL_LIST);
            return exc_map_put(into, exc_atom("map"), m);
        }
        for (; exc_is_cons(list); list = exc_tl(list)) {
            exc_term p = exc_hd(list);
            if (!exc_is_tuple(p) || exc_tuple_arity(p) != 2) exc_error_badarg();
            into = exc_map_put(into, exc_tuple_elems(p)[0], exc_tuple_elems(p)[1]);
        }
        return into;
    }
    exc_error_badarg();
}

int64_t excstd_timeout(exc_term t)
{
    if (t == EXC_A(infinity)) return EXC_INFINITY;
    if (exc_is_small(t) && exc_small_val(t) >= 0) return exc_small_val(t);
    exc_error(exc_tuple2(exc_atom("timeout_value"), t));
}

exc_term excstd_tuple_to_list(exc_term t)
{
    if (!exc_is_tuple(t)) exc_error_bif("tuple_to_list", 1, &t);
    return exc_list_from_array(exc_tuple_elems(t), exc_tuple_arity(t));
}

exc_term excstd_list_to_tuple(exc_term l)
{
    size_t n;
    exc_term *a = exc_list_to_array(l, &n);
    if (!a) exc_error_bif("list_to_tuple", 1, &l);
    return exc_tuple_from_array(a, n);
}

exc_term excstd_atom_to_binary(exc_term a)
{
    if (!exc_is_atom(a)) exc_error_bif("atom_to_binary", 1, &a);
    size_t n;
    const char *s = exc_atom_text(a, &n);
    return exc_binary(s, n);
}

exc_term excstd_binary_to_atom(exc_term b)
{
    if (!exc_is_binary(b)) exc_error_bif("binary_to_atom", 1, &b);
    return exc_atom_n((const char *)exc_binary_data(b), exc_binary_size(b));
}

exc_term excstd_binary_to_existing_atom(exc_term b)
{
    if (!exc_is_binary(b)) exc_error_bif("binary_to_existing_atom", 1, &b);
    exc_term a = exc_atom_existing((const char *)exc_binary_data(b), exc_binary_size(b));
    if (a == EXC_NONE) exc_error_bif("binary_to_existing_atom", 1, &b);
    return a;
}

exc_term excstd_integer_to_binary(exc_term i, exc_term base)
{
    if (!exc_is_integer(i) || !exc_is_small(base)) exc_error_bif("integer_to_binary", 2, (exc_term[]){i, base});
    int b = (int)exc_small_val(base);
    return exc_binary_cstr(exc_integer_to_str(i, b > 10 ? -b : b));
}

exc_term excstd_binary_to_integer(exc_term b, exc_term base)
{
    exc_term r = EXC_NONE;
    if (exc_is_binary(b) && exc_is_small(base))
        r = exc_integer_parse((const char *)exc_binary_data(b), exc_binary_size(b), (int)exc_small_val(base));
    if (r == EXC_NONE) exc_error_bif("binary_to_integer", 1, &b);
    return r;
}

exc_term excstd_binary_to_list(exc_term b)
{
    if (!exc_is_binary(b)) exc_error_bif("binary_to_list", 1, &b);
    exc_term out = EXC_NIL_LIST;
    const uint8_t *d = exc_binary_data(b);
    for (size_t i = exc_binary_size(b); i-- > 0;) out = exc_cons(exc_small(d[i]), out);
    return out;
}

exc_term excstd_to_float(exc_term n)
{
    double d;
    if (!exc_num_to_double(n, &d)) exc_error_bif("float", 1, &n);
    return exc_float(d);
}

exc_term excstd_element(exc_term idx, exc_term tuple)
{
    if (!exc_is_small(idx)) exc_error_bif("element", 2, (exc_term[]){idx, tuple});
    return exc_k_elem(tuple, exc_small(exc_small_val(idx) - 1));
}

/* ---- maps ---- */
static void need_map(exc_term m) { if (!exc_is_map(m)) exc_error_badmap(m); }

exc_term excstd_map_find(exc_term map, exc_term key)
{
    need_map(map);
    exc_term v = exc_map_get(map, key);
    return v == EXC_NONE ? EXC_A(error) : exc_tuple2(EXC_A(ok), v);
}

/* Map.fetch!/2 is :erlang.map_get/2 on BEAM: its frame heads the trace. */
exc_term excstd_map_fetch_bang(exc_term map, exc_term key)
{
    need_map(map);
    exc_term v = exc_map_get(map, key);
    if (v == EXC_NONE) {
        exc_term info = exc_map_from_arrays((exc_term[]){exc_atom("module")},
                                            (exc_term[]){exc_atom("erl_erts_errors")}, 1);
        exc_term loc = exc_cons(exc_tuple2(exc_atom("error_info"), info), EXC_NIL_LIST);
        exc_term args = exc_list_from_array((exc_term[]){key, map}, 2);
        exc_term fr = exc_tuple4(exc_atom("erlang"), exc_atom("map_get"), args, loc);
        exc_raise_trace(EXC_A(error), exc_tuple3(exc_atom("badkey"), key, map),
                        exc_cons(fr, EXC_NIL_LIST));
    }
    return v;
}

exc_term excstd_map_get3(exc_term map, exc_term key, exc_term dflt)
{
    need_map(map);
    exc_term v = exc_map_get(map, key);
    return v == EXC_NONE ? dflt : v;
}

exc_term excstd_map_put(exc_term map, exc_term key, exc_term v) { need_map(map); return exc_map_put(map, key, v); }
exc_term excstd_map_delete(exc_term map, exc_term key) { need_map(map); return exc_map_delete(map, key); }
exc_term excstd_map_keys(exc_term map) { need_map(map); return exc_map_keys(map); }
exc_term excstd_map_values(exc_term map) { need_map(map); return exc_map_values(map); }
exc_term excstd_map_to_list(exc_term map) { need_map(map); return exc_map_to_list(map); }

exc_term excstd_map_from_list(exc_term l)
{
    exc_term m = exc_map_empty();
    for (; exc_is_cons(l); l = exc_tl(l)) {
        exc_term p = exc_hd(l);
        if (!exc_is_tuple(p) || exc_tuple_arity(p) != 2) exc_error_badarg();
        m = exc_map_put(m, exc_tuple_elems(p)[0], exc_tuple_elems(p)[1]);
    }
    return m;
}

exc_term excstd_map_merge(exc_term a, exc_term b)
{
    need_map(a);
    need_map(b);
    return excstd_struct_merge(a, b);
}

exc_term excstd_math(exc_term a, exc_term b, int op)
{
    double x, y;
    if (!exc_num_to_double(a, &x) || !exc_num_to_double(b, &y)) exc_error_badarith();
    double r;
    switch (op) {
    case 0: r = pow(x, y); break;
    case 1: r = sqrt(x); break;
    case 2: r = log(x); break;
    case 3: r = exp(x); break;
    case 4: r = log2(x); break;
    case 5: r = log10(x); break;
    case 6: r = floor(x); break;
    default: r = ceil(x); break;
    }
    exc_term t = exc_float_checked(r);
    if (t == EXC_NONE) exc_error_badarith();
    return t;
}

/* Kernel.** (arity 2): integer power for an integer base and non-negative integer exponent,
** else :math.pow/2 (a float); not numbers: FunctionClauseError, as its guards. */
exc_term excstd_pow(exc_term a, exc_term b)
{
    if (!exc_is_number(a) || !exc_is_number(b))
        exc_error_function_clause(exc_atom("Elixir.Kernel"), exc_atom("**"),
                                  exc_list_from_array((exc_term[]){a, b}, 2));
    if (exc_is_integer(a) && exc_is_integer(b) && exc_k_ge(b, exc_small(0)) == EXC_A_true) {
        exc_term r = exc_int_pow(a, b);
        if (r == EXC_NONE) exc_error_badarith();
        return r;
    }
    return excstd_math(a, b, 0);
}

exc_term excstd_float_round(exc_term a, exc_term digits)
{
    double x, p = pow(10, (double)exc_small_val(digits));
    if (!exc_num_to_double(a, &x)) exc_error_badarg();
    return exc_float(round(x * p) / p);
}

/* %RuntimeError{...} and other exceptions the runtime defines. */
exc_term excstd_builtin_struct(exc_term mod, exc_term fields)
{
    exc_term s = exc_exception_builtin(mod, exc_map_to_list(fields));
    if (s == EXC_NONE) exc_error_undef(mod, exc_atom("__struct__"), EXC_NIL_LIST);
    return s;
}

exc_term excstd_fun_info(exc_term f, exc_term key)
{
    if (!exc_is_fun(f)) exc_error_bif("fun_info", 2, (exc_term[]){f, key});
    const exc_fun_info *info = exc_fun_ptr(f)->info;
    exc_term v;
    if (key == exc_atom("arity")) v = exc_small(exc_fun_arity(f));
    else if (key == exc_atom("module")) v = exc_atom(info->module);
    else if (key == exc_atom("name")) v = exc_atom(info->name);
    else if (key == exc_atom("type")) v = exc_atom(info->kind == EXC_FUN_EXTERNAL ? "external" : "local");
    else if (key == exc_atom("env")) v = exc_list_from_array(exc_fun_env(f), exc_fun_ptr(f)->nfree);
    else exc_error_bif("fun_info", 2, (exc_term[]){f, key});
    return exc_tuple2(key, v);
}

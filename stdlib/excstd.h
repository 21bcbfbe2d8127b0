/* excstd.h: helpers generated code calls besides the runtime's public API (libexcstd,
** the C files of stdlib/): binaries, ranges, comprehension support, Process/System natives and
** the small part of Enum/Map/String/List/Keyword the back end compiles inline. */
#ifndef EXC_STDLIB_EXCSTD_H
#define EXC_STDLIB_EXCSTD_H

#include "exc.h"
#include "exc/call.h"

void excstd_init(void);
void excstd_set_argv(int argc, char **argv);
exc_term excstd_argv(void);

/* ---- core ---- */
exc_term excstd_append(exc_term a, exc_term b);
exc_term excstd_in(exc_term x, exc_term coll);
exc_term excstd_floor(exc_term a);
exc_term excstd_ceil(exc_term a);
exc_term excstd_is_map_key(exc_term map, exc_term key);
exc_term excstd_send(exc_term dest, exc_term msg);
exc_term excstd_spawn_monitor(exc_term fun);
exc_term excstd_spawn_monitor3(exc_term m, exc_term f, exc_term a);
EXC_NORETURN void excstd_raise1(exc_term x);
EXC_NORETURN void excstd_reraise(exc_term e, exc_term stack);
EXC_NORETURN void excstd_reraise3(exc_term m, exc_term opts, exc_term stack);
exc_term excstd_struct(exc_term mod, exc_term fields, int strict);
exc_term excstd_struct_new(exc_term dflt, exc_term kw, exc_term enforce);
exc_term excstd_struct_merge(exc_term dflt, exc_term fields);
exc_term excstd_binary_part(exc_term b, exc_term start, exc_term len);
exc_term excstd_dot(exc_term t, exc_term key);
exc_term excstd_iodata_to_binary(exc_term d);
/* <<>> segments (excstd_bits.c). A segment's specifiers are one flags word: the type
** (low 4 bits), signed, little-endian (also `native` on this little-endian target),
** and the unit (bits 8-16, 0 = the type's default); sizes count units. The compiler
** side is compiler/bitspec.c. */
#include "excstd_bits.h"
/* segs: (value, size or EXC_NONE, flags) triples. */
exc_term excstd_bin_build(const exc_term *segs, int n);
exc_term excstd_bin_prefix(exc_term bin, exc_term prefix);
/* One segment off the front of *cur (advanced past it); EXC_NONE: no match. */
exc_term excstd_bin_take(exc_term *cur, exc_term size, int flags);
exc_term excstd_range(exc_term first, exc_term last, exc_term step);
exc_term excstd_to_charlist(exc_term s);
exc_term excstd_sigil_w(exc_term s, int mod);
exc_term excstd_to_list(exc_term enumerable);
exc_term excstd_reverse(exc_term l, exc_term tail);
exc_term excstd_uniq(exc_term l);
exc_term excstd_into(exc_term into, exc_term list);
int64_t excstd_timeout(exc_term t);
exc_term excstd_element(exc_term idx, exc_term tuple);

/* ---- processes and system ---- */
exc_term excstd_sleep(exc_term ms);
exc_term excstd_process_flag(exc_term flag, exc_term value);
exc_term excstd_process_exit(exc_term pid, exc_term reason);
exc_term excstd_monitor(exc_term pid);
exc_term excstd_demonitor(exc_term ref, exc_term opts);
exc_term excstd_register(exc_term pid, exc_term name);
exc_term excstd_unregister(exc_term name);
exc_term excstd_link(exc_term pid);
exc_term excstd_process_info(exc_term pid, exc_term key);
exc_term excstd_process_info1(exc_term pid);
exc_term excstd_send_after(exc_term dest, exc_term msg, exc_term ms);
exc_term excstd_dict_keys(void);
exc_term excstd_group_leader(void);
exc_term excstd_process_list(void);
void excstd_halt(exc_term status);
exc_term excstd_monotonic_time(exc_term unit);
exc_term excstd_system_info(exc_term what);

/* ---- conversions ---- */
exc_term excstd_tuple_to_list(exc_term t);
exc_term excstd_list_to_tuple(exc_term l);
exc_term excstd_atom_to_binary(exc_term a);
exc_term excstd_binary_to_atom(exc_term b);
exc_term excstd_binary_to_existing_atom(exc_term b);
exc_term excstd_integer_to_binary(exc_term i, exc_term base);
exc_term excstd_binary_to_integer(exc_term b, exc_term base);
exc_term excstd_binary_to_list(exc_term b);
exc_term excstd_to_float(exc_term n);

/* ---- maps ---- */
exc_term excstd_map_find(exc_term map, exc_term key);
exc_term excstd_map_fetch_bang(exc_term map, exc_term key);
exc_term excstd_map_get3(exc_term map, exc_term key, exc_term dflt);
exc_term excstd_map_put(exc_term map, exc_term key, exc_term v);
exc_term excstd_map_delete(exc_term map, exc_term key);
exc_term excstd_map_keys(exc_term map);
exc_term excstd_map_values(exc_term map);
exc_term excstd_map_to_list(exc_term map);
exc_term excstd_map_from_list(exc_term l);
exc_term excstd_map_merge(exc_term a, exc_term b);
exc_term excstd_math(exc_term a, exc_term b, int op);
exc_term excstd_pow(exc_term a, exc_term b);
exc_term excstd_float_round(exc_term a, exc_term digits);
exc_term excstd_builtin_struct(exc_term mod, exc_term fields);
exc_term excstd_fun_info(exc_term f, exc_term key);
exc_term excstd_flush(void);
exc_term excstd_hibernate(exc_term m, exc_term f, exc_term a);
exc_term excstd_rand_bytes(exc_term n);

#endif

/* ---- Enum, Map, Keyword, List, Tuple, String, Integer (excstd_enum.c) ---- */
#ifndef EXC_STDLIB_EXCSTD_ENUM
#define EXC_STDLIB_EXCSTD_ENUM
exc_term excstd_enum_map(exc_term e, exc_term f);
exc_term excstd_enum_each(exc_term e, exc_term f);
exc_term excstd_enum_filter(exc_term e, exc_term f, int keep);
exc_term excstd_enum_reduce(exc_term e, exc_term acc, exc_term f);
exc_term excstd_enum_reduce2(exc_term e, exc_term f);
exc_term excstd_enum_count(exc_term e);
exc_term excstd_enum_fetch_bang(exc_term e, exc_term i);
exc_term excstd_kw_fetch_bang(exc_term kw, exc_term k);
exc_term excstd_enum_count2(exc_term e, exc_term f);
exc_term excstd_enum_at(exc_term e, exc_term i, exc_term dflt);
exc_term excstd_enum_fetch(exc_term e, exc_term i);
exc_term excstd_enum_take(exc_term e, exc_term n);
exc_term excstd_enum_drop(exc_term e, exc_term n);
exc_term excstd_enum_sort(exc_term e, exc_term f);
exc_term excstd_enum_sum(exc_term e);
exc_term excstd_enum_minmax(exc_term e, int max);
exc_term excstd_enum_join(exc_term e, exc_term sep);
exc_term excstd_enum_map_join(exc_term e, exc_term sep, exc_term f);
exc_term excstd_enum_any(exc_term e, exc_term f, int all);
exc_term excstd_enum_find(exc_term e, exc_term dflt, exc_term f);
exc_term excstd_enum_zip(exc_term a, exc_term b);
exc_term excstd_enum_with_index(exc_term e);
exc_term excstd_enum_member(exc_term e, exc_term x);
exc_term excstd_enum_empty(exc_term e);
exc_term excstd_enum_into(exc_term e, exc_term into);
exc_term excstd_enum_flat_map(exc_term e, exc_term f);
exc_term excstd_map_new(exc_term e);
exc_term excstd_map_update_bang(exc_term m, exc_term k, exc_term f);
exc_term excstd_map_update(exc_term m, exc_term k, exc_term dflt, exc_term f);
exc_term excstd_map_from_struct(exc_term m);
exc_term excstd_kw_get(exc_term kw, exc_term k, exc_term dflt);
exc_term excstd_kw_has_key(exc_term kw, exc_term k);
exc_term excstd_kw_delete(exc_term kw, exc_term k);
exc_term excstd_kw_put(exc_term kw, exc_term k, exc_term v);
exc_term excstd_kw_keys(exc_term kw);
exc_term excstd_kw_get_values(exc_term kw, exc_term k);
exc_term excstd_list_duplicate(exc_term x, exc_term n);
exc_term excstd_list_first(exc_term l);
exc_term excstd_list_last(exc_term l);
exc_term excstd_list_flatten(exc_term l);
exc_term excstd_tuple_duplicate(exc_term x, exc_term n);
exc_term excstd_tuple_append(exc_term t, exc_term x);
exc_term excstd_str_case(exc_term s, int up);
exc_term excstd_str_length(exc_term s);
exc_term excstd_str_graphemes(exc_term s);
exc_term excstd_str_reverse(exc_term s);
exc_term excstd_str_at(exc_term s, exc_term i);
exc_term excstd_str_slice(exc_term s, exc_term start, exc_term len);
exc_term excstd_str_duplicate(exc_term s, exc_term n);
exc_term excstd_str_trim(exc_term s);
exc_term excstd_str_split(exc_term s, exc_term sep);
exc_term excstd_str_replace(exc_term s, exc_term pat, exc_term rep);
exc_term excstd_str_contains(exc_term s, exc_term pat);
exc_term excstd_str_starts_with(exc_term s, exc_term p);
exc_term excstd_str_ends_with(exc_term s, exc_term p);
exc_term excstd_str_pad(exc_term s, exc_term width, exc_term pad, int leading);
exc_term excstd_str_to_integer(exc_term s);
exc_term excstd_int_to_string(exc_term i, exc_term base);
exc_term excstd_int_checked(exc_term r, exc_term a, exc_term b);
exc_term excstd_access_get(exc_term c, exc_term k);
exc_term excstd_get_in(exc_term data, exc_term keys);
exc_term excstd_put_in(exc_term data, exc_term keys, exc_term value);
exc_term excstd_update_in(exc_term data, exc_term keys, exc_term fun);
#endif

/* ---- natives of the Elixir-language stdlib (excstd_natives.c, NATIVES.md) ---- */
#ifndef EXC_STDLIB_EXCSTD_NATIVES
#define EXC_STDLIB_EXCSTD_NATIVES
exc_term excstd_keyfind(exc_term key, exc_term pos, exc_term list);
exc_term excstd_map_take(exc_term key, exc_term map);
exc_term excstd_binary_match(exc_term subject, exc_term pattern);
exc_term excstd_binary_copy(exc_term bin, exc_term n);
exc_term excstd_os_time(exc_term unit);
exc_term excstd_rand_uniform(exc_term n);
exc_term excstd_getenv(exc_term name);
exc_term excstd_u_graphemes(exc_term s);
exc_term excstd_u_length(exc_term s);
exc_term excstd_u_case(exc_term s, int mode);
exc_term excstd_u_to_charlist(exc_term s);
exc_term excstd_make_tuple(exc_term n, exc_term v);
exc_term excstd_insert_element(exc_term idx, exc_term t, exc_term v);
exc_term excstd_delete_element(exc_term idx, exc_term t);
exc_term excstd_binary_to_float(exc_term b);
exc_term excstd_nil_to_undefined(exc_term t);
exc_term excstd_convert_time_unit(exc_term t, exc_term from, exc_term to);
#endif

/* The type specifiers of a <<>> segment (`x::signed-little-size(4)-unit(8)`), parsed
** once for construction (cgen_expr.c) and matching (match.c) into the flags word the
** runtime reads (stdlib/excstd_bits.c; layout in stdlib/excstd_bits.h). Conflicts and
** unknown names are compile errors with elixir's messages. */
#include <string.h>

#include "ast.h"
#include "cgen.h"
#include "exc/kernel.h"
#include "excstd_bits.h"

static const char *show(exc_term t)
{
    exc_term b = exc_k_inspect(t, EXC_NIL_LIST);
    return cg_fmt("%.*s", (int)exc_binary_size(b), (const char *)exc_binary_data(b));
}

static const struct { const char *name; int type; } types[] = {
    {"integer", EXCSTD_BT_INT}, {"float", EXCSTD_BT_FLOAT}, {"binary", EXCSTD_BT_BIN},
    {"bytes", EXCSTD_BT_BIN},   {"bitstring", EXCSTD_BT_BITS}, {"bits", EXCSTD_BT_BITS},
    {"utf8", EXCSTD_BT_UTF8},   {"utf16", EXCSTD_BT_UTF16},   {"utf32", EXCSTD_BT_UTF32},
};

static const char *type_word(int t)
{
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (types[i].type == t) return types[i].name;
    return "integer";
}

/* `a-b-c` into its parts, left to right. */
static exc_term spec_parts(exc_term spec)
{
    if (ast_is_call(spec, "-", 2)) {
        exc_term l = spec_parts(ast_nth(ast_args(spec), 0));
        exc_term r = spec_parts(ast_nth(ast_args(spec), 1));
        return exc_list_append(l, r);
    }
    return exc_cons(spec, EXC_NIL_LIST);
}

/* The specifiers -> flags; *size gets the size expression or EXC_NONE. */
static int bitspec(exc_term spec, int dflt_type, exc_term *size, int line)
{
    int type = -1, flags = 0, unit = 0;
    *size = EXC_NONE;
    for (exc_term l = spec_parts(spec); exc_is_cons(l); l = exc_tl(l)) {
        exc_term q = exc_hd(l);
        if (exc_is_integer(q)) {
            *size = q;
            continue;
        }
        if (ast_is_call(q, "size", 1)) {
            *size = ast_nth(ast_args(q), 0);
            continue;
        }
        if (ast_is_call(q, "unit", 1)) {
            exc_term u = ast_nth(ast_args(q), 0);
            if (!exc_is_small(u) || exc_small_val(u) < 1 || exc_small_val(u) > 256)
                cg_error(line, "unit in bitstring expects an integer as argument, got: %s",
                         show(u));
            unit = (int)exc_small_val(u);
            continue;
        }
        const char *nm = NULL;
        if (exc_is_tuple(q) && exc_tuple_arity(q) == 3 && exc_is_atom(exc_tuple_elems(q)[0]) &&
            (exc_tuple_elems(q)[2] == EXC_A_nil || exc_tuple_elems(q)[2] == EXC_NIL_LIST))
            nm = atom_str(exc_tuple_elems(q)[0]);
        if (!nm)
            cg_error(line, "unknown bitstring specifier: %s", show(q));
        int t = -1;
        for (size_t i = 0; i < sizeof types / sizeof *types; i++)
            if (!strcmp(types[i].name, nm)) t = types[i].type;
        if (t >= 0) {
            if (type >= 0 && type != t)
                cg_error(line, "conflicting type specification for bit field: \"%s\" and \"%s\"",
                         nm, type_word(type));
            type = t;
        } else if (!strcmp(nm, "signed")) {
            flags |= EXCSTD_BS_SIGNED;
        } else if (!strcmp(nm, "unsigned") || !strcmp(nm, "big")) {
        } else if (!strcmp(nm, "little") || !strcmp(nm, "native")) {
            flags |= EXCSTD_BS_LITTLE; /* native: x86-64 is little-endian */
        } else {
            cg_error(line, "unknown bitstring specifier: %s()", nm);
        }
    }
    if (type < 0) type = dflt_type;
    if (unit && *size != EXC_NONE && (type == EXCSTD_BT_BIN || type == EXCSTD_BT_BITS) &&
        unit != (type == EXCSTD_BT_BIN ? 8 : 1))
        cg_error(line, "conflicting unit specification for bit field: \"%d\" and \"%d\"", unit,
                 type == EXCSTD_BT_BIN ? 8 : 1);
    if (unit && *size == EXC_NONE && (type == EXCSTD_BT_INT || type == EXCSTD_BT_FLOAT))
        cg_error(line, "integer and float types require a size specifier if the unit specifier is given");
    if (*size != EXC_NONE && (type == EXCSTD_BT_UTF8 || type == EXCSTD_BT_UTF16 || type == EXCSTD_BT_UTF32))
        cg_error(line, "size and unit are not supported on utf types");
    return type | flags | (unit << EXCSTD_BS_UNIT_SHIFT);
}

/* A segment of <<>>: its value expression, size (EXC_NONE: the type's default) and
** flags. Without `::`, a literal string is binary, a literal float float, the rest
** integer; with it, the named type or, when none is named, the same default. */
int cg_bin_segment(exc_term seg, exc_term *val, exc_term *size)
{
    *size = EXC_NONE;
    *val = seg;
    if (ast_is_call(seg, "::", 2))
        *val = ast_nth(ast_args(seg), 0);
    int dflt = exc_is_binary(*val) ? EXCSTD_BT_BIN : exc_is_float(*val) ? EXCSTD_BT_FLOAT : EXCSTD_BT_INT;
    if (*val == seg)
        return dflt;
    return bitspec(ast_nth(ast_args(seg), 1), dflt, size, ast_line(seg));
}

/* The first code point of a UTF-8 literal (advancing *s past it). */
exc_term cg_utf8_next(exc_term *s)
{
    const char *d = (const char *)exc_binary_data(*s);
    size_t n = exc_binary_size(*s);
    int cp, k = ast_utf8_decode(d, d + n, &cp);
    *s = exc_binary_slice(*s, (size_t)k, n - (size_t)k);
    return exc_small(cp);
}

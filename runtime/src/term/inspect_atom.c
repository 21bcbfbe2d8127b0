/* inspect_atom.c: Macro.inspect_atom/2 of Elixir 1.14 — how an atom prints as a
** literal (:foo, :"foo bar", Foo), as a keyword key (foo:, "foo bar":) and as the
** function of a remote call (&Mod.fun/1).
**
** The classification follows Macro.inner_classify/1: special forms, quoted
** operators, operators, aliases ("Elixir.Foo.Bar"), then String.Tokenizer's
** identifier rules. ASCII follows Elixir exactly; for non-ASCII letters the Unicode
** ID_Start/ID_Continue sets are approximated by general categories (utf8proc), and
** Elixir's mixed-script restrictions are not checked. */
#include "term/inspect_int.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum atom_class { AC_NOT_CALLABLE, AC_QUOTED_OP, AC_UNQUOTED_OP, AC_ALIAS, AC_IDENTIFIER, AC_OTHER };

/* Macro.operator?/2 for arity 1 or 2 (Code.Identifier.unary_op/binary_op, minus //). */
static const char *const operators[] = {
    "&", "!", "^", "not", "+", "-", "~~~", "@",
    "<-", "\\\\", "when", "::", "|", "=", "||", "|||", "or", "&&", "&&&", "and", "==", "!=",
    "=~", "===", "!==", "<", "<=", ">=", ">", "|>", "<<<", ">>>", "<~", "~>", "<<~", "~>>",
    "<~>", "<|>", "^^^", "++", "--", "..", "<>", "+++", "---", "*", "/", "**", ".", "in",
    NULL,
};
static const char *const not_callable[] = {
    "%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "->", NULL,
};
static const char *const quoted_ops[] = {"::", "^^^", "~~~", "<|>", NULL};

static bool in_list(const char *const *list, const char *s, size_t len)
{
    for (; *list; list++)
        if (strlen(*list) == len && memcmp(*list, s, len) == 0) return true;
    return false;
}

static bool ascii_upper(unsigned c) { return c >= 'A' && c <= 'Z'; }
static bool ascii_lower(unsigned c) { return c >= 'a' && c <= 'z'; }
static bool ascii_ident(unsigned c)
{
    return ascii_upper(c) || ascii_lower(c) || (c >= '0' && c <= '9') || c == '_';
}

/* Macro.valid_alias?/1: "Elixir" followed by any number of ".Upper[A-Za-z0-9_]*". */
static bool valid_alias(const char *s, size_t len)
{
    if (len < 6 || memcmp(s, "Elixir", 6) != 0) return false;
    size_t i = 6;
    while (i < len) {
        if (s[i] != '.' || i + 1 >= len || !ascii_upper((unsigned char)s[i + 1])) return false;
        i += 2;
        while (i < len && ascii_ident((unsigned char)s[i])) i++;
    }
    return true;
}

enum uni_kind { U_NONE, U_UPPER, U_START, U_CONTINUE };

static enum uni_kind unicode_kind(uint32_t c)
{
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return U_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL: return U_START;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC: return U_CONTINUE;
    default: return U_NONE;
    }
}

/* True when the text is already in NFC (the tokenizer marks others :nfkc). */
static bool is_nfc(const char *s, size_t len)
{
    char *copy = malloc(len + 1);
    if (!copy) abort();
    memcpy(copy, s, len);
    copy[len] = '\0';
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)copy);
    bool same = nfc && strcmp((const char *)nfc, copy) == 0;
    free(nfc);
    free(copy);
    return same;
}

/* String.Tokenizer.tokenize/1 followed by inner_classify's reading of the result:
** the whole text must be one token. */
static enum atom_class classify_identifier(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c;
    size_t i = exci_utf8_decode(u, len, &c);
    if (i == 0) return AC_OTHER;
    bool not_identifier = false, at = false, ascii = c < 128;
    if (ascii_upper(c)) not_identifier = true;
    else if (ascii_lower(c) || c == '_') {
    } else if (c < 128) return AC_OTHER;
    else {
        enum uni_kind k = unicode_kind(c);
        if (k == U_UPPER) not_identifier = true;
        else if (k != U_START) return AC_OTHER;
    }
    while (i < len) {
        size_t n = exci_utf8_decode(u + i, len - i, &c);
        if (n == 0) return AC_OTHER;
        i += n;
        if (c == '!' || c == '?') return i == len ? (not_identifier || at ? AC_NOT_CALLABLE : AC_IDENTIFIER) : AC_OTHER;
        if (c == '@') at = true;
        else if (c < 128) {
            if (!ascii_ident(c)) return AC_OTHER;
        } else if (unicode_kind(c) == U_NONE) return AC_OTHER;
        else ascii = false;
    }
    if (!ascii && !is_nfc(s, len)) return AC_OTHER;
    return not_identifier || at ? AC_NOT_CALLABLE : AC_IDENTIFIER;
}

/* Macro.inner_classify/1. */
static enum atom_class inner_classify(const char *s, size_t len)
{
    if (in_list(not_callable, s, len)) return AC_NOT_CALLABLE;
    if (in_list(quoted_ops, s, len)) return AC_QUOTED_OP;
    if (in_list(operators, s, len)) return AC_UNQUOTED_OP;
    if (valid_alias(s, len)) return AC_ALIAS;
    return classify_identifier(s, len);
}

/* Macro.classify_atom/1 collapsed to what printing needs. */
enum { CA_ALIAS, CA_IDENTIFIER, CA_UNQUOTED, CA_QUOTED };
static int classify_atom(enum atom_class c)
{
    switch (c) {
    case AC_ALIAS: return CA_ALIAS;
    case AC_IDENTIFIER: return CA_IDENTIFIER;
    case AC_UNQUOTED_OP:
    case AC_NOT_CALLABLE: return CA_UNQUOTED;
    default: return CA_QUOTED;
    }
}

static void quoted(exci_buf *out, const char *s, size_t len)
{
    exci_buf_putc(out, '"');
    exci_inspect_escape(out, s, len, '"', EXCI_ALG_INFINITY);
    exci_buf_putc(out, '"');
}

static bool text_is(const char *s, size_t len, const char *lit)
{
    return strlen(lit) == len && memcmp(s, lit, len) == 0;
}

static void literal(exci_buf *out, const char *s, size_t len)
{
    if (text_is(s, len, "nil") || text_is(s, len, "true") || text_is(s, len, "false")) {
        exci_buf_put(out, s, len);
        return;
    }
    switch (classify_atom(inner_classify(s, len))) {
    case CA_ALIAS:
        if (text_is(s, len, "Elixir") || text_is(s, len, "Elixir.Elixir") ||
            (len >= 14 && memcmp(s, "Elixir.Elixir.", 14) == 0))
            exci_buf_put(out, s, len);
        else
            exci_buf_put(out, s + 7, len - 7);
        return;
    case CA_QUOTED:
        exci_buf_putc(out, ':');
        quoted(out, s, len);
        return;
    default:
        exci_buf_putc(out, ':');
        exci_buf_put(out, s, len);
        return;
    }
}

static void key(exci_buf *out, const char *s, size_t len)
{
    switch (classify_atom(inner_classify(s, len))) {
    case CA_ALIAS:
        exci_buf_putc(out, '"');
        exci_buf_put(out, s, len);
        exci_buf_putc(out, '"');
        break;
    case CA_QUOTED: quoted(out, s, len); break;
    default: exci_buf_put(out, s, len); break;
    }
    exci_buf_putc(out, ':');
}

static void remote_call(exci_buf *out, const char *s, size_t len)
{
    enum atom_class c = inner_classify(s, len);
    if (c == AC_IDENTIFIER || c == AC_UNQUOTED_OP || c == AC_QUOTED_OP) {
        exci_buf_put(out, s, len);
    } else if (c == AC_NOT_CALLABLE || c == AC_ALIAS) {
        exci_buf_putc(out, '"');
        exci_buf_put(out, s, len);
        exci_buf_putc(out, '"');
    } else {
        quoted(out, s, len);
    }
}

void exci_inspect_atom_text(exci_buf *out, const char *name, size_t len,
                            enum exci_atom_style style)
{
    switch (style) {
    case EXCI_ATOM_LITERAL: literal(out, name, len); break;
    case EXCI_ATOM_KEY: key(out, name, len); break;
    case EXCI_ATOM_REMOTE_CALL: remote_call(out, name, len); break;
    }
}

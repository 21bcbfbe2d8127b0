/* inspect_atom.c: Macro.inspect_atom/2 of Elixir 1.14 — how an atom prints as a
** literal (:foo, :"foo bar", Foo), as a keyword key (foo:, "foo bar":) and as the
** function of a remote call (&Mod.fun/1).
**
** The classification follows Macro.inner_classify/1: special forms, quoted
** operators, operators, aliases ("Elixir.Foo.Bar"), then String.Tokenizer's
** identifier rules, with the tokenizer's Unicode tables and script sets copied from
** Elixir itself (inspect_ident_table.c, generated). */
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

/* The tokenizer's table entry for a non-ASCII code point, or NULL. */
static const exci_ident_range *ident_lookup(uint32_t cp)
{
    size_t lo = 0, hi = exci_ident_nranges;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < exci_ident_ranges[mid].lo) hi = mid;
        else if (cp > exci_ident_ranges[mid].hi) lo = mid + 1;
        else return &exci_ident_ranges[mid];
    }
    return NULL;
}

/* codepoint_to_scriptset/1 for the characters an identifier can hold. */
static uint64_t scriptset(uint32_t cp)
{
    if (cp < 128) return ascii_upper(cp) || ascii_lower(cp) ? 1 : exci_ident_all_scripts;
    const exci_ident_range *r = ident_lookup(cp);
    return r && r->cont_ss ? r->cont_ss : exci_ident_all_scripts;
}

/* highly_restrictive?/1: every character fits one of the allowed script mixes. */
static bool highly_restrictive(const char *s, size_t len)
{
    for (int k = 0; k < 3; k++) {
        bool all = true;
        uint32_t cp;
        for (size_t i = 0, n; i < len && all; i += n) {
            n = exci_utf8_decode((const unsigned char *)s + i, len - i, &cp);
            if (n == 0) return false;
            all = (scriptset(cp) & exci_ident_restrictive[k]) != 0;
        }
        if (all) return true;
    }
    return false;
}

/* String.Tokenizer's state while it reads one token. */
typedef struct token {
    bool not_identifier; /* an :alias or :atom token (upper-case start) */
    bool ascii_letters;  /* only ASCII so far: no script or normalisation checks */
    bool at, nfkc;
    uint64_t ss;         /* intersection of the characters' script sets */
    exci_buf acc;        /* the text read, with µ normalised to μ */
} token;

/* The first character (tokenize/1's clauses); false if it cannot start a token. */
static bool token_start(token *t, uint32_t c)
{
    t->ascii_letters = true;
    t->ss = 1;
    if (ascii_upper(c)) t->not_identifier = true;
    else if (c == '_') t->ss = exci_ident_all_scripts;
    else if (!ascii_lower(c)) {
        const exci_ident_range *r = c >= 128 ? ident_lookup(c) : NULL;
        t->ascii_letters = false;
        if (r && r->first) {
            t->not_identifier = r->first == 1;
            t->ss = r->first_ss;
        } else if (c == 181) {
            c = 956, t->ss = exci_ident_all_scripts, t->nfkc = true;
        } else {
            return false;
        }
    }
    exci_utf8_put(&t->acc, c);
    return true;
}

/* One more character (continue/6); false if the token cannot go on with it. */
static bool token_continue(token *t, uint32_t c)
{
    if (c == '@') t->at = true;
    else if (ascii_upper(c) || ascii_lower(c)) t->ss &= 1;
    else if (c < 128) {
        if (!ascii_ident(c) && c != '!' && c != '?') return false;
    } else {
        const exci_ident_range *r = ident_lookup(c);
        t->ascii_letters = false;
        if (r && r->cont_ss) t->ss &= r->cont_ss;
        else if (c == 181) c = 956, t->nfkc = true;
        else return false;
    }
    exci_utf8_put(&t->acc, c);
    return true;
}

/* validate/2 for tokens with non-ASCII characters: NFC changes mark :nfkc, and mixed
** scripts are only accepted in the highly restrictive combinations. */
static bool token_validate(token *t)
{
    if (t->ascii_letters) return true;
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)t->acc.p);
    if (!nfc) return false;
    size_t n = strlen((const char *)nfc);
    if (n != t->acc.len || memcmp(nfc, t->acc.p, n) != 0) t->nfkc = true;
    bool ok = t->ss != 0 || highly_restrictive((const char *)nfc, n);
    free(nfc);
    return ok;
}

/* String.Tokenizer.tokenize/1 on the atom text, read as inner_classify does: the
** whole text must be one token ('!' and '?' only at the end). */
static enum atom_class classify_identifier(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    token t = {0};
    uint32_t c;
    size_t i = exci_utf8_decode(u, len, &c), n;
    bool ok = i != 0 && token_start(&t, c);
    for (; ok && i < len; i += n) {
        n = exci_utf8_decode(u + i, len - i, &c);
        ok = n != 0 && token_continue(&t, c) && ((c != '!' && c != '?') || i + n == len);
    }
    ok = ok && token_validate(&t);
    free(t.acc.p);
    if (!ok) return AC_OTHER;
    if (t.not_identifier || t.at) return AC_NOT_CALLABLE;
    return t.nfkc ? AC_OTHER : AC_IDENTIFIER;
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

/* cgen_util.c: small helpers of the back end: growable text, C string literals,
** quoted-AST accessors and the compile-error exit. */
#include "cgen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

jmp_buf cg_fail_jb;
char cg_fail_msg[2048];
const char *cg_file_name = "nofile";

void buf_put(Buf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        b->p = realloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n + 1);
    b->n += n;
}

static char *vfmt(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *s = exc_alloc_atomic((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = vfmt(fmt, ap);
    va_end(ap);
    buf_put(b, s);
}

char *cg_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = vfmt(fmt, ap);
    va_end(ap);
    return s;
}

Buf cg_warnings;

void cg_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = vfmt(fmt, ap);
    va_end(ap);
    fputs(s, stderr);
    buf_put(&cg_warnings, s);
}

static char *env_frame(int line);

void cg_warn_at(int line, bool module_level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = vfmt(fmt, ap);
    va_end(ap);
    /* At top level elixir names no function: "  FILE:LINE". */
    const char *where = !cg_env_mod ? cg_fmt("%s:%d", cg_file_name, line)
                        : module_level
                            ? cg_fmt("%s:%d: %s (module)", cg_file_name, line, mod_display(cg_env_mod->name))
                            : env_frame(line);
    cg_warn("%s  %s\n\n", s, where);
}

/* Octal escapes for anything unusual keep the literal exact for any bytes. */
char *cg_cstr(const char *s, size_t n)
{
    Buf b = {0};
    buf_put(&b, "\"");
    char tmp[8];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            tmp[0] = '\\', tmp[1] = (char)c, tmp[2] = 0;
        } else if (c >= 32 && c < 127 && c != '?') {
            tmp[0] = (char)c, tmp[1] = 0;
        } else {
            snprintf(tmp, sizeof tmp, "\\%03o", c);
        }
        buf_put(&b, tmp);
    }
    buf_put(&b, "\"");
    char *r = cg_fmt("%s", b.p);
    free(b.p);
    return r;
}

exc_term A(const char *text) { return exc_atom(text); }

bool ast_is_call(exc_term t, const char *name, int nargs)
{
    if (!exc_is_tuple(t) || exc_tuple_arity(t) != 3)
        return false;
    exc_term *e = exc_tuple_elems(t);
    if (e[0] != A(name))
        return false;
    if (nargs < 0)
        return true;
    return exc_is_list(e[2]) && ast_len(e[2]) == nargs;
}

bool ast_is_var(exc_term t)
{
    if (!exc_is_tuple(t) || exc_tuple_arity(t) != 3)
        return false;
    exc_term *e = exc_tuple_elems(t);
    return exc_is_atom(e[0]) && exc_is_atom(e[2]) && exc_is_list(e[1]);
}

exc_term ast_args(exc_term t) { return exc_tuple_elems(t)[2]; }

exc_term ast_nth(exc_term l, int i)
{
    for (; i > 0 && exc_is_cons(l); i--)
        l = exc_tl(l);
    return exc_is_cons(l) ? exc_hd(l) : EXC_NONE;
}

int ast_len(exc_term l)
{
    int n = 0;
    for (; exc_is_cons(l); l = exc_tl(l))
        n++;
    return l == EXC_NIL_LIST ? n : -1;
}

int ast_line(exc_term t)
{
    if (!exc_is_tuple(t) || exc_tuple_arity(t) != 3)
        return 0;
    exc_term v = kw_get(exc_tuple_elems(t)[1], "line");
    return v != EXC_NONE && exc_is_small(v) ? (int)exc_small_val(v) : 0;
}

exc_term kw_get(exc_term kw, const char *key)
{
    exc_term k = A(key);
    for (; exc_is_cons(kw); kw = exc_tl(kw)) {
        exc_term p = exc_hd(kw);
        if (exc_is_tuple(p) && exc_tuple_arity(p) == 2 && exc_tuple_elems(p)[0] == k)
            return exc_tuple_elems(p)[1];
    }
    return EXC_NONE;
}

const char *atom_str(exc_term a) { return exc_atom_text(a, NULL); }

const char *mod_display(exc_term mod)
{
    const char *s = atom_str(mod);
    if (strncmp(s, "Elixir.", 7) == 0)
        return s + 7;
    return cg_fmt(":%s", s);
}

const char *cg_line_file;
static struct { exc_term form; const char *file; } *form_files;
static int nform_files, cap_form_files;

void cg_note_form_file(exc_term form, const char *file)
{
    form_files = cg_grow(form_files, nform_files, &cap_form_files, sizeof *form_files);
    form_files[nform_files].form = form;
    form_files[nform_files++].file = file;
}

const char *cg_form_file(exc_term form)
{
    for (int i = 0; i < nform_files; i++)
        if (form_files[i].form == form)
            return form_files[i].file;
    return NULL;
}

Mod *cg_env_mod;
Def *cg_env_def;
const char *cg_env_struct;

/* "FILE:LINE: M.f/1" or "FILE:LINE: (file)": the caller's frame elixir shows. */
static char *env_frame(int line)
{
    if (cg_env_def)
        return cg_fmt("%s:%d: %s.%s/%d", cg_file_name, line, mod_display(cg_env_mod->name),
                      atom_str(cg_env_def->name), cg_env_def->arity);
    if (cg_env_mod)
        return cg_fmt("%s:%d: %s (module)", cg_file_name, line, mod_display(cg_env_mod->name));
    return cg_fmt("%s:%d: (file)", cg_file_name, line);
}

/* The stack trace under a compile-time error: for a struct being expanded, that step
** and the expanding function; for an error of the module's expansion, the module
** body's `def` ("(module)" at the def's line); at top level only frames of elixir
** itself (none to print). */
static const char *error_trace(int line, bool compile_error)
{
    if (cg_env_struct)
        return cg_fmt("\n    expanding struct: %s.__struct__/1\n    %s", cg_env_struct, env_frame(line));
    if (!compile_error)
        return cg_fmt("\n    %s", env_frame(line));
    if (cg_env_mod)
        return cg_fmt("\n    %s:%d: (module)", cg_file_name, cg_env_def ? cg_env_def->line : line);
    return "";
}

/* cg_fail_msg = "** (CompileError) FILE:LINE: message<trace>". */
static void set_fail(int line, const char *trace, const char *fmt, va_list ap)
{
    char *s = vfmt(fmt, ap);
    snprintf(cg_fail_msg, sizeof cg_fail_msg, "** (CompileError) %s:%d: %s%s", cg_file_name, line, s,
             trace);
}

void cg_error(int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_fail(line, error_trace(line, true), fmt, ap);
    va_end(ap);
    longjmp(cg_fail_jb, 1);
}

void cg_error_post(int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_fail(line, cg_env_mod ? "\n" : "", fmt, ap);
    va_end(ap);
    longjmp(cg_fail_jb, 1);
}

void cg_error_kind(const char *kind, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = vfmt(fmt, ap);
    va_end(ap);
    snprintf(cg_fail_msg, sizeof cg_fail_msg, "** (%s) %s%s", kind, s, error_trace(line, false));
    longjmp(cg_fail_jb, 1);
}

/* Compiler tables hold terms and GC strings, so they live in the (scanned) GC heap:
** malloc'ed memory would hide those pointers from the collector. */
void *cg_grow(void *p, int n, int *cap, size_t elt)
{
    if (n < *cap)
        return p;
    int nc = *cap ? *cap * 2 : 16;
    void *q = exc_alloc((size_t)nc * elt);
    if (p)
        memcpy(q, p, (size_t)*cap * elt);
    *cap = nc;
    return q;
}

void *cg_zalloc(size_t n) { return exc_alloc(n); }

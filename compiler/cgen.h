/* cgen.h: the back end's shared state. Expansion (expand.c) turns a file's quoted AST
** into modules of grouped function clauses; code generation (cgen*.c, match.c) writes
** one C text per module plus one for the script's top level. See docs/backend.md. */
#ifndef EXC_COMPILER_CGEN_H
#define EXC_COMPILER_CGEN_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "exc.h"

/* ---- growable text ----------------------------------------------------------- */

typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

void buf_put(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A GC-allocated formatted string (lives as long as the compiler run). */
char *cg_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A C string literal (quoted, escaped) for n bytes. */
char *cg_cstr(const char *s, size_t n);

void *cg_grow(void *p, int n, int *cap, size_t elt);
void *cg_zalloc(size_t n); /* zeroed, GC-scanned */

/* ---- AST helpers ------------------------------------------------------------- */

exc_term A(const char *text); /* atom */
bool ast_is_call(exc_term t, const char *name, int nargs); /* {name, meta, args} */
bool ast_is_var(exc_term t);
exc_term ast_args(exc_term t);           /* third element of a 3-tuple */
exc_term ast_nth(exc_term list, int i);  /* i-th element of a list */
int ast_len(exc_term list);              /* list length, -1 for non-lists */
int ast_line(exc_term t);                /* line of a node's meta, 0 if none */
exc_term kw_get(exc_term kw, const char *key); /* keyword lookup, EXC_NONE if absent */
const char *atom_str(exc_term a);

/* ---- expanded program ---------------------------------------------------------- */

/* One function name/arity of a module: all its clauses ({:def/:defp, meta, [head,
** body_kw]} with the attribute snapshot each saw). */
typedef struct Clause {
    exc_term args;   /* list of patterns */
    exc_term guard;  /* EXC_NONE if none */
    exc_term body;   /* expression */
    int attr_mark;   /* attributes visible: attrs[0..attr_mark) */
    int line;
} Clause;

typedef struct Def {
    exc_term name;
    int arity;
    bool private;
    bool has_defaults;
    bool noreturn;   /* every clause ends in throw/exit or another such local call */
    int line;
    Clause *clauses;
    int nclauses, cap;
    char *cname;
} Def;

typedef struct Attr {
    exc_term name, value; /* value is an AST */
} Attr;

typedef struct Alias {
    exc_term as, full;
} Alias;

typedef struct Mod {
    exc_term name;    /* atom Elixir.Foo */
    char *cname;      /* C identifier part */
    Def *defs;
    int ndefs, cap;
    Attr *attrs;
    int nattrs, acap;
    exc_term struct_fields; /* keyword list of {field, default AST}, EXC_NONE if none */
    exc_term enforce_keys;  /* list of atoms */
    bool is_exception;
    Alias *aliases;
    int naliases, alcap;
    exc_term imports; /* list of module atoms */
    int line;
    exc_term body;    /* the body's expressions to run (reversed while expanding) */
    const char *file; /* basename of its source file, NULL if unknown */
} Mod;

typedef struct Program {
    const char *file;   /* as given (for messages) */
    Mod **mods;
    int nmods, cap;
    exc_term toplevel;  /* list of top-level expressions (after module definitions) */
    const char *top_file; /* file of the last top-level expression, NULL if unknown */
    Alias *aliases;     /* top-level aliases */
    int naliases, alcap;
    exc_term imports;
} Program;

/* Compile errors abort the compilation through this jump buffer. */
extern jmp_buf cg_fail_jb;
extern char cg_fail_msg[2048];
extern const char *cg_file_name;
/* The file the code being generated comes from (`#line`): a program built from
** several files (`exc build a.ex b.exs`) keeps each module's own file. */
extern const char *cg_line_file;
void cg_note_form_file(exc_term form, const char *file);
const char *cg_form_file(exc_term form); /* NULL if not noted */
void cg_error(int line, const char *fmt, ...) __attribute__((format(printf, 2, 3), noreturn));
/* The same for the errors elixir finds after expanding the module (undefined local
** functions, calls inside guards and matches): no stack trace is printed with them. */
void cg_error_post(int line, const char *fmt, ...) __attribute__((format(printf, 2, 3), noreturn));
/* Where the compiler is, for the stack-trace lines elixir prints under compile errors
** and warnings: the module and def being compiled (NULL in the module body / at top
** level) and the struct being expanded (its display name, or NULL). */
extern Mod *cg_env_mod;
extern struct Def *cg_env_def;
extern const char *cg_env_struct;
/* Prints a compile warning on stderr and keeps it in cg_warnings, so that `exc run`
** can replay it when it runs a cached binary (elixir prints warnings every run). */
void cg_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A warning followed by elixir's location line ("  FILE:LINE: M.f/1", or "M (module)"
** when module_level) and a blank line. */
void cg_warn_at(int line, bool module_level, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
extern Buf cg_warnings;
/* An error that elixir raises as another exception kind (e.g. KeyError at expansion). */
void cg_error_kind(const char *kind, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), noreturn));

/* A <<>> segment's value, size and flags (bitspec.c). */
int cg_bin_segment(exc_term seg, exc_term *val, exc_term *size);
/* The first code point of a UTF-8 binary literal; *s advances past it. */
exc_term cg_utf8_next(exc_term *s);

Program *expand_program(const char *file, exc_term ast);
Mod *prog_find_mod(Program *p, exc_term name);
Def *mod_find_def(Mod *m, exc_term name, int arity);
/* Resolve {:__aliases__, _, parts} to a module atom with the given alias table. */
exc_term expand_alias(Program *p, Mod *m, exc_term aliases_node);
/* Name of a module atom for messages ("Foo.Bar"), or ":lists" style for Erlang. */
const char *mod_display(exc_term mod);

/* ---- code generation ------------------------------------------------------------ */

typedef struct Var {
    exc_term name;
    const char *c;
} Var;

typedef struct Capture {
    const char *outer; /* C expr in the parent */
    const char *inner; /* local in the lambda */
} Capture;

/* One C function being generated (a def, a lambda or the script's top level). */
typedef struct Fn {
    Buf decls, body;
    int ntmp;
    Var *vars;
    int nvars, vcap;
    struct Fn *parent;          /* enclosing function of a lambda */
    int scope_floor;            /* first var of this fn visible without capture */
    Capture *caps;
    int ncaps, ccap;
    const char *self;           /* lambda: C expr of the fun term */
    int try_depth;              /* > 0: no tail calls */
    const char *stacktrace;     /* __STACKTRACE__ in a rescue/catch */
    bool guard;                 /* compiling a guard */
    struct Unit *unit;
    Mod *mod;                   /* NULL at top level */
    Def *def;                   /* enclosing def (for lambda names) */
    int attr_mark;
    const char *fname;          /* Elixir name of the enclosing function */
    int farity;
    int line;
    int line_flag;              /* added to the #line of the statements emitted */
} Fn;

/* One C translation unit (a module, or the script). */
typedef struct Unit {
    Program *prog;
    Mod *mod;
    Buf head, protos, code;
    int natoms, nconsts, nlambdas, nsites;
    int serial;         /* distinguishes units in the atom cache */
    Buf atom_init, const_init;
    char *prefix;       /* symbol prefix of this unit */
    const char *modtext; /* atom text of the module for fun infos */
    Buf frames;         /* exc_trace_fn entries of its functions (stack traces) */
    int nframes;
} Unit;

char *cg_module_c(Program *p, Mod *m);
/* An arithmetic operator with an operand that is a literal but not a number (BEAM
** calls the operator's BIF then: its frame heads the trace). */
bool cg_arith_fails(exc_term e);
char *cg_script_c(Program *p);
/* C name of a def's function. */
char *cg_def_cname(Mod *m, exc_term name, int arity);

/* cgen_fn.c */
char *fn_tmp(Fn *f);
char *fn_label(Fn *f);
void fn_emit(Fn *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *fn_lookup(Fn *f, exc_term name);
const char *fn_bind(Fn *f, exc_term name);
const char *unit_atom(Unit *u, exc_term atom);
const char *unit_const(Unit *u, const char *init_expr);

/* cgen_expr.c */
const char *cg_expr(Fn *f, exc_term e, bool tail);

/* Evaluates the expressions of list `args` left to right; *n gets their count. The
** array has two spare slots past the end for callers that append. */
const char **cg_args(Fn *f, exc_term args, int *n);
void cg_tail_or_assign(Fn *f, exc_term e, bool tail, const char *dst);
const char *cg_block(Fn *f, exc_term e, bool tail);
const char *cg_literal(Fn *f, exc_term e);
const char *cg_call_code(Fn *f, const char *code, int n, const char **args, bool tail, const char *selfarg);
const char *cg_fn_lambda(Fn *f, exc_term clauses, int line);
exc_term cg_attr(Fn *f, exc_term name, int line);

/* cgen_call.c */
const char *cg_call(Fn *f, exc_term e, bool tail);
const char *cg_remote(Fn *f, exc_term mod, exc_term fun, exc_term args, bool tail, int line);
const char *cg_capture(Fn *f, exc_term e);
exc_term cg_resolve_mod(Fn *f, exc_term e);
const char *cg_struct(Fn *f, exc_term modnode, exc_term kv, int line);
/* libexcstd's registry of the built-ins as C text. */
void cg_gen_builtins(FILE *out);

/* cgen_ctrl.c */
const char *cg_case(Fn *f, exc_term e, bool tail);
const char *cg_cond(Fn *f, exc_term e, bool tail);
const char *cg_if(Fn *f, exc_term e, bool tail, bool unless);
const char *cg_receive(Fn *f, exc_term e, bool tail);
const char *cg_try(Fn *f, exc_term e, bool tail);
const char *cg_with(Fn *f, exc_term e, bool tail);
const char *cg_for(Fn *f, exc_term e);
/* Match `clauses` ({:->, _, [[pat], body]}) against subject; on no match run
** nomatch (a C statement). */
const char *cg_clauses(Fn *f, exc_term clauses, const char *subject, bool tail,
                       const char *nomatch);

/* match.c: emit tests of `pat` against C expression subj; on failure goto fail. */
void match_pattern(Fn *f, exc_term pat, const char *subj, const char *fail);
/* All arguments a0..a(n-1) of a head against the list pats, in one scope. */
void match_args(Fn *f, exc_term pats, int n, const char *fail);
/* Compile a guard into a C boolean expression; failures/errors jump to fail. */
void match_guard(Fn *f, exc_term guard, const char *fail);

#endif

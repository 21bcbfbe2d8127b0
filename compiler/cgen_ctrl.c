/* cgen_ctrl.c: control flow: case, cond, if/unless, receive/after, try (rescue,
** catch, else, after), with/else and for comprehensions. Each clause is its own
** scope: variables bound in it are dropped afterwards (Elixir's scoping). */
#include "cgen.h"
#include "dtree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void split_when(exc_term head, exc_term *pat, exc_term *guard)
{
    *guard = EXC_NONE;
    *pat = head;
    if (ast_is_call(head, "when", 2)) {
        *pat = ast_nth(ast_args(head), 0);
        *guard = ast_nth(ast_args(head), 1);
    }
}

/* res: where a non-tail result goes (NULL in tail position). */
static const char *result_var(Fn *f, bool tail) { return tail ? NULL : fn_tmp(f); }

static void body_to(Fn *f, exc_term body, bool tail, const char *res, const char *done)
{
    cg_tail_or_assign(f, body, tail, res);
    if (!tail)
        fn_emit(f, "goto %s;", done);
}

/* Clauses {:->, _, [[head], body]} over one subject, as a decision tree (dtree.c). */
typedef struct ClauseCtx {
    exc_term *bodies;
    bool tail, recv;
    const char *res, *done;
} ClauseCtx;

static void clause_body(Fn *f, int c, const char *fail, void *ctx)
{
    ClauseCtx *x = ctx;
    (void)fail;
    if (x->recv)
        fn_emit(f, "exc_recv_take();");
    body_to(f, x->bodies[c], x->tail, x->res, x->done);
}

/* Matches clauses against subj; when none matches, goes to the label nomatch. */
static void match_clauses(Fn *f, exc_term clauses, const char *subj, ClauseCtx *x, const char *nomatch)
{
    int n = ast_len(clauses);
    DtClause *dc = exc_alloc(sizeof *dc * (size_t)(n + 1));
    x->bodies = exc_alloc(sizeof *x->bodies * (size_t)(n + 1));
    int i = 0;
    for (exc_term l = clauses; exc_is_cons(l); l = exc_tl(l), i++) {
        exc_term cl = exc_hd(l), pat, guard;
        split_when(ast_nth(ast_nth(ast_args(cl), 0), 0), &pat, &guard);
        exc_term *p = exc_alloc(sizeof *p);
        p[0] = pat;
        dc[i] = (DtClause){p, guard};
        x->bodies[i] = ast_nth(ast_args(cl), 1);
    }
    DtHooks h = {NULL, clause_body, x};
    dtree_match(f, dc, n, &subj, 1, nomatch, &h);
}

const char *cg_clauses(Fn *f, exc_term clauses, const char *subj, bool tail, const char *nomatch)
{
    const char *res = result_var(f, tail), *done = fn_label(f), *fail = fn_label(f);
    ClauseCtx x = {NULL, tail, false, res, done};
    match_clauses(f, clauses, subj, &x, fail);
    fn_emit(f, "%s:;", fail);
    fn_emit(f, "%s", nomatch);
    fn_emit(f, "%s:;", done);
    return res;
}

const char *cg_case(Fn *f, exc_term e, bool tail)
{
    exc_term args = ast_args(e);
    const char *s = cg_expr(f, ast_nth(args, 0), false);
    const char *subj = fn_tmp(f);
    fn_emit(f, "%s = %s;", subj, s);
    exc_term clauses = kw_get(ast_nth(args, 1), "do");
    return cg_clauses(f, clauses, subj, tail, cg_fmt("exc_error_case_clause(%s);", subj));
}

const char *cg_cond(Fn *f, exc_term e, bool tail)
{
    exc_term clauses = kw_get(ast_nth(ast_args(e), 0), "do");
    const char *res = result_var(f, tail), *done = fn_label(f);
    int saved = f->line, last = f->line;
    for (exc_term l = clauses; exc_is_cons(l); l = exc_tl(l)) {
        exc_term cl = exc_hd(l);
        int mark = f->nvars;
        const char *next = fn_label(f);
        if (ast_line(cl))
            last = ast_line(cl);
        const char *c = cg_expr(f, ast_nth(ast_nth(ast_args(cl), 0), 0), false);
        fn_emit(f, "if (!exc_truthy(%s)) goto %s;", c, next);
        body_to(f, ast_nth(ast_args(cl), 1), tail, res, done);
        fn_emit(f, "%s:;", next);
        f->nvars = mark;
    }
    /* BEAM raises cond_clause from the last clause's line (cond is nested cases). */
    f->line = last;
    fn_emit(f, "exc_error_cond_clause();");
    f->line = saved;
    fn_emit(f, "%s:;", done);
    return res;
}

const char *cg_if(Fn *f, exc_term e, bool tail, bool unless)
{
    exc_term args = ast_args(e);
    exc_term kw = ast_nth(args, 1);
    exc_term yes = kw_get(kw, "do"), no = kw_get(kw, "else");
    if (yes == EXC_NONE) yes = EXC_A_nil;
    if (no == EXC_NONE) no = EXC_A_nil;
    const char *c = cg_expr(f, ast_nth(args, 0), false);
    const char *res = result_var(f, tail), *done = fn_label(f), *other = fn_label(f);
    fn_emit(f, "if (%sexc_truthy(%s)) goto %s;", unless ? "" : "!", c, other);
    int mark = f->nvars;
    body_to(f, yes, tail, res, done);
    f->nvars = mark;
    fn_emit(f, "%s:;", other);
    body_to(f, no, tail, res, done);
    f->nvars = mark;
    fn_emit(f, "%s:;", done);
    return res;
}

const char *cg_receive(Fn *f, exc_term e, bool tail)
{
    exc_term kw = ast_nth(ast_args(e), 0);
    exc_term clauses = kw_get(kw, "do"), after = kw_get(kw, "after");
    const char *res = result_var(f, tail), *done = fn_label(f), *loop = fn_label(f);
    const char *lafter = fn_label(f);
    const char *to = "EXC_INFINITY";
    exc_term after_body = EXC_NONE;
    if (after != EXC_NONE) {
        exc_term cl = ast_nth(after, 0);
        const char *tv = cg_expr(f, ast_nth(ast_nth(ast_args(cl), 0), 0), false);
        to = cg_fmt("excstd_timeout(%s)", tv);
        after_body = ast_nth(ast_args(cl), 1);
    }
    const char *tov = cg_fmt("rt%d", f->ntmp++);
    buf_printf(&f->decls, "    int64_t %s = 0; (void)%s;\n", tov, tov);
    fn_emit(f, "%s = %s;", tov, to);
    const char *m = fn_tmp(f);
    fn_emit(f, "exc_recv_begin();");
    fn_emit(f, "%s:;", loop);
    fn_emit(f, "%s = exc_recv_peek();", m);
    fn_emit(f, "if (%s == EXC_NONE) { if (exc_recv_wait(%s)) goto %s; goto %s; }", m, tov, lafter, loop);
    if (clauses == EXC_NONE)
        clauses = EXC_NIL_LIST;
    const char *skip = fn_label(f);
    ClauseCtx x = {NULL, tail, true, res, done};
    match_clauses(f, clauses, m, &x, skip);
    fn_emit(f, "%s:;", skip);
    fn_emit(f, "exc_recv_skip(); goto %s;", loop);
    fn_emit(f, "%s:;", lafter);
    if (after_body != EXC_NONE)
        body_to(f, after_body, tail, res, done);
    else
        fn_emit(f, "goto %s;", loop);
    fn_emit(f, "%s:;", done);
    return res;
}

/* One rescue clause head: `e in [A, B]`, `e in A`, `A`, `e`, `_`. */
static void rescue_head(Fn *f, exc_term head, const char *exc, const char *fail)
{
    exc_term var = EXC_NONE, mods = EXC_NONE;
    if (ast_is_call(head, "in", 2)) {
        var = ast_nth(ast_args(head), 0);
        mods = ast_nth(ast_args(head), 1);
    } else if (ast_is_var(head)) {
        var = head;
    } else {
        mods = head;
    }
    if (mods != EXC_NONE) {
        if (!exc_is_list(mods))
            mods = exc_cons(mods, EXC_NIL_LIST);
        const char *ok = fn_label(f);
        const char *sn = fn_tmp(f);
        fn_emit(f, "%s = exc_map_get(%s, %s);", sn, exc, unit_atom(f->unit, A("__struct__")));
        for (exc_term l = mods; exc_is_cons(l); l = exc_tl(l)) {
            exc_term mod = cg_resolve_mod(f, exc_hd(l));
            fn_emit(f, "if (%s == %s) goto %s;", sn, unit_atom(f->unit, mod), ok);
        }
        fn_emit(f, "goto %s;", fail);
        fn_emit(f, "%s:;", ok);
    }
    if (var != EXC_NONE)
        match_pattern(f, var, exc, fail);
}

static void emit_handlers(Fn *f, exc_term rescue, exc_term catch_, const char *fr, const char *res,
                          const char *done)
{
    const char *kind = fn_tmp(f), *val = fn_tmp(f), *st = fn_tmp(f);
    fn_emit(f, "%s = %s.kind; %s = %s.value; %s = %s.stack;", kind, fr, val, fr, st, fr);
    const char *saved = f->stacktrace;
    f->stacktrace = st;
    if (rescue != EXC_NONE) {
        const char *skip = fn_label(f);
        const char *exc = fn_tmp(f);
        fn_emit(f, "if (%s != %s) goto %s;", kind, unit_atom(f->unit, A("error")), skip);
        fn_emit(f, "%s = exc_exception_normalize(%s, %s, %s);", exc, kind, val, st);
        for (exc_term l = rescue; exc_is_cons(l); l = exc_tl(l)) {
            exc_term cl = exc_hd(l);
            int mark = f->nvars;
            const char *next = fn_label(f);
            rescue_head(f, ast_nth(ast_nth(ast_args(cl), 0), 0), exc, next);
            body_to(f, ast_nth(ast_args(cl), 1), false, res, done);
            fn_emit(f, "%s:;", next);
            f->nvars = mark;
        }
        fn_emit(f, "%s:;", skip);
    }
    if (catch_ != EXC_NONE) {
        for (exc_term l = catch_; exc_is_cons(l); l = exc_tl(l)) {
            exc_term cl = exc_hd(l);
            exc_term heads = ast_nth(ast_args(cl), 0);
            int mark = f->nvars;
            const char *next = fn_label(f);
            exc_term kp, vp, guard = EXC_NONE;
            exc_term h0 = ast_nth(heads, 0);
            if (ast_len(heads) == 1) {
                split_when(h0, &vp, &guard);
                kp = A("throw");
            } else {
                kp = h0;
                split_when(ast_nth(heads, 1), &vp, &guard);
            }
            match_pattern(f, kp, kind, next);
            match_pattern(f, vp, val, next);
            if (guard != EXC_NONE)
                match_guard(f, guard, next);
            body_to(f, ast_nth(ast_args(cl), 1), false, res, done);
            fn_emit(f, "%s:;", next);
            f->nvars = mark;
        }
    }
    f->stacktrace = saved;
    fn_emit(f, "exc_raise_kind(%s, %s, %s);", kind, val, st);
}

static const char *new_frame(Fn *f)
{
    const char *fr = cg_fmt("cf%d", f->ntmp++);
    buf_printf(&f->decls, "    exc_catch %s;\n", fr);
    return fr;
}

const char *cg_try(Fn *f, exc_term e, bool tail)
{
    exc_term kw = ast_nth(ast_args(e), 0);
    exc_term body = kw_get(kw, "do"), rescue = kw_get(kw, "rescue"), catch_ = kw_get(kw, "catch");
    exc_term els = kw_get(kw, "else"), after = kw_get(kw, "after");
    const char *res = fn_tmp(f), *done = fn_label(f);
    const char *fa = NULL;
    int mark = f->nvars;
    f->try_depth++;
    if (after != EXC_NONE) {
        fa = new_frame(f);
        fn_emit(f, "if (EXC_TRY(%s)) {", fa);
    }
    const char *fr = new_frame(f);
    const char *landed = fn_label(f);
    fn_emit(f, "if (!EXC_TRY(%s)) goto %s;", fr, landed);
    const char *v = cg_block(f, body == EXC_NONE ? EXC_A_nil : body, false);
    fn_emit(f, "exc_catch_pop(&%s);", fr);
    f->nvars = mark;
    if (els != EXC_NONE) {
        const char *sv = fn_tmp(f);
        fn_emit(f, "%s = %s;", sv, v);
        const char *r = cg_clauses(f, els, sv, false, cg_fmt("exc_error_try_clause(%s);", sv));
        fn_emit(f, "%s = %s; goto %s;", res, r, done);
    } else {
        fn_emit(f, "%s = %s; goto %s;", res, v, done);
    }
    fn_emit(f, "%s:;", landed);
    emit_handlers(f, rescue, catch_, fr, res, done);
    fn_emit(f, "%s:;", done);
    if (fa) {
        fn_emit(f, "exc_catch_pop(&%s);", fa);
        f->nvars = mark;
        cg_block(f, after, false);
        fn_emit(f, "} else {");
        f->nvars = mark;
        cg_block(f, after, false);
        fn_emit(f, "exc_raise_kind(%s.kind, %s.value, %s.stack);", fa, fa, fa);
        fn_emit(f, "}");
    }
    f->try_depth--;
    f->nvars = mark;
    if (tail) {
        fn_emit(f, "return %s;", res);
        return NULL;
    }
    return res;
}

const char *cg_with(Fn *f, exc_term e, bool tail)
{
    exc_term args = ast_args(e);
    int n = ast_len(args);
    exc_term kw = ast_nth(args, n - 1);
    exc_term body = kw_get(kw, "do"), els = kw_get(kw, "else");
    const char *res = result_var(f, tail), *done = fn_label(f), *lelse = fn_label(f);
    const char *wv = fn_tmp(f);
    int mark = f->nvars;
    for (int i = 0; i < n - 1; i++) {
        exc_term c = ast_nth(args, i);
        if (ast_is_call(c, "<-", 2)) {
            exc_term pat, guard;
            split_when(ast_nth(ast_args(c), 0), &pat, &guard);
            const char *v = cg_expr(f, ast_nth(ast_args(c), 1), false);
            fn_emit(f, "%s = %s;", wv, v);
            match_pattern(f, pat, wv, lelse);
            if (guard != EXC_NONE)
                match_guard(f, guard, lelse);
        } else {
            cg_expr(f, c, false);
        }
    }
    body_to(f, body == EXC_NONE ? EXC_A_nil : body, tail, res, done);
    f->nvars = mark;
    fn_emit(f, "%s:;", lelse);
    if (els != EXC_NONE) {
        const char *r = cg_clauses(f, els, wv, tail, cg_fmt("exc_error_with_clause(%s);", wv));
        if (!tail)
            fn_emit(f, "%s = %s;", res, r);
    } else if (tail) {
        fn_emit(f, "return %s;", wv);
    } else {
        fn_emit(f, "%s = %s;", res, wv);
    }
    fn_emit(f, "%s:;", done);
    return res;
}

/* for: nested loops over the generators' lists; filters skip; the body's values
** are collected (reversed at the end), or threaded through reduce: clauses. */
static void for_level(Fn *f, exc_term quals, exc_term body, exc_term reduce, const char *acc)
{
    if (!exc_is_cons(quals)) {
        if (reduce != EXC_NONE) {
            const char *r = cg_clauses(f, reduce, acc, false, cg_fmt("exc_error_function_clause(EXC_A_nil, EXC_A_nil, exc_cons(%s, EXC_NIL_LIST));", acc));
            fn_emit(f, "%s = %s;", acc, r);
        } else {
            const char *v = cg_block(f, body, false);
            fn_emit(f, "%s = exc_cons(%s, %s);", acc, v, acc);
        }
        return;
    }
    exc_term q = exc_hd(quals);
    if (ast_is_call(q, "<-", 2)) {
        exc_term pat, guard;
        split_when(ast_nth(ast_args(q), 0), &pat, &guard);
        const char *en = cg_expr(f, ast_nth(ast_args(q), 1), false);
        const char *l = fn_tmp(f), *x = fn_tmp(f);
        const char *top = fn_label(f), *end = fn_label(f);
        fn_emit(f, "%s = excstd_to_list(%s);", l, en);
        fn_emit(f, "%s:; if (!exc_is_cons(%s)) goto %s;", top, l, end);
        fn_emit(f, "%s = exc_hd(%s); %s = exc_tl(%s); EXC_REDUCE();", x, l, l, l);
        int mark = f->nvars;
        match_pattern(f, pat, x, top);
        if (guard != EXC_NONE)
            match_guard(f, guard, top);
        for_level(f, exc_tl(quals), body, reduce, acc);
        fn_emit(f, "goto %s;", top);
        fn_emit(f, "%s:;", end);
        f->nvars = mark;
        return;
    }
    exc_term bargs = ast_is_call(q, "<<>>", -1) ? ast_args(q) : EXC_NIL_LIST;
    int nb = exc_is_cons(bargs) ? ast_len(bargs) : 0;
    if (nb > 0 && ast_is_call(ast_nth(bargs, nb - 1), "<-", 2)) {
        /* <<seg, ..., last <- bin>>: match <<seg, ..., last, exc@rest::bits>> repeatedly. */
        exc_term g = ast_nth(bargs, nb - 1);
        const char *en = cg_expr(f, ast_nth(ast_args(g), 1), false);
        const char *l = fn_tmp(f), *x = fn_tmp(f);
        const char *top = fn_label(f), *end = fn_label(f);
        fn_emit(f, "%s = %s;", l, en);
        fn_emit(f, "%s:; if (exc_bitstring_bits(%s) == 0) goto %s;", top, l, end);
        exc_term rest = exc_tuple3(A("::"), EXC_NIL_LIST,
                                   exc_cons(exc_tuple3(A("exc@rest"), EXC_NIL_LIST, EXC_A_nil),
                                            exc_cons(exc_tuple3(A("bits"), EXC_NIL_LIST, EXC_A_nil), EXC_NIL_LIST)));
        exc_term segs = exc_cons(rest, EXC_NIL_LIST);
        segs = exc_cons(ast_nth(ast_args(g), 0), segs);
        for (int i = nb - 2; i >= 0; i--)
            segs = exc_cons(ast_nth(bargs, i), segs);
        exc_term seg = exc_tuple3(A("<<>>"), EXC_NIL_LIST, segs);
        int mark = f->nvars;
        fn_emit(f, "%s = %s;", x, l);
        match_pattern(f, seg, x, end);
        fn_emit(f, "%s = %s;", l, fn_lookup(f, A("exc@rest")));
        for_level(f, exc_tl(quals), body, reduce, acc);
        fn_emit(f, "goto %s;", top);
        fn_emit(f, "%s:;", end);
        f->nvars = mark;
        return;
    }
    /* a filter */
    const char *skip = fn_label(f), *after = fn_label(f);
    const char *v = cg_expr(f, q, false);
    fn_emit(f, "if (!exc_truthy(%s)) goto %s;", v, skip);
    for_level(f, exc_tl(quals), body, reduce, acc);
    fn_emit(f, "goto %s;", after);
    fn_emit(f, "%s:;", skip);
    fn_emit(f, "%s:;", after);
}

static bool is_kw(exc_term t)
{
    if (!exc_is_cons(t))
        return false;
    for (; exc_is_cons(t); t = exc_tl(t))
        if (!exc_is_tuple(exc_hd(t)) || exc_tuple_arity(exc_hd(t)) != 2 || !exc_is_atom(exc_tuple_elems(exc_hd(t))[0]))
            return false;
    return true;
}

const char *cg_for(Fn *f, exc_term e)
{
    exc_term args = ast_args(e);
    exc_term quals = EXC_NIL_LIST, kw = EXC_NIL_LIST;
    for (exc_term l = args; exc_is_cons(l); l = exc_tl(l)) {
        if (is_kw(exc_hd(l)))
            kw = exc_list_append(kw, exc_hd(l));
        else
            quals = exc_cons(exc_hd(l), quals);
    }
    quals = exc_list_reverse(quals);
    exc_term body = kw_get(kw, "do"), into = kw_get(kw, "into"), reduce = kw_get(kw, "reduce");
    exc_term uniq = kw_get(kw, "uniq");
    const char *acc = fn_tmp(f);
    int mark = f->nvars;
    if (reduce != EXC_NONE) {
        fn_emit(f, "%s = %s;", acc, cg_expr(f, reduce, false));
        for_level(f, quals, EXC_NONE, body, acc);
        f->nvars = mark;
        return acc;
    }
    const char *into_v = into != EXC_NONE ? cg_expr(f, into, false) : NULL;
    fn_emit(f, "%s = EXC_NIL_LIST;", acc);
    for_level(f, quals, body, EXC_NONE, acc);
    f->nvars = mark;
    fn_emit(f, "%s = excstd_reverse(%s, EXC_NIL_LIST);", acc, acc);
    if (uniq != EXC_NONE && uniq == EXC_A_true)
        fn_emit(f, "%s = excstd_uniq(%s);", acc, acc);
    if (into_v)
        fn_emit(f, "%s = excstd_into(%s, %s);", acc, into_v, acc);
    return acc;
}

/* dtree.h: multi-clause pattern matching compiled to a backtracking automaton
** (see dtree.c). */
#ifndef EXC_DTREE_H
#define EXC_DTREE_H

#include "cgen.h"

/* One clause of a match: its patterns (one per subject) and its guard. */
typedef struct DtClause {
    exc_term *pats;  /* npats patterns */
    exc_term guard;  /* EXC_NONE if none */
} DtClause;

/* What the caller emits around each clause: `enter` before its patterns (line,
** attribute snapshot), `body` after its patterns matched (guard and body; a guard
** failure must goto fail, the body must not fall through). */
typedef struct DtHooks {
    void (*enter)(Fn *f, int clause, void *ctx);
    void (*body)(Fn *f, int clause, const char *fail, void *ctx);
    void *ctx;
} DtHooks;

/* match.c, for the leaves: match_begin opens the scope of one clause's patterns (a
** variable seen twice in it tests equality; pins see only older variables) and
** returns what match_end restores; match_sub emits the tests of one pattern. */
int match_begin(Fn *f);
void match_sub(Fn *f, exc_term pat, const char *subj, const char *fail);
void match_end(int saved);

/* Emit the first-match selection among ncl clauses over the C subjects subj[0..n);
** when no clause matches, control goes to the label nomatch. */
void dtree_match(Fn *f, const DtClause *cs, int ncl, const char *const *subj, int n,
                 const char *nomatch, const DtHooks *h);

#endif

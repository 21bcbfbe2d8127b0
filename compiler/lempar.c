/*
** lempar.c: exc's lemon driver template (compiler/CMakeLists.txt passes it with -T).
**
** Derived from the stock template of lemon 3.40.1 (Debian's /usr/share/lemon/lempar.c,
** public domain, "May you do good and not evil."). lemon fills the %% sections in
** order, so they stay exactly where the stock template has them; what changed is the
** engine around them, for speed (docs/decisions.md, "Parse speed"):
**
**  - ParseRun(parser, toks, n, P) feeds a whole token vector and the end marker in
**    one run, with the stack top in a local, instead of one Parse() call per token
**    that reloads the parser and calls yy_reduce. Parse() is gone.
**  - The automaton is code, not a table loop: this template, compiled a second time
**    with EXC_PARSER_GEN, is the build-time generator parser_gen, which reads
**    lemon's tables through lemon's own lookups and writes parser_states.h, included
**    inside ParseRun: a label per state that fetches the next token and switches on
**    it, a label per rule that runs its action (yy_rule_action, lemon's reduce
**    section, inlined with the rule a constant) and pops, and per left-hand side a
**    switch on the state below that jumps to the goto's state. Branch prediction
**    runs ahead along those jumps, where a table loop waits for each loaded action.
**    Shift-reduce and pending reduces run at once instead of on the next token
**    (same actions, same order).
**  - No error recovery and no bookkeeping for it: there is no `error` token; the
**    first syntax error calls %syntax_error (and %parse_failure at end of input) and
**    ends the run, as exc stops at its first error. No yyerrcnt, stack high-water
**    mark, coverage, fallback/wildcard tracing or per-step tracing.
**  - No %destructor support (exc has none): stack entries carry no major code.
**  - exc-specific: the tokens are `Tok` structs (major code in `kind`); the run
**    keeps P->last on the token fed and stops before a token once P->failed is set,
**    as front.c's per-token loop did.
** Stack growth (%stack_size 0: realloc, stksz*2+100) and %stack_overflow behave as
** stock. Compiled with EXC_PARSER_TRACE, ParseRun checks itself against lemon's
** algorithm on lemon's tables (CTest parse.engine_trace).
*/
/************ Begin %include sections from the grammar ************************/
%%
/**************** End of %include directives **********************************/
/* These constants specify the various numeric values for terminal symbols.
***************** Begin token definitions *************************************/
%%
/**************** End token definitions ***************************************/

/* Control #defines, as documented in the stock template (YYCODETYPE, YYNOCODE,
** YYACTIONTYPE, ParseTOKENTYPE, YYMINORTYPE, YYSTACKDEPTH, ParseARG_*, YYNSTATE,
** YYNRULE, YYNTOKEN, YY_MAX_SHIFT, YY_{MIN,MAX}_SHIFTREDUCE, YY_ERROR_ACTION,
** YY_ACCEPT_ACTION, YY_NO_ACTION, YY_{MIN,MAX}_REDUCE). */
#ifndef INTERFACE
# define INTERFACE 1
#endif
/************* Begin control #defines *****************************************/
%%
/************* End control #defines *******************************************/
#define YY_NLOOKAHEAD ((int)(sizeof(yy_lookahead)/sizeof(yy_lookahead[0])))
#ifndef yytestcase
# define yytestcase(X)
#endif
#ifdef YYERRORSYMBOL
# error "exc's lempar.c has no error recovery: the grammar must not use the error token"
#endif
#if YYSTACKDEPTH>0
# error "exc's lempar.c needs a growing stack (%stack_size 0)"
#endif
/* Kept for grammar code written against the stock template. */
#define YYNOERRORRECOVERY 1

/* Action codes (stock meaning): 0..YY_MAX_SHIFT shift to that state;
** YY_MIN_SHIFTREDUCE..YY_MAX_SHIFTREDUCE shift, then reduce by rule N-MIN_SHIFTREDUCE;
** YY_ERROR_ACTION, YY_ACCEPT_ACTION; YY_MIN_REDUCE..YY_MAX_REDUCE reduce by rule
** N-YY_MIN_REDUCE. lemon's tables compress them as yy_action[yy_shift_ofst[S]+X]
** (checked by yy_lookahead, else yy_default[S]) and yy_reduce_ofst for gotos.
*********** Begin parsing tables **********************************************/
%%
/********** End of lemon-generated parsing tables *****************************/

#ifdef YYFALLBACK
static const YYCODETYPE yyFallback[] = {
%%
};
#endif /* YYFALLBACK */

/* One stack entry: the state, or nothing meaningful for an entry a reduction is
** about to pop, and the semantic value. */
struct yyStackEntry {
  YYACTIONTYPE stateno;
  YYMINORTYPE minor;
};
typedef struct yyStackEntry yyStackEntry;

struct yyParser {
  yyStackEntry *yytos;          /* Pointer to top element of the stack */
  ParseARG_SDECL                /* A place to hold %extra_argument */
  ParseCTX_SDECL                /* A place to hold %extra_context */
  int yystksz;                  /* Current side of the stack */
  yyStackEntry *yystack;        /* The parser's stack */
  yyStackEntry yystk0;          /* First stack entry */
};
typedef struct yyParser yyParser;

#include <assert.h>
#include <stdio.h>

/* Symbol and rule names: lemon always emits them; only a debugging session reads
** them (e.g. from gdb). */
#if defined(YYCOVERAGE) || !defined(NDEBUG)
static const char *const yyTokenName[] __attribute__((unused)) = {
%%
};
#endif
#ifndef NDEBUG
static const char *const yyRuleName[] __attribute__((unused)) = {
%%
};
#endif

/* Grow the stack to stksz*2+100 entries. Return nonzero on failure. */
static int yyGrowStack(yyParser *p){
  int newSize;
  int idx;
  yyStackEntry *pNew;

  newSize = p->yystksz*2 + 100;
  idx = p->yytos ? (int)(p->yytos - p->yystack) : 0;
  if( p->yystack==&p->yystk0 ){
    pNew = malloc(newSize*sizeof(pNew[0]));
    if( pNew ) pNew[0] = p->yystk0;
  }else{
    pNew = realloc(p->yystack, newSize*sizeof(pNew[0]));
  }
  if( pNew ){
    p->yystack = pNew;
    p->yytos = &p->yystack[idx];
    p->yystksz = newSize;
  }
  return pNew==0;
}

#ifndef YYMALLOCARGTYPE
# define YYMALLOCARGTYPE size_t
#endif

/* Initialize a new parser that has already been allocated. */
void ParseInit(void *yypRawParser ParseCTX_PDECL){
  yyParser *yypParser = (yyParser*)yypRawParser;
  ParseCTX_STORE
  yypParser->yytos = NULL;
  yypParser->yystack = NULL;
  yypParser->yystksz = 0;
  if( yyGrowStack(yypParser) ){
    yypParser->yystack = &yypParser->yystk0;
    yypParser->yystksz = 1;
  }
  yypParser->yytos = yypParser->yystack;
  yypParser->yystack[0].stateno = 0;
}

/* Allocate a new parser with a malloc-like function. */
void *ParseAlloc(void *(*mallocProc)(YYMALLOCARGTYPE) ParseCTX_PDECL){
  yyParser *yypParser;
  yypParser = (yyParser*)(*mallocProc)( (YYMALLOCARGTYPE)sizeof(yyParser) );
  if( yypParser ){
    ParseCTX_STORE
    ParseInit(yypParser ParseCTX_PARAM);
  }
  return (void*)yypParser;
}

/* lemon's %destructor code; unused, as this template runs no destructors. */
static __attribute__((unused)) void yy_destructor(
  yyParser *yypParser,    /* The parser */
  YYCODETYPE yymajor,     /* Type code for object to destroy */
  YYMINORTYPE *yypminor   /* The object to be destroyed */
){
  ParseARG_FETCH
  ParseCTX_FETCH
  switch( yymajor ){
/********* Begin destructor definitions ***************************************/
%%
/********* End destructor definitions *****************************************/
    default:  break;   /* If no destructor action specified: do nothing */
  }
}

/* Clear all secondary memory allocations from the parser. */
void ParseFinalize(void *p){
  yyParser *pParser = (yyParser*)p;
  pParser->yytos = pParser->yystack;
  if( pParser->yystack!=&pParser->yystk0 ) free(pParser->yystack);
}

/* Deallocate a parser. */
void ParseFree(
  void *p,                    /* The parser to be deleted */
  void (*freeProc)(void*)     /* Function used to reclaim memory */
){
  if( p==0 ) return;
  ParseFinalize(p);
  (*freeProc)(p);
}

/* The accept row: the state the goto on the start symbol leads to (lemon's
** YY_ACCEPT_ACTION there), in which every terminal accepts. A number no state of
** lemon's has, so that a stack entry's stateno is always a state. */
#define YY_ACCEPT_STATE (YY_MAX_SHIFT+1)
_Static_assert(YY_ACCEPT_STATE < YY_MIN_SHIFTREDUCE, "accept row collides with actions");

#if defined(EXC_PARSER_GEN) || defined(EXC_PARSER_TRACE)
/* The stock lookups on lemon's compressed tables: the generator writes the coded
** states from them, and the self-checking build runs lemon's algorithm on them. */
static YYACTIONTYPE yy_find_shift_action(
  YYCODETYPE iLookAhead,    /* The look-ahead token */
  YYACTIONTYPE stateno      /* Current state number */
){
  int i;

  if( stateno>YY_MAX_SHIFT ) return stateno;
  assert( stateno <= YY_SHIFT_COUNT );
  do{
    i = yy_shift_ofst[stateno];
    assert( i>=0 );
    assert( i<=YY_ACTTAB_COUNT );
    assert( i+YYNTOKEN<=(int)YY_NLOOKAHEAD );
    assert( iLookAhead!=YYNOCODE );
    assert( iLookAhead < YYNTOKEN );
    i += iLookAhead;
    assert( i<(int)YY_NLOOKAHEAD );
    if( yy_lookahead[i]!=iLookAhead ){
#ifdef YYFALLBACK
      YYCODETYPE iFallback;            /* Fallback token */
      assert( iLookAhead<sizeof(yyFallback)/sizeof(yyFallback[0]) );
      iFallback = yyFallback[iLookAhead];
      if( iFallback!=0 ){
        assert( yyFallback[iFallback]==0 ); /* Fallback loop must terminate */
        iLookAhead = iFallback;
        continue;
      }
#endif
#ifdef YYWILDCARD
      {
        int j = i - iLookAhead + YYWILDCARD;
        assert( j<(int)(sizeof(yy_lookahead)/sizeof(yy_lookahead[0])) );
        if( yy_lookahead[j]==YYWILDCARD && iLookAhead>0 ){
          return yy_action[j];
        }
      }
#endif /* YYWILDCARD */
      return yy_default[stateno];
    }else{
      assert( i>=0 && i<(int)(sizeof(yy_action)/sizeof(yy_action[0])) );
      return yy_action[i];
    }
  }while(1);
}

static YYACTIONTYPE yy_find_reduce_action(
  YYACTIONTYPE stateno,     /* Current state number */
  YYCODETYPE iLookAhead     /* The look-ahead token */
){
  int i;
  assert( stateno<=YY_REDUCE_COUNT );
  i = yy_reduce_ofst[stateno];
  assert( iLookAhead!=YYNOCODE );
  i += iLookAhead;
  assert( i>=0 && i<YY_ACTTAB_COUNT );
  assert( yy_lookahead[i]==iLookAhead );
  return yy_action[i];
}

#ifdef EXC_PARSER_GEN
/* Whether state S has a goto on nonterminal X at all (yy_find_reduce_action only
** asserts it). */
static int yy_has_goto(int stateno, int iLookAhead){
  int i;
  if( stateno>YY_REDUCE_COUNT ) return 0;
  i = yy_reduce_ofst[stateno] + iLookAhead;
  return i>=0 && i<YY_ACTTAB_COUNT && yy_lookahead[i]==iLookAhead;
}
#endif

#endif /* EXC_PARSER_GEN || EXC_PARSER_TRACE */

#ifndef EXC_PARSER_GEN
/* Stack overflow: empty the stack and run the grammar's %stack_overflow code. */
static void yyStackOverflow(yyParser *yypParser){
   ParseARG_FETCH
   ParseCTX_FETCH
   yypParser->yytos = yypParser->yystack;
/******** Begin %stack_overflow code ******************************************/
%%
/******** End %stack_overflow code ********************************************/
   ParseARG_STORE /* Suppress warning about unused %extra_argument var */
   ParseCTX_STORE
}
#endif

/* For rule J, yyRuleInfoLhs[J] contains the symbol on the left-hand side
** of that rule */
static const YYCODETYPE yyRuleInfoLhs[] = {
%%
};

/* For rule J, yyRuleInfoNRhs[J] contains the negative of the number
** of symbols on the right-hand side of that rule. */
static const signed char yyRuleInfoNRhs[] = {
%%
};

#ifdef EXC_PARSER_GEN
/* ---- the generator of parser_states.h ---------------------------------------
** compiler/CMakeLists.txt compiles the generated parser.c a second time with
** EXC_PARSER_GEN into a build-time tool: this main() reads the automaton through
** lemon's own lookups (yy_find_shift_action, yy_find_reduce_action) and writes it as
** the C code ParseRun includes. Labels, per state S: yy_push_S (push the lookahead in
** state S), yy_fetch_S (next lookahead), yy_st_S (switch on it), and the entries from
** a goto, yy_gost_S and yy_gofetch_S (set the new top's state, then yy_st_S or
** yy_fetch_S); per rule R: yy_r_R (reduce, the lookahead still pending), yy_rc_R
** (reduce after the lookahead was shifted, so the goto's state fetches first),
** yy_sr_R (shift, then yy_rc_R); per left-hand side L: yy_go_L and yy_goc_L, the
** goto switches of the two kinds. The accept row (YY_ACCEPT_STATE, the goto on the
** start symbol) accepts on any terminal. Written to a temporary file renamed at the
** end, so a failed run leaves no output that make would take as up to date. */

/* The jump for lemon action code YYACT on a terminal. */
static void yy_gen_action(FILE *out, int yyact){
  if( yyact<=YY_MAX_SHIFT ) fprintf(out, "goto yy_push_%d;", yyact);
  else if( yyact>=YY_MIN_SHIFTREDUCE && yyact<=YY_MAX_SHIFTREDUCE )
    fprintf(out, "goto yy_sr_%d;", yyact-YY_MIN_SHIFTREDUCE);
  else if( yyact>=YY_MIN_REDUCE && yyact<=YY_MAX_REDUCE )
    fprintf(out, "goto yy_r_%d;", yyact-YY_MIN_REDUCE);
  else if( yyact==YY_ERROR_ACTION ) fprintf(out, "goto yy_error;");
  else if( yyact==YY_ACCEPT_ACTION ) fprintf(out, "goto yy_accept_run;");
  else { fprintf(stderr, "parser_gen: unknown action %d\n", yyact); exit(1); }
}

/* The jump for goto code YYACT (a state, the accept row or a pending reduce), the
** lookahead shifted already (CONSUMED) or not. */
static void yy_gen_goto(FILE *out, int yyact, int consumed){
  if( yyact==YY_ACCEPT_ACTION ) yyact = YY_ACCEPT_STATE;
  if( yyact<=YY_ACCEPT_STATE ){
    fprintf(out, "goto yy_go%s_%d;", consumed ? "fetch" : "st", yyact);
  }else if( yyact>=YY_MIN_REDUCE && yyact<=YY_MAX_REDUCE
            && yyRuleInfoNRhs[yyact-YY_MIN_REDUCE]<0 ){
    fprintf(out, "goto yy_r%s_%d;", consumed ? "c" : "", yyact-YY_MIN_REDUCE);
  }else{
    fprintf(stderr, "parser_gen: unknown goto %d\n", yyact); exit(1);
  }
}

/* The entries of state S from a goto, which the goto switches share: set the new
** top's state, then switch on the lookahead, or fetch first if it was shifted. */
static void yy_gen_entries(FILE *out, int s){
  fprintf(out, "yy_gost_%d: yymsp->stateno = %d; goto yy_st_%d;\n", s, s, s);
  fprintf(out, "yy_gofetch_%d: yymsp->stateno = %d; goto yy_fetch_%d;\n", s, s, s);
}

/* State S's switch on the lookahead: the most frequent action is the default. */
static void yy_gen_state(FILE *out, int s){
  static int acts[YYNTOKEN];
  int x, y, best = 0, bestn = 0;
  for(x=0; x<YYNTOKEN; x++) acts[x] = yy_find_shift_action((YYCODETYPE)x, (YYACTIONTYPE)s);
  if( acts[0]<=YY_MAX_SHIFT || (acts[0]>=YY_MIN_SHIFTREDUCE && acts[0]<=YY_MAX_SHIFTREDUCE) ){
    /* ParseRun's fetch and push rely on it (YY_FETCH). */
    fprintf(stderr, "parser_gen: state %d shifts the end marker\n", s);
    exit(1);
  }
  for(x=0; x<YYNTOKEN; x++){
    int n = 0;
    for(y=0; y<YYNTOKEN; y++) n += acts[y]==acts[x];
    if( n>bestn ){ bestn = n; best = acts[x]; }
  }
  yy_gen_entries(out, s);
  fprintf(out, "yy_push_%d: YY_PUSH(%d);\nyy_fetch_%d: YY_FETCH();\nyy_st_%d:\n", s, s, s, s);
  fprintf(out, "  switch( yymajor ){\n");
  for(x=0; x<YYNTOKEN; x++){
    if( acts[x]==best ) continue;
    fprintf(out, "  case %d: ", x);
    yy_gen_action(out, acts[x]);
    fprintf(out, "\n");
  }
  fprintf(out, "  default: ");
  yy_gen_action(out, best);
  fprintf(out, "\n  }\n");
}

/* Rule R's reduction: its action and the pop, then the goto of its left-hand side. */
static void yy_gen_rule(FILE *out, int r, int consumed){
  int n = -yyRuleInfoNRhs[r];
  fprintf(out, "yy_r%s_%d:\n  YY_TRACE_RULE(%d);\n", consumed ? "c" : "", r, r);
  if( n==0 ) fprintf(out, "  YY_ROOM();\n");
  if( r<YYNRULE_WITH_ACTION ) fprintf(out, "  YY_ACTION(%d);\n", r);
  if( 1-n ) fprintf(out, "  yymsp += %d;\n", 1-n);
  fprintf(out, "  goto yy_go%s_%d;\n", consumed ? "c" : "", yyRuleInfoLhs[r]);
}

/* The goto on nonterminal LHS: a switch on the state below the new top. */
static void yy_gen_goto_switch(FILE *out, int lhs, int consumed){
  int s;
  fprintf(out, "yy_go%s_%d:\n  switch( yymsp[-1].stateno ){\n", consumed ? "c" : "", lhs);
  for(s=0; s<=YY_MAX_SHIFT; s++){
    if( !yy_has_goto(s, lhs) ) continue;
    fprintf(out, "  case %d: ", s);
    yy_gen_goto(out, yy_find_reduce_action((YYACTIONTYPE)s, (YYCODETYPE)lhs), consumed);
    fprintf(out, "\n");
  }
  fprintf(out, "  default: YY_UNREACHABLE();\n  }\n");
}

int main(int argc, char **argv){
  FILE *out;
  char tmp[4096];
  int s, r, x;
  if( argc!=2 ){
    fprintf(stderr, "usage: parser_gen OUTPUT\n");
    return 2;
  }
  snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
  out = fopen(tmp, "w");
  if( !out ){
    perror(tmp);
    return 1;
  }
  fprintf(out, "/* parser_states.h: written by parser_gen (compiler/lempar.c, EXC_PARSER_GEN)"
               " from lemon's tables; included inside ParseRun. Do not edit. */\n");
  fprintf(out, "switch( yymsp->stateno ){\n");
  for(s=0; s<=YY_ACCEPT_STATE; s++) fprintf(out, "case %d: goto yy_fetch_%d;\n", s, s);
  fprintf(out, "default: YY_UNREACHABLE();\n}\n");
  for(s=0; s<=YY_MAX_SHIFT; s++) yy_gen_state(out, s);
  yy_gen_entries(out, YY_ACCEPT_STATE);
  fprintf(out, "yy_fetch_%d: YY_FETCH();\nyy_st_%d: goto yy_accept_run;\n",
          YY_ACCEPT_STATE, YY_ACCEPT_STATE);
  for(r=0; r<YYNRULE; r++){
    fprintf(out, "yy_sr_%d: YY_PUSH(-1); goto yy_rc_%d;\n", r, r);
    yy_gen_rule(out, r, 0);
    yy_gen_rule(out, r, 1);
  }
  for(x=YYNTOKEN; x<YYNOCODE; x++){
    yy_gen_goto_switch(out, x, 0);
    yy_gen_goto_switch(out, x, 1);
  }
  if( ferror(out) || fclose(out)!=0 || rename(tmp, argv[1])!=0 ){
    perror(argv[1]);
    return 1;
  }
  return 0;
}
#endif /* EXC_PARSER_GEN */

#ifndef EXC_PARSER_GEN
/* Make room for one more entry above *yymsp (stock growth), updating the caller's
** locals; nonzero if the stack cannot grow. */
static int yy_room(yyParser *yypParser, yyStackEntry **yymsp, yyStackEntry **yyend){
  yypParser->yytos = *yymsp;
  if( yyGrowStack(yypParser) ) return 1;
  *yymsp = yypParser->yytos;
  *yyend = yypParser->yystack + yypParser->yystksz;
  return 0;
}

static void yy_parse_failed(yyParser*);
static void yy_syntax_error(yyParser*, int, ParseTOKENTYPE);
static void yy_accept(yyParser*);
#endif /* !EXC_PARSER_GEN */

#ifndef EXC_PARSER_GEN
#ifdef EXC_PARSER_TRACE
/* ---- the self-checking build (CTest parse.engine_trace) ---------------------
** Compiled with EXC_PARSER_TRACE, ParseRun first runs lemon's stock algorithm over
** the same tokens, with lemon's own lookups and no actions, recording its
** reductions and how it ends; the coded states must then reduce by the same rules
** in the same order and end the same way (acceptance, or a syntax error at the same
** token), else the process aborts. A run P->failed cut short must be a prefix. */
typedef struct {
  int *rules;           /* the rules lemon reduces by, in order */
  int nrules, cap;
  int pos;              /* how many the coded engine has matched */
  int accepted;         /* lemon accepts ... */
  int errtok;           /* ... or fails at this token (n: the end marker) */
} yyTrace;
long ParseTraceRuns, ParseTraceRules;  /* checked so far (the test reports them) */

static void yy_trace_fail(const char *what, int pos){
  fprintf(stderr, "parser trace: coded engine differs from lemon's tables: %s at %d\n", what, pos);
  abort();
}

static void yy_trace_rule(yyTrace *t, int r){
  if( t->nrules==t->cap ){
    t->cap = t->cap*2 + 64;
    t->rules = realloc(t->rules, t->cap*sizeof(int));
    if( !t->rules ) abort();
  }
  t->rules[t->nrules++] = r;
}

/* Push state S on the reference stack. */
static int *yy_trace_push(int *st, int *top, int *cap, int s){
  if( *top+1==*cap && !(st = realloc(st, (*cap *= 2)*sizeof(int))) ) abort();
  st[++*top] = s;
  return st;
}

/* lemon's algorithm from state STATE0 over the majors of TOKS[0..N-1] and 0. */
static void yy_trace_run(yyTrace *t, ParseTOKENTYPE toks, int n, int state0){
  int cap = 64, top = 0, i;
  int *st = malloc(cap*sizeof(int));
  if( !st ) abort();
  st[0] = state0;
  t->accepted = 0;
  t->errtok = -1;
  for(i=0; i<=n; i++){
    int major = i<n ? toks[i].kind : 0;
    int consumed = 0;
    int act = st[top]==YY_ACCEPT_STATE ? YY_ACCEPT_ACTION
            : yy_find_shift_action((YYCODETYPE)major, (YYACTIONTYPE)st[top]);
    for(;;){
      int r;
      if( act<=YY_MAX_SHIFT ){
        st = yy_trace_push(st, &top, &cap, act);
        break;
      }else if( act>=YY_MIN_SHIFTREDUCE && act<=YY_MAX_SHIFTREDUCE ){
        st = yy_trace_push(st, &top, &cap, -1);
        consumed = 1;
        r = act - YY_MIN_SHIFTREDUCE;
      }else if( act>=YY_MIN_REDUCE && act<=YY_MAX_REDUCE ){
        r = act - YY_MIN_REDUCE;
      }else{
        if( act==YY_ACCEPT_ACTION ) t->accepted = 1;
        else t->errtok = i;
        free(st);
        return;
      }
      /* Reduce by rule R: pop, then the goto on its left-hand side. */
      yy_trace_rule(t, r);
      top += yyRuleInfoNRhs[r];
      act = yy_find_reduce_action((YYACTIONTYPE)st[top], yyRuleInfoLhs[r]);
      if( act>=YY_MIN_REDUCE && act<=YY_MAX_REDUCE ){
        st = yy_trace_push(st, &top, &cap, -1);  /* a pending reduce pops it at once */
        continue;
      }
      if( act==YY_ACCEPT_ACTION ) act = YY_ACCEPT_STATE;
      else if( act>YY_MAX_SHIFT ) abort();
      st = yy_trace_push(st, &top, &cap, act);
      if( consumed ) break;
      act = act==YY_ACCEPT_STATE ? YY_ACCEPT_ACTION
          : yy_find_shift_action((YYCODETYPE)major, (YYACTIONTYPE)act);
    }
  }
  free(st);
}

/* The coded engine reduces by rule R. */
#define YY_TRACE_RULE(R) do{ \
  if( yytr.pos>=yytr.nrules || yytr.rules[yytr.pos]!=(R) ) yy_trace_fail("rule", yytr.pos); \
  yytr.pos++; \
}while(0)
/* The coded engine ends: accepting (ACC), failing at lookahead YYI-1 (ERR) or cut
** short by P->failed (neither). */
#define YY_TRACE_END(ACC, ERR) do{ \
  if( (ACC) && !yytr.accepted ) yy_trace_fail("accept", yytr.pos); \
  if( (ERR) && yytr.errtok!=(yymajor ? (int)(yytok-1-yytoks) : yyn) ) \
    yy_trace_fail("syntax error", yytr.errtok); \
  if( ((ACC) || (ERR)) && yytr.pos!=yytr.nrules ) yy_trace_fail("missing rules", yytr.pos); \
  ParseTraceRuns++; \
  ParseTraceRules += yytr.pos; \
  free(yytr.rules); \
}while(0)
#else
# define YY_TRACE_RULE(R) ((void)0)
# define YY_TRACE_END(ACC, ERR) ((void)0)
#endif /* EXC_PARSER_TRACE */

/* The rule actions (lemon's reduce section), for rule YYRULENO. ParseRun calls it
** with constants only, so inlining keeps just that rule's case. Unoptimized builds
** would inline the whole switch at each of the ~700 calls: there it stays a call. */
#ifdef __OPTIMIZE__
# define YY_ACTION_INLINE static inline __attribute__((always_inline))
#else
# define YY_ACTION_INLINE static
#endif
YY_ACTION_INLINE void yy_rule_action(
  yyParser *yypParser,         /* The parser */
  yyStackEntry *yymsp,         /* The top of the stack: the rule's last symbol */
  unsigned int yyruleno        /* The rule */
  ParseARG_PDECL               /* %extra_argument */
){
  ParseCTX_FETCH
#ifdef EXC_NO_ACTIONS
  return;  /* measuring the engine alone (never built by default) */
#endif
  switch( yyruleno ){
/********** Begin reduce actions **********************************************/
%%
/********** End reduce actions ************************************************/
  };
}

/* yy_rule_action's stack writes leave statenos alone, which the goto switches read. */
#define YY_ACTION(R) yy_rule_action(yypParser, yymsp, (R), P)

/* Room for one more entry: before a push, and before an empty rule pushes its value
** (as stock). */
#define YY_ROOM() do{ \
  if( yymsp+1>=yyend && yy_room(yypParser, &yymsp, &yyend) ) goto yy_overflow; \
}while(0)

/* Push the lookahead as an entry in state S (S = -1: a shift-reduce's entry, which
** the reduction pops at once). The lookahead is a token (yytok-1): the generator
** checks that the end marker is never shifted. */
#define YY_PUSH(S) do{ \
  YY_ROOM(); \
  yymsp++; \
  if( (S)>=0 ) yymsp->stateno = (YYACTIONTYPE)(S); \
  yymsp->minor.yy0 = yytok-1; \
}while(0)

/* The next lookahead: the next token, then the end marker (major code 0; no
** token has it). Stop before a token once P->failed is set. Nothing follows the end
** marker: it is never shifted (the generator checks), so every run ends on it by
** acceptance or a syntax error. */
#define YY_FETCH() do{ \
  if( P->failed ) goto yy_done; \
  if( yytok<yytokend ){ \
    yymajor = yytok->kind; \
    P->last = yytok; \
    yytok++; \
  }else{ \
    yymajor = 0; \
  } \
}while(0)

/* The lookahead's value: its token, none for the end marker. */
#define YY_MINOR() (yymajor ? yytok-1 : (ParseTOKENTYPE)0)


#ifdef NDEBUG
# define YY_UNREACHABLE() __builtin_unreachable()
#else
# define YY_UNREACHABLE() abort()
#endif

/* ParseRun: feed tokens toks[0..n-1], then the end marker (major code 0), to a
** parser freshly initialised or reset. The automaton is code: parser_states.h,
** written at build time by this template's generator (EXC_PARSER_GEN below) from
** lemon's tables, has a label per state that switches on the lookahead and a label
** per rule that runs its action, pops and switches on the state below to jump to
** the goto's state. Returns after acceptance, the first syntax error, a stack
** overflow, or (before any token) once P->failed is set. */
void ParseRun(
  void *yyp,                   /* The parser */
  ParseTOKENTYPE yytoks,       /* The token vector (exc: Tok *) */
  int yyn                      /* Its length */
  ParseARG_PDECL               /* %extra_argument */
){
  yyParser *yypParser = (yyParser*)yyp;
  ParseCTX_FETCH
  yyStackEntry *yymsp;          /* The top of the stack */
  yyStackEntry *yyend;          /* One past the stack's last entry */
  ParseTOKENTYPE yytok = yytoks;              /* The next token */
  ParseTOKENTYPE yytokend = yytoks + yyn;     /* One past the last */
  int yymajor = 0;              /* The lookahead's major code: its token is yytok-1 */
  ParseARG_STORE

  yymsp = yypParser->yytos;
  yyend = yypParser->yystack + yypParser->yystksz;
#ifdef EXC_PARSER_TRACE
  yyTrace yytr = {0};
  if( yymsp!=yypParser->yystack ) yy_trace_fail("a run on a stack not reset", 0);
  yy_trace_run(&yytr, yytoks, yyn, yymsp->stateno);
#endif

#include "parser_states.h"

yy_accept_run:
  YY_TRACE_END(1, 0);
  yypParser->yytos = yymsp - 1;
  yy_accept(yypParser);
  return;

yy_error:
  /* A syntax error: the first one ends the run. */
  YY_TRACE_END(0, 1);
  yypParser->yytos = yymsp;
  yy_syntax_error(yypParser, yymajor, YY_MINOR());
  if( yymajor==0 ) yy_parse_failed(yypParser);
  return;

yy_overflow:
  YY_TRACE_END(0, 0);
  yyStackOverflow(yypParser);
  return;

yy_done:
  YY_TRACE_END(0, 0);
  yypParser->yytos = yymsp;
}
#endif /* !EXC_PARSER_GEN */

#ifndef EXC_PARSER_GEN
/* The parse fails (a syntax error at the end marker). */
static void yy_parse_failed(
  yyParser *yypParser           /* The parser */
){
  ParseARG_FETCH
  ParseCTX_FETCH
  yypParser->yytos = yypParser->yystack;
/************ Begin %parse_failure code ***************************************/
%%
/************ End %parse_failure code *****************************************/
  ParseARG_STORE /* Suppress warning about unused %extra_argument variable */
  ParseCTX_STORE
}

/* A syntax error at token YYMINOR (major code YYMAJOR). */
static void yy_syntax_error(
  yyParser *yypParser,           /* The parser */
  int yymajor,                   /* The major type of the error token */
  ParseTOKENTYPE yyminor         /* The minor type of the error token */
){
  ParseARG_FETCH
  ParseCTX_FETCH
#define TOKEN yyminor
/************ Begin %syntax_error code ****************************************/
%%
/************ End %syntax_error code ******************************************/
  ParseARG_STORE /* Suppress warning about unused %extra_argument variable */
  ParseCTX_STORE
}

/* The parser accepts. */
static void yy_accept(
  yyParser *yypParser           /* The parser */
){
  ParseARG_FETCH
  ParseCTX_FETCH
  assert( yypParser->yytos==yypParser->yystack );
/*********** Begin %parse_accept code *****************************************/
%%
/*********** End %parse_accept code *******************************************/
  ParseARG_STORE /* Suppress warning about unused %extra_argument variable */
  ParseCTX_STORE
}
#endif /* !EXC_PARSER_GEN */

/* Stack traces of raised exceptions, built like BEAM's: at raise time the frame-pointer
** chain of the process's stack gives the return addresses of the calls in progress;
** each one that lies in a generated Elixir function becomes a {mod, fun, arity,
** [file: ~c"f.exs", line: n]} entry. Nothing is recorded on the non-raising path:
** the line comes from the DWARF line table (generated code carries `#line`
** directives and -gline-tables-only), read with libdw when an address is first seen,
** and the function from the table generated units register (exc_trace_register). */
#include "error/error_int.h"

#include <dlfcn.h>
#include <dwarf.h>
#include <elfutils/libdwfl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exc/alloc.h"
#include "exc/kernel.h"
#include "proc/proc.h"

/* :erlang.system_flag(:backtrace_depth) of BEAM. */
#define DEPTH 8
/* Distinct raw frames walked at most (frames of C helpers and the runtime do not
** count towards DEPTH; the chain cannot loop, frames only go up). */
#define MAX_STEPS 4096
#define CACHE_SIZE 4096

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* ---- registered functions ------------------------------------------------------- */

static const exc_trace_fn **fns;
static int nfns, capfns;
static bool sorted;

void exc_trace_register(const exc_trace_fn *t, int n)
{
    pthread_mutex_lock(&lock);
    if (nfns + n > capfns) {
        capfns = (nfns + n) * 2;
        fns = realloc(fns, sizeof *fns * (size_t)capfns);
        if (!fns) abort();
    }
    for (int i = 0; i < n; i++) fns[nfns++] = &t[i];
    sorted = false;
    pthread_mutex_unlock(&lock);
}

static int by_code(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)(*(const exc_trace_fn *const *)a)->code;
    uintptr_t y = (uintptr_t)(*(const exc_trace_fn *const *)b)->code;
    return x < y ? -1 : x > y;
}

/* The registered function starting exactly at `start` (lock held). */
static const exc_trace_fn *fn_at(uintptr_t start)
{
    if (!nfns) return NULL;
    if (!sorted) {
        qsort(fns, (size_t)nfns, sizeof *fns, by_code);
        sorted = true;
    }
    int lo = 0, hi = nfns - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uintptr_t c = (uintptr_t)fns[mid]->code;
        if (c == start) return fns[mid];
        if (c < start) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

/* ---- symbolisation -------------------------------------------------------------- */

/* libdw is opened on the first symbolisation, not linked: a program that never
** raises does not pay for loading it and its five dependencies (0.4-0.5 ms of
** start-up measured on hello.exs). */
#define DW_FUNCTIONS(X)                                                                   \
    X(dwfl_begin) X(dwfl_end) X(dwfl_linux_proc_report) X(dwfl_report_end)               \
    X(dwfl_linux_proc_find_elf) X(dwfl_standard_find_debuginfo) X(dwfl_addrmodule)       \
    X(dwfl_module_addrinfo) X(dwfl_module_addrdie) X(dwarf_getscopes) X(dwarf_tag)       \
    X(dwarf_attr) X(dwarf_formudata) X(dwarf_formstring) X(dwarf_getsrcfiles)            \
    X(dwarf_filesrc) X(dwarf_getsrclines) X(dwarf_onesrcline) X(dwarf_lineaddr)          \
    X(dwarf_lineno) X(dwarf_linesrc)

static struct {
#define X(name) __typeof__(name) *name;
    DW_FUNCTIONS(X)
#undef X
} dw;

static bool load_libdw(void)
{
    void *h = dlopen("libdw.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!h) return false;
#define X(name) if (!(dw.name = (__typeof__(name) *)dlsym(h, #name))) return false;
    DW_FUNCTIONS(X)
#undef X
    return true;
}

static Dwfl *dwfl;
static bool dwfl_failed;

static Dwfl *session(void)
{
    static Dwfl_Callbacks cb;
    if (dwfl || dwfl_failed) return dwfl;
    if (!load_libdw()) {
        dwfl_failed = true;
        return NULL;
    }
    cb.find_elf = dw.dwfl_linux_proc_find_elf;
    cb.find_debuginfo = dw.dwfl_standard_find_debuginfo;
    dwfl = dw.dwfl_begin(&cb);
    if (dwfl && (dw.dwfl_linux_proc_report(dwfl, getpid()) != 0 ||
                 dw.dwfl_report_end(dwfl, NULL, NULL) != 0)) {
        dw.dwfl_end(dwfl);
        dwfl = NULL;
    }
    dwfl_failed = !dwfl;
    return dwfl;
}

/* Path.relative_to_cwd: the line table has the compiler's directory joined in. */
static const char *relative(const char *file)
{
    static char cwd[4096];
    static bool have;
    if (!have) have = getcwd(cwd, sizeof cwd) != NULL;
    size_t n = strlen(cwd);
    if (have && n > 1 && !strncmp(file, cwd, n) && file[n] == '/') return file + n + 1;
    return file;
}

/* When pc is in code of a header's inline function (exc_k_add's fast path calling its
** slow path), the generated function's line is the call site of the outermost inlined
** scope. NULL when pc is not in inlined code. */
static const char *call_site(Dwfl_Module *m, Dwarf_Addr pc, int *line)
{
    Dwarf_Addr bias;
    Dwarf_Die *cu = dw.dwfl_module_addrdie(m, pc, &bias);
    Dwarf_Die *scopes = NULL;
    int n = cu ? dw.dwarf_getscopes(cu, pc - bias, &scopes) : 0;
    const char *file = NULL;
    for (int i = n - 1; i >= 0; i--) {
        if (dw.dwarf_tag(&scopes[i]) != DW_TAG_inlined_subroutine) continue;
        Dwarf_Attribute a;
        Dwarf_Word ln, fi;
        Dwarf_Files *files;
        size_t nf;
        if (dw.dwarf_formudata(dw.dwarf_attr(&scopes[i], DW_AT_call_line, &a), &ln) == 0 &&
            dw.dwarf_formudata(dw.dwarf_attr(&scopes[i], DW_AT_call_file, &a), &fi) == 0 &&
            dw.dwarf_getsrcfiles(cu, &files, &nf) == 0 && fi < nf) {
            file = dw.dwarf_filesrc(files, fi, NULL, NULL);
            *line = (int)ln;
        }
        break;
    }
    free(scopes);
    return file;
}

/* The line-table row of pc; rows of line 0 (code the optimiser shares between
** statements) take the line of the nearest row before them in the same function. */
static const char *line_of(Dwfl_Module *m, Dwarf_Addr pc, Dwarf_Addr start, int *line)
{
    Dwarf_Addr bias;
    Dwarf_Die *cu = dw.dwfl_module_addrdie(m, pc, &bias);
    Dwarf_Lines *lines;
    size_t n;
    if (!cu || dw.dwarf_getsrclines(cu, &lines, &n) != 0) return NULL;
    Dwarf_Line *best = NULL;
    Dwarf_Addr best_addr = 0;
    for (size_t i = 0; i < n; i++) {
        Dwarf_Line *l = dw.dwarf_onesrcline(lines, i);
        Dwarf_Addr a;
        int ln;
        if (dw.dwarf_lineaddr(l, &a) != 0 || a + bias > pc || a + bias < start) continue;
        if (dw.dwarf_lineno(l, &ln) != 0 || ln == 0) continue;
        if (!best || a >= best_addr) best = l, best_addr = a;
    }
    if (!best) return NULL;
    dw.dwarf_lineno(best, line);
    return dw.dwarf_linesrc(best, NULL, NULL);
}

/* The file as the `#line` named it: libdw joins the compiler's directory in. */
static const char *in_comp_dir(Dwfl_Module *m, Dwarf_Addr pc, const char *file)
{
    Dwarf_Addr bias;
    Dwarf_Die *cu = dw.dwfl_module_addrdie(m, pc, &bias);
    Dwarf_Attribute a;
    const char *dir = cu ? dw.dwarf_formstring(dw.dwarf_attr(cu, DW_AT_comp_dir, &a)) : NULL;
    size_t n = dir ? strlen(dir) : 0;
    if (n && !strncmp(file, dir, n) && file[n] == '/') return file + n + 1;
    return file;
}

/* The entry for return address `ret` (lock held): the call instruction is just
** before it. EXC_NONE when it is not in a generated Elixir function. */
static exc_term symbolise(uintptr_t ret, bool *tail)
{
    Dwfl *d = session();
    if (!d) return EXC_NONE;
    Dwarf_Addr pc = ret - 1;
    Dwfl_Module *m = dw.dwfl_addrmodule(d, pc);
    if (!m) return EXC_NONE;
    GElf_Off off;
    GElf_Sym sym;
    if (!dw.dwfl_module_addrinfo(m, pc, &off, &sym, NULL, NULL, NULL)) return EXC_NONE;
    const exc_trace_fn *f = fn_at((uintptr_t)(pc - off));
    if (!f) return EXC_NONE;
    exc_term loc = EXC_NIL_LIST;
    int line = 0;
    const char *file = f->noloc ? NULL : call_site(m, pc, &line);
    if (!file && !f->noloc) file = line_of(m, pc, pc - off, &line);
    *tail = line >= EXC_LINE_TAIL;
    if (*tail) line -= EXC_LINE_TAIL;
    if (file) {
        loc = exc_cons(exc_tuple2(exc_atom("line"), exc_small(line)), loc);
        loc = exc_cons(exc_tuple2(exc_atom("file"), exc_k_to_charlist(exc_binary_cstr(relative(in_comp_dir(m, pc, file))))), loc);
    }
    return exc_tuple4(exc_atom(f->mod), exc_atom(f->fun), exc_small(f->arity), loc);
}

/* Entries by return address, in uncollectable GC memory (the collector scans the
** terms) made at the first stack walk: a static array would be 96 KiB of roots that
** every collection of every program scans, most of which never takes a trace. */
typedef struct { uintptr_t ret; exc_term entry; bool tail; } CacheEntry;
static CacheEntry *cache;

/* The entry of a return address (EXC_NONE: no Elixir function); *tail: the call is
** one BEAM makes in tail position (EXC_LINE_TAIL). Lock held (one per walk). */
static exc_term entry_for(uintptr_t ret, bool *tail)
{
    if (!cache) cache = exc_alloc_root(CACHE_SIZE * sizeof *cache);
    size_t h = (ret * 0x9E3779B97F4A7C15u) >> 52 & (CACHE_SIZE - 1);
    for (size_t i = h;; i = (i + 1) & (CACHE_SIZE - 1)) {
        if (cache[i].ret == ret) {
            *tail = cache[i].tail;
            return cache[i].entry;
        }
        if (!cache[i].ret || ((i + 1) & (CACHE_SIZE - 1)) == h) break;
    }
    *tail = false;
    exc_term e = symbolise(ret, tail);
    /* A full table keeps working, uncached; it would need 4096 distinct call sites. */
    for (size_t i = h, k = 0; k < CACHE_SIZE / 2; i = (i + 1) & (CACHE_SIZE - 1), k++)
        if (!cache[i].ret) {
            cache[i].entry = e;
            cache[i].tail = *tail;
            cache[i].ret = ret;
            break;
        }
    return e;
}

/* ---- walking the stack ---------------------------------------------------------- */

/* The segment of the process holding address a, searching from s to older ones. */
static exci_seg *seg_of(exci_seg *s, uintptr_t a)
{
    for (; s; s = s->prev)
        if (a >= (uintptr_t)s->lo && a + 16 <= (uintptr_t)s->top) return s;
    return NULL;
}

int exci_trace_walk(exc_term *out, int max, bool bif)
{
    exci_proc *p = exci_proc_cur;
    if (!p || max <= 0) return 0;
    uintptr_t *fp = __builtin_frame_address(0);
    exci_seg *s = seg_of(p->seg, (uintptr_t)fp);
    uintptr_t prev = 0;
    int n = 0;
    pthread_mutex_lock(&lock);
    for (int step = 0; s && step < MAX_STEPS && n < max;) {
        uintptr_t next = fp[0], ret = fp[1];
        /* BEAM records a return address once however deep a recursion repeats it (and
        ** walks the whole repetition: it costs no step here). C frames in between
        ** (segment changes) do not break the repetition. */
        if (ret && ret != prev) {
            step++;
            bool tail;
            exc_term e = entry_for(ret, &tail);
            /* A BIF called in tail position still reports its caller's frame. */
            if (e != EXC_NONE && (!tail || (bif && n == 0))) {
                out[n++] = e;
                prev = ret;
            }
        }
        if (next & 7) break;
        /* Within a segment frames go up; exc_stack_grow's frame links to the older one. */
        exci_seg *ns = next > (uintptr_t)fp && next + 16 <= (uintptr_t)s->top ? s : seg_of(s->prev, next);
        if (!ns) break;
        s = ns;
        fp = (uintptr_t *)next;
    }
    pthread_mutex_unlock(&lock);
    return n;
}

exc_term exci_trace_capture(exc_term head)
{
    exci_proc *p = exci_proc_cur;
    if (p && p->catch_top && p->catch_top->quiet) return head;
    exc_term frames[DEPTH];
    int nhead = 0;
    for (exc_term l = head; exc_is_cons(l) && nhead < DEPTH; l = exc_tl(l)) frames[nhead++] = exc_hd(l);
    static exc_term erlang;
    if (!erlang) erlang = exc_atom("erlang");
    bool bif = nhead > 0 && exc_tuple_elems(frames[0])[0] == erlang;
    int n = nhead + exci_trace_walk(frames + nhead, DEPTH - nhead, bif);
    return exc_list_from_array(frames, (size_t)n);
}

/* File.open's io devices: each open file is an io server process that owns the
** descriptor, like Erlang's file_io_server. It answers the io protocol (writes),
** {:file_request, from, ref, :close} with {:file_reply, ref, :ok}, and monitors the
** process that opened the file: when that owner dies the descriptor is closed and the
** server ends, so no descriptor outlives its owner. */
#include "exc/proc.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "exc/alloc.h"
#include "exc/error.h"
#include "exc/kernel.h"
#include "io/io_int.h"

typedef struct {
    int fd;
    exc_term owner;
    exc_term enc; /* :latin1 (the default) or :unicode */
} file_server;

/* Erlang's posix error atoms for the errors open(2) reports most. */
exc_term exci_io_posix(int e)
{
    switch (e) {
    case ENOENT: return exc_atom("enoent");
    case EACCES: return exc_atom("eacces");
    case EEXIST: return exc_atom("eexist");
    case EISDIR: return exc_atom("eisdir");
    case ENOTDIR: return exc_atom("enotdir");
    case ENOSPC: return exc_atom("enospc");
    case EROFS: return exc_atom("erofs");
    case EMFILE: return exc_atom("emfile");
    default: return exc_atom("eio");
    }
}

static exc_term write_request(file_server *f, exc_term req)
{
    if (exci_io_is_tagged(req, exc_atom("requests"), 2)) {
        exc_term r = EXC_A(ok);
        for (exc_term l = exc_tuple_elems(req)[1]; exc_is_cons(l) && r == EXC_A(ok); l = exc_tl(l))
            r = write_request(f, exc_hd(l));
        return r;
    }
    if (!exc_is_tuple(req) || exc_tuple_elems(req)[0] != exc_atom("put_chars"))
        return exc_tuple2(EXC_A(error), exc_atom("request"));
    exc_term bin = exci_io_put_bytes(req, f->enc);
    if (bin == EXC_NONE) return exc_tuple2(EXC_A(error), exc_atom("no_translation"));
    const char *p = (const char *)exc_binary_data(bin);
    for (size_t n = exc_binary_size(bin); n;) {
        ssize_t w = write(f->fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return exc_tuple2(EXC_A(error), exci_io_posix(errno));
        p += w, n -= (size_t)w;
    }
    return EXC_A(ok);
}

static void server_main(void *arg)
{
    file_server *f = arg;
    exc_term owner_ref = exc_monitor(f->owner);
    for (;;) {
        exc_recv_begin();
        exc_term m;
        while ((m = exc_recv_peek()) == EXC_NONE) exc_recv_wait(EXC_INFINITY);
        exc_recv_take();
        if (exci_io_is_tagged(m, exc_atom("io_request"), 4)) {
            exci_io_reply(m, write_request(f, exc_tuple_elems(m)[3]));
        } else if (exci_io_is_tagged(m, exc_atom("file_request"), 4) &&
                   exc_tuple_elems(m)[3] == exc_atom("close")) {
            close(f->fd);
            exc_term *e = exc_tuple_elems(m);
            exc_send(e[1], exc_tuple3(exc_atom("file_reply"), e[2], EXC_A(ok)));
            return;
        } else if (exci_io_is_tagged(m, EXC_A(DOWN), 5) && exc_eq_exact(exc_tuple_elems(m)[1], owner_ref)) {
            close(f->fd);
            return;
        }
    }
}

/* Open flags of File.open's modes; false on an unknown mode. */
static bool open_flags(exc_term modes, int *flags, exc_term *enc)
{
    bool rd = false, wr = false, app = false, excl = false;
    *enc = exc_atom("latin1");
    for (exc_term l = modes; exc_is_cons(l); l = exc_tl(l)) {
        exc_term m = exc_hd(l);
        if (m == exc_atom("read")) rd = true;
        else if (m == exc_atom("write")) wr = true;
        else if (m == exc_atom("append")) app = true;
        else if (m == exc_atom("exclusive")) excl = wr = true;
        else if (m == exc_atom("utf8")) *enc = exc_atom("unicode");
        else if (exci_io_is_tagged(m, exc_atom("encoding"), 2)) *enc = exc_tuple_elems(m)[1] == exc_atom("latin1") ? exc_atom("latin1") : exc_atom("unicode");
        else if (m != exc_atom("binary") && m != exc_atom("raw") && m != exc_atom("delayed_write") && m != exc_atom("read_ahead")) return false;
    }
    if (app) *flags = (rd ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    else if (wr) *flags = (rd ? O_RDWR : O_WRONLY | O_TRUNC) | O_CREAT;
    else *flags = O_RDONLY;
    if (excl) *flags |= O_EXCL;
    *flags |= O_CLOEXEC;
    return true;
}

exc_term exc_file_open(exc_term path, exc_term modes)
{
    int flags;
    exc_term enc;
    if (!open_flags(modes, &flags, &enc)) exc_error_badarg();
    exc_term cpath = exc_k_chardata_to_binary(path);
    if (cpath == EXC_NONE) exc_error_badarg();
    size_t n = exc_binary_size(cpath);
    char *s = exc_alloc_atomic(n + 1);
    memcpy(s, exc_binary_data(cpath), n);
    s[n] = 0;
    int fd = open(s, flags, 0666);
    if (fd < 0) return exc_tuple2(EXC_A(error), exci_io_posix(errno));
    file_server *f = exc_alloc(sizeof *f);
    *f = (file_server){fd, exc_self(), enc};
    return exc_tuple2(EXC_A(ok), exc_spawn(server_main, f));
}

exc_term exc_file_close(exc_term device)
{
    exc_term r = exci_io_call(device, "file_request", "file_reply", exc_atom("close"));
    /* closing a device that is already gone is not an error for File.close */
    return exci_io_is_tagged(r, EXC_A(error), 2) && exc_tuple_elems(r)[1] == exc_atom("terminated") ? EXC_A(ok) : r;
}

/* Erlang's io protocol: the group leader (`:user`, an io server writing to standard
** output) and the client side every IO call on a pid uses. A request is
** {:io_request, from, reply_as, request}; the server answers {:io_reply, reply_as,
** reply}. Servers here understand {:put_chars, encoding, chars}, {:put_chars, chars},
** {:requests, list}, getopts; reads answer :eof (programs run with no terminal input
** are not interactive), anything else {:error, :request} as io servers do. */
#include "exc/proc.h"

#include "exc/error.h"
#include "exc/kernel.h"
#include "io/io_int.h"

bool exci_io_is_tagged(exc_term t, exc_term tag, uint64_t arity)
{
    return exc_is_tuple(t) && exc_tuple_arity(t) == arity && exc_tuple_elems(t)[0] == tag;
}

/* Unicode chardata to latin-1 bytes: EXC_NONE when a character is above 255. */
static exc_term to_latin1(exc_term utf8)
{
    const uint8_t *s = (const uint8_t *)exc_binary_data(utf8);
    size_t n = exc_binary_size(utf8), o = 0;
    uint8_t *d;
    exc_term out = exc_binary_new(n, &d);
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x80) d[o++] = s[i];
        else if ((s[i] == 0xC2 || s[i] == 0xC3) && i + 1 < n) d[o++] = (uint8_t)(((s[i] & 3) << 6) | (s[i + 1] & 0x3F)), i++;
        else return EXC_NONE;
    }
    return exc_binary_slice(out, 0, o);
}

/* The bytes a put_chars request writes to a device of encoding `enc` (:latin1 or
** :unicode), or EXC_NONE (no_translation / bad data). */
exc_term exci_io_put_bytes(exc_term req, exc_term dev_enc)
{
    exc_term enc = exc_atom("latin1"), chars;
    if (exci_io_is_tagged(req, exc_atom("put_chars"), 3)) {
        enc = exc_tuple_elems(req)[1];
        chars = exc_tuple_elems(req)[2];
    } else if (exci_io_is_tagged(req, exc_atom("put_chars"), 2)) {
        chars = exc_tuple_elems(req)[1];
    } else {
        return EXC_NONE;
    }
    if (enc == exc_atom("latin1")) { /* bytes as they are (IO.binwrite) */
        exc_term bin = exc_is_binary(chars) ? chars : exc_k_chardata_to_binary(chars);
        return bin;
    }
    exc_term bin = exc_k_chardata_to_binary(chars);
    if (bin == EXC_NONE || dev_enc != exc_atom("latin1")) return bin;
    return to_latin1(bin);
}

/* One request of the group leader, writing to standard output. */
static exc_term user_request(exc_term req)
{
    if (exci_io_is_tagged(req, exc_atom("requests"), 2)) {
        exc_term r = EXC_A(ok);
        for (exc_term l = exc_tuple_elems(req)[1]; exc_is_cons(l) && r == EXC_A(ok); l = exc_tl(l))
            r = user_request(exc_hd(l));
        return r;
    }
    if (exc_is_tuple(req) && exc_tuple_elems(req)[0] == exc_atom("put_chars")) {
        exc_term bin = exci_io_put_bytes(req, exc_atom("unicode"));
        if (bin == EXC_NONE) return exc_tuple2(EXC_A(error), exc_atom("put_chars"));
        exc_io_write(1, exc_binary_data(bin), exc_binary_size(bin));
        return EXC_A(ok);
    }
    if (req == exc_atom("getopts"))
        return exc_list_from_array((exc_term[]){exc_tuple2(exc_atom("binary"), EXC_A_false),
                                                exc_tuple2(exc_atom("encoding"), exc_atom("unicode"))}, 2);
    if (exc_is_tuple(req) && (exc_tuple_elems(req)[0] == exc_atom("get_line") ||
                              exc_tuple_elems(req)[0] == exc_atom("get_chars") ||
                              exc_tuple_elems(req)[0] == exc_atom("get_until")))
        return exc_atom("eof");
    return exc_tuple2(EXC_A(error), exc_atom("request"));
}

static void user_main(void *arg)
{
    (void)arg;
    for (;;) {
        exc_recv_begin();
        exc_term m;
        while ((m = exc_recv_peek()) == EXC_NONE) exc_recv_wait(EXC_INFINITY);
        exc_recv_take(); /* an io server drops what is not a request */
        if (exci_io_is_tagged(m, exc_atom("io_request"), 4))
            exci_io_reply(m, user_request(exc_tuple_elems(m)[3]));
    }
}

exc_term exci_io_user_start(void)
{
    exc_term pid = exc_whereis(exc_atom("user"));
    if (pid != EXC_A_nil) return pid;
    pid = exc_spawn(user_main, NULL);
    exc_register(exc_atom("user"), pid);
    return pid;
}

exc_term exc_group_leader(void)
{
    exc_term pid = exc_whereis(exc_atom("user"));
    return pid != EXC_A_nil ? pid : exci_io_user_start();
}

void exci_io_reply(exc_term request_msg, exc_term reply)
{
    exc_term *e = exc_tuple_elems(request_msg);
    exc_send(e[1], exc_tuple3(exc_atom("io_reply"), e[2], reply));
}

/* The client side of both protocols: send {req_tag, self, ref, request}, wait for
** {reply_tag, ref, reply}, monitoring the server as :io and :file do, so a dead
** device answers {:error, :terminated}. */
exc_term exci_io_call(exc_term device, const char *req_tag, const char *reply_tag, exc_term request)
{
    if (exc_is_atom(device)) device = exc_whereis(device); /* a registered io server */
    if (!exc_is_pid(device)) return exc_tuple2(EXC_A(error), exc_atom("terminated"));
    exc_term mref = exc_monitor(device);
    exc_send(device, exc_tuple4(exc_atom(req_tag), exc_self(), mref, request));
    for (;;) {
        exc_recv_begin();
        for (exc_term m; (m = exc_recv_peek()) != EXC_NONE; exc_recv_skip()) {
            if (exci_io_is_tagged(m, exc_atom(reply_tag), 3) && exc_eq_exact(exc_tuple_elems(m)[1], mref)) {
                exc_recv_take();
                exc_demonitor(mref, true);
                return exc_tuple_elems(m)[2];
            }
            if (exci_io_is_tagged(m, EXC_A(DOWN), 5) && exc_eq_exact(exc_tuple_elems(m)[1], mref)) {
                exc_recv_take();
                return exc_tuple2(EXC_A(error), exc_atom("terminated"));
            }
        }
        exc_recv_wait(EXC_INFINITY);
    }
}

exc_term exc_io_request(exc_term device, exc_term request)
{
    return exci_io_call(device, "io_request", "io_reply", request);
}

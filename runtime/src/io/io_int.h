/* Internal to the io servers (io_server.c, file.c). */
#ifndef EXC_IO_INT_H
#define EXC_IO_INT_H

#include "exc/term.h"
#include "exc/term_api.h"

/* t is a tuple of `arity` elements whose first is `tag`. */
bool exci_io_is_tagged(exc_term t, exc_term tag, uint64_t arity);

/* The bytes a {:put_chars, ...} request writes to a device of encoding dev_enc
** (:latin1 or :unicode); EXC_NONE for bad data or a character the device cannot hold. */
exc_term exci_io_put_bytes(exc_term req, exc_term dev_enc);

/* Answer an {:io_request, from, reply_as, _} message. */
void exci_io_reply(exc_term request_msg, exc_term reply);

/* Client side: {req_tag, self(), ref, request} to device, then its {reply_tag, ref, r}. */
exc_term exci_io_call(exc_term device, const char *req_tag, const char *reply_tag, exc_term request);

/* Start (once) the group leader registered as :user; its pid. */
exc_term exci_io_user_start(void);

/* Erlang's posix error atom for an errno value (:enoent, :eacces, ...). */
exc_term exci_io_posix(int err);

#endif

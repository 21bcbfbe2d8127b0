/* IO.puts/IO.write/IO.inspect and Kernel.inspect/2: chardata to bytes through the
** serialized exc_io_write, Inspect.Opts from a keyword list. */
#include "exc/kernel.h"

#include <string.h>

#include "exc/error.h"
#include "exc/inspect.h"
#include "exc/proc.h"
#include "error/error_int.h"

/* The descriptor of an IO device: :stdio (or nil) 1, :stderr/:standard_error 2; -1
** for an io server (a pid, or a registered name such as :user) spoken to through
** Erlang's io protocol (exc_io_request). */
static int device_fd(exc_term device)
{
    if (device == EXC_A_nil || device == exc_atom("stdio") || device == exc_atom("standard_io"))
        return 1;
    if (device == exc_atom("stderr") || device == exc_atom("standard_error")) return 2;
    if (exc_is_pid(device) || (exc_is_atom(device) && exc_whereis(device) != EXC_A_nil)) return -1;
    exc_error_badarg();
}

/* Writes bytes to a descriptor, or sends {:put_chars, encoding, bin} to an io server;
** an {:error, reason} reply raises reason, as :io.put_chars does. */
static void emit(int fd, exc_term device, exc_term encoding, exc_term bin)
{
    if (fd >= 0) {
        exc_io_write(fd, exc_binary_data(bin), exc_binary_size(bin));
        return;
    }
    exc_term r = exc_io_request(device, exc_tuple3(exc_atom("put_chars"), encoding, bin));
    if (exc_is_tuple(r) && exc_tuple_arity(r) == 2 && exc_tuple_elems(r)[0] == EXC_A(error))
        exc_error(exc_tuple_elems(r)[1]);
}

/* IO's to_chardata: lists and binaries as they are, anything else via String.Chars. */
static exc_term to_chardata(exc_term item)
{
    return exc_is_list(item) || exc_is_binary(item) ? item : exc_k_to_string(item);
}

/* Writes chardata; invalid data raises :badarg from :io.put_chars like Elixir. */
static void put_chars(int fd, exc_term device, exc_term data)
{
    exc_term bin = exc_k_chardata_to_binary(data);
    if (bin == EXC_NONE) {
        exc_term dev = device == EXC_A_nil ? exc_atom("standard_io") : device;
        exc_error_bif("put_chars", 2, (exc_term[]){dev, data});
    }
    emit(fd, device, exc_atom("unicode"), bin);
}

exc_term exc_k_io_puts(exc_term device, exc_term item)
{
    int fd = device_fd(device);
    put_chars(fd, device, exc_list_from_array((exc_term[]){to_chardata(item), exc_small('\n')}, 2));
    return EXC_A(ok);
}

exc_term exc_k_io_write(exc_term device, exc_term item)
{
    int fd = device_fd(device);
    put_chars(fd, device, to_chardata(item));
    return EXC_A(ok);
}

/* Appends iodata (bytes, binaries, nested lists, binary tails); false if not iodata. */
static bool put_iodata(exci_sb *sb, exc_term d)
{
    if (exc_is_binary(d)) {
        exci_sb_put(sb, (const char *)exc_binary_data(d), exc_binary_size(d));
        return true;
    }
    for (; exc_is_cons(d); d = exc_tl(d)) {
        exc_term h = exc_hd(d);
        if (exc_is_small(h) && exc_small_val(h) >= 0 && exc_small_val(h) < 256) {
            char c = (char)exc_small_val(h);
            exci_sb_put(sb, &c, 1);
        } else if (!put_iodata(sb, h)) {
            return false;
        }
    }
    return d == EXC_NIL_LIST || put_iodata(sb, d);
}

/* IO.binwrite: iodata as raw bytes (:io.request(device, {:put_chars, :latin1, data})). */
exc_term exc_k_io_binwrite(exc_term device, exc_term iodata)
{
    int fd = device_fd(device);
    exci_sb sb = {0};
    if (!put_iodata(&sb, iodata)) exc_error_badarg();
    emit(fd, device, exc_atom("latin1"), exc_binary(sb.buf, sb.len));
    return EXC_A(ok);
}

/* A limit option: a non-negative integer or :infinity. */
static int64_t limit_value(exc_term v, int64_t dflt)
{
    if (v == EXC_A(infinity)) return EXC_INSPECT_INFINITY;
    return exc_is_small(v) ? exc_small_val(v) : dflt;
}

static void set_enum_opt(exc_inspect_opts *o, const char *k, const char *v)
{
    if (!strcmp(k, "charlists"))
        o->charlists = !strcmp(v, "as_lists") ? EXC_CHARLISTS_AS_LISTS
                       : !strcmp(v, "as_charlists") ? EXC_CHARLISTS_AS_CHARLISTS
                                                    : EXC_CHARLISTS_INFER;
    else if (!strcmp(k, "binaries"))
        o->binaries = !strcmp(v, "as_binaries") ? EXC_BINARIES_AS_BINARIES
                      : !strcmp(v, "as_strings") ? EXC_BINARIES_AS_STRINGS
                                                 : EXC_BINARIES_INFER;
    else if (!strcmp(k, "base"))
        o->base = !strcmp(v, "binary") ? EXC_BASE_BINARY
                  : !strcmp(v, "octal") ? EXC_BASE_OCTAL
                  : !strcmp(v, "hex") ? EXC_BASE_HEX
                                      : EXC_BASE_DECIMAL;
}

/* Inspect.Opts.new(opts); *label gets the :label option (EXC_NONE when absent). */
static exc_inspect_opts parse_opts(exc_term opts, exc_term *label)
{
    exc_inspect_opts o = exc_inspect_defaults();
    *label = EXC_NONE;
    for (exc_term l = opts; exc_is_cons(l); l = exc_tl(l)) {
        exc_term kv = exc_hd(l);
        if (!exc_is_tuple(kv) || exc_tuple_arity(kv) != 2 || !exc_is_atom(exc_tuple_elems(kv)[0])) continue;
        const char *k = exc_atom_text(exc_tuple_elems(kv)[0], NULL);
        exc_term v = exc_tuple_elems(kv)[1];
        if (!strcmp(k, "limit")) o.limit = limit_value(v, o.limit);
        else if (!strcmp(k, "printable_limit")) o.printable_limit = limit_value(v, o.printable_limit);
        else if (!strcmp(k, "width")) o.width = limit_value(v, o.width);
        else if (!strcmp(k, "pretty")) o.pretty = v == EXC_A_true;
        else if (!strcmp(k, "structs")) o.structs = v != EXC_A_false;
        else if (!strcmp(k, "label")) *label = v;
        else if (exc_is_atom(v)) set_enum_opt(&o, k, exc_atom_text(v, NULL));
    }
    return o;
}

exc_term exc_k_io_inspect(exc_term device, exc_term term, exc_term opts)
{
    int fd = device_fd(device);
    exc_term label;
    exc_inspect_opts o = parse_opts(opts, &label);
    exci_sb sb = {0};
    if (label != EXC_NONE) {
        exci_sb_bin(&sb, exc_k_to_string(label));
        exci_sb_puts(&sb, ": ");
    }
    size_t n;
    char *s = exc_inspect_cstr(term, &o, o.width, &n);
    exci_sb_put(&sb, s, n);
    exci_sb_puts(&sb, "\n");
    emit(fd, device, exc_atom("unicode"), exc_binary(sb.buf, sb.len));
    return term;
}

exc_term exc_k_inspect(exc_term term, exc_term opts)
{
    exc_term label;
    exc_inspect_opts o = parse_opts(opts, &label);
    return exc_inspect(term, &o);
}

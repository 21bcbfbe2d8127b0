/* File.read/1, File.rm/1 and their raising forms: {:ok, data} / :ok or {:error,
** posix}; the ! forms raise File.Error with Elixir's action wording. */
#include "exc/proc.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "error/error_int.h"
#include "exc/alloc.h"
#include "exc/error.h"
#include "exc/kernel.h"
#include "io/io_int.h"

/* A NUL-terminated copy of a chardata path (badarg when it is not chardata). */
static const char *c_path(exc_term path)
{
    exc_term bin = exc_k_chardata_to_binary(path);
    if (bin == EXC_NONE) exc_error_badarg();
    size_t n = exc_binary_size(bin);
    char *s = exc_alloc_atomic(n + 1);
    memcpy(s, exc_binary_data(bin), n);
    s[n] = 0;
    return s;
}

exc_term exc_file_read(exc_term path)
{
    int fd = open(c_path(path), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return exc_tuple2(EXC_A(error), exci_io_posix(errno));
    exci_sb sb = {0};
    char buf[65536];
    for (;;) {
        ssize_t r = read(fd, buf, sizeof buf);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            return exc_tuple2(EXC_A(error), exci_io_posix(e));
        }
        if (r == 0) break;
        exci_sb_put(&sb, buf, (size_t)r);
    }
    close(fd);
    return exc_tuple2(EXC_A(ok), exc_binary(sb.buf, sb.len));
}

exc_term exc_file_rm(exc_term path)
{
    if (unlink(c_path(path)) < 0) return exc_tuple2(EXC_A(error), exci_io_posix(errno));
    return EXC_A(ok);
}

/* Unwraps {:ok, v} (or :ok), else raises File.Error{reason, action, path}. */
static exc_term bang(exc_term r, const char *action, exc_term path)
{
    if (r == EXC_A(ok)) return r;
    if (exci_io_is_tagged(r, EXC_A(ok), 2)) return exc_tuple_elems(r)[1];
    exc_term bin = exc_k_chardata_to_binary(path);
    exc_error(exci_err_make(EXCI_EXC_FileError, 3, "reason", exc_tuple_elems(r)[1], "action",
                            exc_binary_cstr(action), "path", bin));
}

exc_term exc_file_read_bang(exc_term path) { return bang(exc_file_read(path), "read file", path); }

exc_term exc_file_rm_bang(exc_term path) { return bang(exc_file_rm(path), "remove file", path); }

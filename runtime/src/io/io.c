/* Serialized standard output and error: one lock per descriptor around a complete
** write, so what one process prints in one call is never split by another's. */
#include "exc/proc.h"

#include <errno.h>
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t locks[3] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                   PTHREAD_MUTEX_INITIALIZER};

static bool write_all(int fd, const char *p, size_t len)
{
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        len -= (size_t)w;
    }
    return true;
}

bool exc_io_write(int fd, const void *buf, size_t len)
{
    pthread_mutex_t *l = fd >= 0 && fd < 3 ? &locks[fd] : NULL;
    if (l) pthread_mutex_lock(l);
    bool ok = write_all(fd, buf, len);
    if (l) pthread_mutex_unlock(l);
    return ok;
}

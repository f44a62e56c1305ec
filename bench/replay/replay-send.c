/* LD_PRELOAD for virgl_test_server replaying a VTEST_SAVE file: its replies go to a file
 * descriptor that is no socket, where sendmsg fails with ENOTSOCK and the server gives up.
 * Report them as sent instead. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/socket.h>

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
    static ssize_t (*real_sendmsg)(int, const struct msghdr *, int);
    if (!real_sendmsg)
        real_sendmsg = (ssize_t (*)(int, const struct msghdr *, int))dlsym(RTLD_NEXT, "sendmsg");
    ssize_t sent = real_sendmsg(fd, msg, flags);
    if (sent < 0 && errno == ENOTSOCK) {
        sent = 0;
        for (size_t i = 0; i < msg->msg_iovlen; i++)
            sent += (ssize_t)msg->msg_iov[i].iov_len;
    }
    return sent;
}

package org.jvirgl.api;

/**
 * A refused renderer call. {@link #code()} is the value the C function would have returned,
 * sign included (virglrenderer mixes positive errno, negative errno and -1 across its API, and
 * emulators forward those values to guests), so ported tests can assert exact codes.
 */
public final class VirglException extends RuntimeException {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int ENOSPC = 28;
    public static final int ENOSYS = 38;
    public static final int ENOTSUP = 95;
    public static final int ETIMEDOUT = 110;
    public static final int ENOTRECOVERABLE = 131;

    private final int code;

    public VirglException(int code, String message) {
        super(message);
        this.code = code;
    }

    public VirglException(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The C return value this refusal corresponds to (e.g. {@code 22}, {@code -22} or {@code -1}). */
    public int code() {
        return code;
    }
}

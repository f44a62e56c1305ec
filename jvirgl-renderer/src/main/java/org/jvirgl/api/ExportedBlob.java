package org.jvirgl.api;

/** An exported blob: a file descriptor owned by the caller and what kind it is. */
public record ExportedBlob(int fdType, int fd) {
    public static final int FD_TYPE_DMABUF = 1;
    public static final int FD_TYPE_OPAQUE = 2;
    public static final int FD_TYPE_SHM = 3;
}

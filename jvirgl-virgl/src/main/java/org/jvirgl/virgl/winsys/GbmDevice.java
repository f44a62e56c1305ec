package org.jvirgl.virgl.winsys;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * A {@code gbm_device} over a DRM fd, the native display of EGL's GBM platform. libgbm is
 * reached through FFM (LWJGL has no GBM binding); it is looked up only when a DRM fd is used.
 */
final class GbmDevice implements AutoCloseable {

    private final MemorySegment device;
    private final MethodHandle destroy;

    private GbmDevice(MemorySegment device, MethodHandle destroy) {
        this.device = device;
        this.destroy = destroy;
    }

    static GbmDevice open(int drmFd) {
        if (drmFd < 0) {
            throw new WinsysException("invalid DRM fd " + drmFd);
        }
        SymbolLookup gbm;
        try {
            gbm = SymbolLookup.libraryLookup("libgbm.so.1", Arena.global());
        } catch (IllegalArgumentException e) {
            throw new WinsysException("libgbm.so.1 is not available: cannot use DRM fd " + drmFd);
        }
        Linker linker = Linker.nativeLinker();
        MethodHandle create = linker.downcallHandle(gbm.findOrThrow("gbm_create_device"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MethodHandle destroy = linker.downcallHandle(gbm.findOrThrow("gbm_device_destroy"),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        MemorySegment device;
        try {
            device = (MemorySegment) create.invokeExact(drmFd);
        } catch (Throwable t) {
            throw new WinsysException("gbm_create_device(" + drmFd + ") failed: " + t);
        }
        if (device.address() == 0) {
            throw new WinsysException("gbm_create_device refused fd " + drmFd + " (not a DRM device?)");
        }
        return new GbmDevice(device, destroy);
    }

    long address() {
        return device.address();
    }

    @Override
    public void close() {
        try {
            destroy.invokeExact(device);
        } catch (Throwable t) {
            throw new IllegalStateException("gbm_device_destroy failed", t);
        }
    }
}

package org.jvirgl.virgl.winsys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs a GLX call with an Xlib error handler that records the error instead of Xlib's default,
 * which prints and exits the process. {@code glXCreateContextAttribsARB} raises an X error
 * (GLXBadFBConfig / BadMatch) for every version the host lacks, and the root context is found
 * by trying versions newest first, so without the trap an older host would kill the JVM; a
 * refused {@code glXMakeContextCurrent} must likewise come back as a failure, not an exit.
 */
@SuppressWarnings("restricted") // binding Xlib/GLX is this class's purpose
final class XErrorTrap implements AutoCloseable {

    // XErrorEvent on LP64: int type; Display *display; XID resourceid; unsigned long serial;
    // unsigned char error_code, request_code, minor_code.
    static final long ERROR_EVENT_SIZE = 40;
    static final long ERROR_CODE_OFFSET = 32;
    static final long REQUEST_CODE_OFFSET = 33;
    static final long MINOR_CODE_OFFSET = 34;

    /**
     * Xlib has one error handler per process: two renderers trapping at once would restore each
     * other's handlers out of order (and leave a freed stub installed). {@link StrayXErrors}
     * takes it too.
     */
    static final ReentrantLock PROCESS_HANDLER = new ReentrantLock();

    private final GlxLibrary lib;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment handler;
    // Written by the upcall on the trapping thread, read after the call: no other thread races
    // while PROCESS_HANDLER is held, except Xlib errors of unrelated calls, which only add detail.
    private volatile int errorCode;
    private volatile int requestCode;

    XErrorTrap(GlxLibrary lib) {
        this.lib = lib;
        try {
            MethodHandle onError = MethodHandles.lookup().findVirtual(XErrorTrap.class, "onError",
                    MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class)).bindTo(this);
            handler = Linker.nativeLinker().upcallStub(onError, GlxLibrary.ERROR_HANDLER, arena);
        } catch (ReflectiveOperationException e) {
            arena.close();
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of a trapped call: its value and the first X error it raised (0 for none). */
    record Result<T>(T value, int errorCode, int requestCode) {
        boolean failed() {
            return errorCode != 0;
        }

        String describe() {
            return "X error " + errorCode + " (request " + requestCode + ")";
        }
    }

    /**
     * Runs {@code call} with this trap installed, then syncs with the server so errors of the
     * requests it sent are delivered while the trap is still in place (one round trip).
     */
    <T> Result<T> run(MemorySegment display, Supplier<T> call) {
        return trapped(call, display);
    }

    /**
     * Runs {@code call} with this trap installed but without a round trip: for calls whose
     * errors a direct-rendering libGL raises itself, synchronously (glXMakeContextCurrent's
     * BadAccess for a context current on another thread).
     */
    <T> Result<T> runClientSide(Supplier<T> call) {
        return trapped(call, null);
    }

    private <T> Result<T> trapped(Supplier<T> call, MemorySegment syncDisplay) {
        PROCESS_HANDLER.lock();
        try {
            errorCode = 0;
            requestCode = 0;
            MemorySegment previous = lib.setErrorHandler(handler);
            T value;
            try {
                value = call.get();
                if (syncDisplay != null) {
                    lib.sync(syncDisplay);
                }
            } finally {
                lib.setErrorHandler(previous);
            }
            return new Result<>(value, errorCode, requestCode);
        } finally {
            PROCESS_HANDLER.unlock();
        }
    }

    /** The Xlib callback: must not throw (an exception in an upcall ends the JVM). */
    @SuppressWarnings("unused")
    private int onError(MemorySegment display, MemorySegment event) {
        if (errorCode == 0 && event.address() != 0) {
            MemorySegment e = event.reinterpret(ERROR_EVENT_SIZE);
            errorCode = Byte.toUnsignedInt(e.get(JAVA_BYTE, ERROR_CODE_OFFSET));
            requestCode = Byte.toUnsignedInt(e.get(JAVA_BYTE, REQUEST_CODE_OFFSET));
        }
        return 0;
    }

    @Override
    public void close() {
        arena.close();
    }
}

package org.jvirgl.virgl.winsys;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps Xlib's default error handler, which prints and exits the process, out of the way while
 * any GLX winsys is open. An X error raised outside a {@link XErrorTrap trapped} call (Mesa's
 * software GLX has raised X_ShmPutImage BadMatch on Xvfb) is reported to the sink of every open
 * GLX winsys instead: one renderer's display trouble must not end the emulator.
 *
 * <p>Xlib keeps one handler per process, so this registry is process state too: the first
 * registration installs the handler, the last one to close restores what was there. Both take
 * the lock a trap holds while its own handler is installed.
 */
@SuppressWarnings("restricted") // installing an Xlib handler is this class's purpose
final class StrayXErrors {

    private static final List<Consumer<String>> SINKS = new CopyOnWriteArrayList<>();
    // Guarded by XErrorTrap.PROCESS_HANDLER.
    private static Arena arena;
    private static MemorySegment previous;

    private StrayXErrors() {
    }

    /** Reports stray X errors to {@code sink} until the returned registration is closed. */
    static Registration register(GlxLibrary lib, Consumer<String> sink) {
        XErrorTrap.PROCESS_HANDLER.lock();
        try {
            if (SINKS.isEmpty()) {
                Arena stubArena = Arena.ofShared();
                try {
                    MemorySegment stub = Linker.nativeLinker().upcallStub(MethodHandles.lookup().findStatic(
                            StrayXErrors.class, "onError",
                            MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class)),
                            GlxLibrary.ERROR_HANDLER, stubArena);
                    previous = lib.setErrorHandler(stub);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    stubArena.close();
                    throw new IllegalStateException("cannot install the X error handler", e);
                }
                arena = stubArena;
            }
            SINKS.add(sink);
            return new Registration(lib, sink);
        } finally {
            XErrorTrap.PROCESS_HANDLER.unlock();
        }
    }

    /** One winsys' registration; closing the last one restores the handler found at the first. */
    static final class Registration implements AutoCloseable {
        private final GlxLibrary lib;
        private final Consumer<String> sink;
        private boolean closed;

        private Registration(GlxLibrary lib, Consumer<String> sink) {
            this.lib = lib;
            this.sink = sink;
        }

        @Override
        public void close() {
            XErrorTrap.PROCESS_HANDLER.lock();
            try {
                if (closed) {
                    return;
                }
                closed = true;
                SINKS.remove(sink);
                if (SINKS.isEmpty()) {
                    lib.setErrorHandler(previous);
                    arena.close();
                    arena = null;
                    previous = null;
                }
            } finally {
                XErrorTrap.PROCESS_HANDLER.unlock();
            }
        }
    }

    /** The Xlib callback: must not throw (an exception in an upcall ends the JVM). */
    @SuppressWarnings("unused")
    private static int onError(MemorySegment display, MemorySegment event) {
        try {
            String message = "X error outside a GLX call, ignored: " + describe(event);
            for (Consumer<String> sink : SINKS) {
                sink.accept(message);
            }
        } catch (Throwable ignored) {
            // Nothing may escape into Xlib.
        }
        return 0;
    }

    private static String describe(MemorySegment event) {
        if (event.address() == 0) {
            return "no event";
        }
        MemorySegment e = event.reinterpret(XErrorTrap.ERROR_EVENT_SIZE);
        return "error " + Byte.toUnsignedInt(e.get(JAVA_BYTE, XErrorTrap.ERROR_CODE_OFFSET))
                + ", request " + Byte.toUnsignedInt(e.get(JAVA_BYTE, XErrorTrap.REQUEST_CODE_OFFSET))
                + "." + Byte.toUnsignedInt(e.get(JAVA_BYTE, XErrorTrap.MINOR_CODE_OFFSET));
    }
}

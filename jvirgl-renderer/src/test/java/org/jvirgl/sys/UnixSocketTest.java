package org.jvirgl.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.lang.foreign.ValueLayout;
import org.jvirgl.api.SharedMemory;
import org.junit.jupiter.api.Test;

class UnixSocketTest {

    @Test
    void aMemfdPassedOverScmRightsMapsTheSameMemoryOnTheOtherSide() throws Exception {
        UnixSocket[] pair = UnixSocket.pair();
        try (UnixSocket a = pair[0]; UnixSocket b = pair[1]; SharedMemory shm = SharedMemory.create("unix-test", 4096)) {
            shm.segment().set(ValueLayout.JAVA_INT, 0, 0xC0FFEE);
            a.write(new byte[] {42});
            a.sendFd(shm.fd());
            a.sendFd(-1);
            byte[] first = new byte[1];
            var buf = java.lang.foreign.Arena.ofAuto().allocate(1);
            b.readFully(buf);
            first[0] = buf.get(ValueLayout.JAVA_BYTE, 0);
            assertThat(first[0]).isEqualTo((byte) 42);
            int fd = b.receiveFd();
            assertThat(fd).isNotNegative().isNotEqualTo(shm.fd());
            try (SharedMemory mapped = SharedMemory.map(fd, 0, 4096)) {
                assertThat(mapped.segment().get(ValueLayout.JAVA_INT, 0)).isEqualTo(0xC0FFEE);
                mapped.segment().set(ValueLayout.JAVA_INT, 4, 7);
                assertThat(shm.segment().get(ValueLayout.JAVA_INT, 4)).isEqualTo(7);
            } finally {
                Descriptors.close(fd);
            }
            assertThat(b.receiveFd()).as("the byte without a descriptor").isEqualTo(-1);
        }
    }

    @Test
    void shutdownWakesABlockedReaderWithEndOfStream() throws Exception {
        UnixSocket[] pair = UnixSocket.pair();
        try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    b.readFully(java.lang.foreign.Arena.ofAuto().allocate(4));
                } catch (EOFException expected) {
                    // the point of the test
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            b.shutdown();
            reader.join(5000);
            assertThat(reader.isAlive()).isFalse();
        }
    }

    @Test
    void writingToAClosedPeerIsAnErrorValueNotASignal() throws Exception {
        UnixSocket[] pair = UnixSocket.pair();
        pair[1].close();
        try (UnixSocket a = pair[0]) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    a.write(new byte[65536]);
                }
            }).isInstanceOf(UnixException.class).hasMessageContaining("errno 32");
        }
    }

    @Test
    void aListenerStopsAcceptingWhenToldAndRemovesItsPath() throws Exception {
        String path = "/tmp/jvirgl-unix-test-" + ProcessHandle.current().pid();
        SocketPaths.removeStale(path);
        UnixListener listener = UnixListener.bind(path, 4);
        assertThat(SocketPaths.probe(path)).isEqualTo(SocketPaths.State.IN_USE);
        Thread stopper = Thread.ofPlatform().start(listener::stop);
        // the probe's connection may be accepted first; the loop then sees the stop
        UnixSocket accepted = listener.accept();
        if (accepted != null) {
            accepted.close();
            assertThat(listener.accept()).isNull();
        }
        stopper.join();
        listener.close();
        assertThat(SocketPaths.probe(path)).isEqualTo(SocketPaths.State.FREE);
        assertThatThrownBy(() -> UnixSocket.connect(path)).isInstanceOf(UnixException.class);
    }

    @Test
    void tooLongSocketPathsAreRefusedCleanly() {
        assertThatThrownBy(() -> UnixListener.bind("/tmp/" + "x".repeat(200), 1)).isInstanceOf(UnixException.class)
                .hasMessageContaining("must be 1..107 bytes");
    }
}

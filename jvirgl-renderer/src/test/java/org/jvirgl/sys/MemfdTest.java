package org.jvirgl.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.ValueLayout;
import org.jvirgl.api.SharedMemory;
import org.junit.jupiter.api.Test;

class MemfdTest {

    @Test
    void aCreatedMemfdIsZeroedWritableAndSizedAsAsked() {
        try (SharedMemory mem = SharedMemory.create("jvirgl-test", 8192)) {
            assertThat(mem.fd()).isGreaterThanOrEqualTo(0);
            assertThat(mem.size()).isEqualTo(8192);
            assertThat(mem.segment().byteSize()).isEqualTo(8192);
            assertThat(mem.segment().get(ValueLayout.JAVA_INT, 4096)).isZero();
            mem.segment().set(ValueLayout.JAVA_INT, 4096, 0xCAFE);
            assertThat(mem.segment().get(ValueLayout.JAVA_INT, 4096)).isEqualTo(0xCAFE);
        }
    }

    @Test
    void aSecondMappingOfTheSameFdSeesTheSameBytes() {
        try (SharedMemory mem = SharedMemory.create("jvirgl-test", 3 * 4096);
                SharedMemory view = SharedMemory.map(mem.fd(), 4096 + 16, 64)) {
            mem.segment().set(ValueLayout.JAVA_LONG, 4096 + 16, 0x1122334455667788L);
            assertThat(view.fd()).isEqualTo(-1);
            assertThat(view.size()).isEqualTo(64);
            assertThat(view.segment().get(ValueLayout.JAVA_LONG, 0)).isEqualTo(0x1122334455667788L);
            view.segment().set(ValueLayout.JAVA_BYTE, 8, (byte) 7);
            assertThat(mem.segment().get(ValueLayout.JAVA_BYTE, 4096 + 24)).isEqualTo((byte) 7);
        }
    }

    @Test
    void sealsCanBeAddedAndReadBackThroughTheVariadicFcntl() {
        try (SharedMemory mem = SharedMemory.create("jvirgl-test", 4096)) {
            Libc.addSeals(mem.fd(), Libc.F_SEAL_SHRINK | Libc.F_SEAL_GROW);
            assertThat(Libc.getSeals(mem.fd()) & (Libc.F_SEAL_SHRINK | Libc.F_SEAL_GROW))
                    .isEqualTo(Libc.F_SEAL_SHRINK | Libc.F_SEAL_GROW);
            assertThatThrownBy(() -> Libc.ftruncate(mem.fd(), 8192))
                    .isInstanceOfSatisfying(LinuxException.class, e -> assertThat(e.errno()).isEqualTo(1)); // EPERM
        }
    }

    @Test
    void mappingABadDescriptorReportsErrnoInsteadOfCrashing() {
        assertThatThrownBy(() -> SharedMemory.map(-1, 0, 4096))
                .isInstanceOfSatisfying(LinuxException.class, e -> assertThat(e.errno()).isEqualTo(9)); // EBADF
    }

    @Test
    void nonPositiveSizesAreRefused() {
        assertThatThrownBy(() -> SharedMemory.create("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedMemory.map(0, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingTwiceIsHarmless() {
        SharedMemory mem = SharedMemory.create("jvirgl-test", 4096);
        mem.close();
        mem.close();
        assertThat(mem.segment().scope().isAlive()).isFalse();
    }

    @Test
    void aReleasedDescriptorIsClosedButTheMappingKeepsItsMemory() {
        try (SharedMemory mem = SharedMemory.create("jvirgl-test", 4096)) {
            int fd = mem.fd();
            mem.segment().set(ValueLayout.JAVA_INT, 0, 0x5EED);
            mem.releaseFd();
            mem.releaseFd();
            assertThat(mem.fd()).isEqualTo(-1);
            assertThatThrownBy(() -> Libc.getSeals(fd)).as("the old descriptor number is closed")
                    .isInstanceOfSatisfying(LinuxException.class, e -> assertThat(e.errno()).isEqualTo(Libc.EBADF));
            mem.segment().set(ValueLayout.JAVA_INT, 4, 0x5EED + 1);
            assertThat(mem.segment().get(ValueLayout.JAVA_INT, 0)).isEqualTo(0x5EED);
        }
    }

    @Test
    void anExportedDescriptorMapsTheSameMemoryWhetherTheFdWasHeldOrReleased() {
        try (SharedMemory mem = SharedMemory.create("jvirgl-test", 2 * 4096)) {
            mem.segment().set(ValueLayout.JAVA_INT, 4096, 41);
            int held = mem.exportFd();
            mem.releaseFd();
            int reopened;
            try {
                reopened = mem.exportFd();
            } catch (LinuxException e) {
                // Without CAP_SYS_ADMIN / CAP_CHECKPOINT_RESTORE the kernel refuses map_files: a clean error.
                assertThat(e.errno()).isEqualTo(Libc.EPERM);
                Libc.close(held);
                return;
            }
            try (SharedMemory a = SharedMemory.map(held, 0, 2 * 4096);
                    SharedMemory b = SharedMemory.map(reopened, 4096, 4)) {
                assertThat(a.segment().get(ValueLayout.JAVA_INT, 4096)).isEqualTo(41);
                b.segment().set(ValueLayout.JAVA_INT, 0, 42);
                assertThat(mem.segment().get(ValueLayout.JAVA_INT, 4096)).isEqualTo(42);
            } finally {
                Libc.close(held);
                Libc.close(reopened);
            }
        }
    }

    @Test
    void exportingClosedSharedMemoryIsAnErrorNotACrash() {
        SharedMemory mem = SharedMemory.create("jvirgl-test", 4096);
        mem.close();
        assertThatThrownBy(mem::exportFd).isInstanceOf(LinuxException.class);
    }
}

package org.jvirgl.sys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventFdTest {

    @Test
    void aSignalMakesTheDescriptorReadableUntilDrained() {
        try (EventFd efd = new EventFd()) {
            assertThat(efd.awaitReadable(0)).isFalse();
            efd.signal();
            efd.signal();
            assertThat(efd.awaitReadable(0)).isTrue();
            assertThat(efd.drain()).isEqualTo(2);
            assertThat(efd.awaitReadable(0)).isFalse();
            assertThat(efd.drain()).isZero();
        }
    }

    @Test
    void aSignalFromAnotherThreadWakesABlockedPoll() throws Exception {
        try (EventFd efd = new EventFd()) {
            Thread signaller = Thread.ofPlatform().start(efd::signal);
            assertThat(efd.awaitReadable(-1)).isTrue();
            signaller.join();
            assertThat(efd.drain()).isEqualTo(1);
        }
    }

    @Test
    void aClosedEventFdReportsMinusOneAndIgnoresSignals() {
        EventFd efd = new EventFd();
        efd.close();
        assertThat(efd.fd()).isEqualTo(-1);
        efd.signal();
        assertThat(efd.drain()).isZero();
        efd.close();
    }
}

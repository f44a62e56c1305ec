package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.encode.CommandEncoder;

class QueryTest extends SharedHostTest {
    private static final int TIMESTAMP = 2;
    private static final int TIME_ELAPSED = 4;
    private static final int GPU_FINISHED = 9;
    @Test
    void aResultIsWrittenAsHostQueryStateIntoTheQueryResource() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(5, 32);
            DecodeResult r = f.run(new CommandEncoder()
                .createQuery(1, GPU_FINISHED, 0, 16, 5)
                .endQuery(1)
                .getQueryResult(1, true));
            assertThat(r.ok()).as(r.toString()).isTrue();
            int[] words = f.resources.bufferInts(5, 8);
            // state DONE, 4-byte result, result 1 — at the query's offset
            assertThat(words).containsExactly(0, 0, 0, 0, 1, 4, 1, 0);
        }
    }

    @Test
    void timerQueriesReportEightByteResults() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(5, 16);
            f.resources.buffer(6, 16);
            DecodeResult r = f.run(new CommandEncoder()
                .createQuery(1, TIMESTAMP, 0, 0, 5)
                .createQuery(2, TIME_ELAPSED, 0, 0, 6)
                .beginQuery(2)
                .endQuery(1)
                .endQuery(2)
                .getQueryResult(1, true)
                .getQueryResult(2, true));
            assertThat(r.ok()).as(r.toString()).isTrue();
            int[] ts = f.resources.bufferInts(5, 4);
            assertThat(ts[0]).isEqualTo(1);
            assertThat(ts[1]).isEqualTo(8);
            assertThat(((long) ts[3] << 32) | (ts[2] & 0xffffffffL)).isPositive();
        }
    }

    @Test
    void aQueryWhoseResultDoesNotFitItsResourceIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(5, 16);
            DecodeResult r = f.run(new CommandEncoder().createQuery(1, GPU_FINISHED, 0, 8, 5));
            assertThat(r).isInstanceOf(Refusal.class);
        }
    }

    @Test
    void endingAnUnknownQueryIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(new CommandEncoder().endQuery(77));
            assertThat(r).isInstanceOf(Refusal.class);
        }
    }
}

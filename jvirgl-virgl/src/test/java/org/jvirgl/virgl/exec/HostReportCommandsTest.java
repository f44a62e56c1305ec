package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.PipeResourceCreate;
import org.jvirgl.wire.state.PipeResourceSetType;

/**
 * GET_MEMORY_INFO and GET_PIPE_RESOURCE_LAYOUT write their struct at the start of the guest
 * backing and not a byte further; PIPE_RESOURCE_CREATE and SET_TYPE are refused with the reason.
 */
class HostReportCommandsTest extends SharedHostTest {

    private static ContextError refusal(DecodeResult r) {
        assertThat(r).isInstanceOf(Refusal.class);
        return ((Refusal) r).error();
    }

    @Test
    void memoryInfoFillsTheStructAndNothingAfterIt() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(3, 64);
            MemorySegment backing = f.resources.backing(3, 64);
            DecodeResult r = f.run(new CommandEncoder().getMemoryInfo(3));
            assertThat(r.ok()).as(r.toString()).isTrue();
            // llvmpipe offers neither GL_NVX_gpu_memory_info nor GL_ATI_meminfo: every figure is zero.
            for (int i = 0; i < HostReportCommands.MEMORY_INFO_BYTES; i += 4) {
                assertThat(backing.get(ValueLayout.JAVA_INT, i)).as("word at %d", i).isZero();
            }
            assertThat(backing.get(ValueLayout.JAVA_BYTE, HostReportCommands.MEMORY_INFO_BYTES)).isEqualTo((byte) 0xff);
        }
    }

    @Test
    void memoryInfoForAnUnknownOrTooSmallResourceIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            assertThat(refusal(f.run(new CommandEncoder().getMemoryInfo(77)))).isEqualTo(ContextError.ILLEGAL_RESOURCE);
        }
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(3, 16);
            MemorySegment backing = f.resources.backing(3, 16);
            assertThat(refusal(f.run(new CommandEncoder().getMemoryInfo(3)))).isEqualTo(ContextError.ILLEGAL_RESOURCE);
            assertThat(backing.get(ValueLayout.JAVA_INT, 0)).isEqualTo(-1);
        }
    }

    @Test
    void aResourceLayoutReportsNoPlanesAsVrendDoesWithoutAGbmBuffer() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 16, 16);
            f.resources.buffer(3, 128);
            MemorySegment backing = f.resources.backing(3, 128);
            DecodeResult r = f.run(new CommandEncoder().getPipeResourceLayout(3, 1));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(HostReportCommands.RESOURCE_LAYOUT_BYTES).isEqualTo(80);
            for (int i = 0; i < 80; i += 8) {
                assertThat(backing.get(ValueLayout.JAVA_LONG, i)).as("bytes at %d", i).isZero();
            }
            assertThat(backing.get(ValueLayout.JAVA_BYTE, 80)).isEqualTo((byte) 0xff);
        }
    }

    @Test
    void aResourceLayoutNeedsBothResourcesAndRoomForTheStruct() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(3, 128);
            f.resources.backing(3, 128);
            assertThat(refusal(f.run(new CommandEncoder().getPipeResourceLayout(3, 9))))
                .isEqualTo(ContextError.ILLEGAL_RESOURCE);
        }
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
            f.resources.buffer(3, 64);
            f.resources.backing(3, 64);
            assertThat(refusal(f.run(new CommandEncoder().getPipeResourceLayout(3, 1))))
                .isEqualTo(ContextError.ILLEGAL_RESOURCE);
        }
    }

    @Test
    void typingHostOrDmaBufBlobsIsRefusedWithTheReason() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(new CommandEncoder()
                .pipeResourceCreate(new PipeResourceCreate(2, 67, 2, 16, 16, 1, 1, 0, 0, 0, 5)));
            assertThat(refusal(r)).isEqualTo(ContextError.UNSUPPORTED_FUNCTION);
            assertThat(((Refusal) r).detail()).contains("blob id 5", "no host blobs");
        }
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(new CommandEncoder().pipeResourceSetType(
                new PipeResourceSetType(4, 67, 2, 16, 16, 0, 0L, java.util.List.of(new org.jvirgl.wire.state.PlaneLayout(64, 0)))));
            assertThat(refusal(r)).isEqualTo(ContextError.UNSUPPORTED_FUNCTION);
            assertThat(((Refusal) r).detail()).contains("resource 4", "dma-buf");
        }
    }
}

package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.PipeBox;
import org.junit.jupiter.api.Test;

/** The getters of the reusable views read the right dwords. */
class FlyweightViewsTest {

    /** Decodes {@code e}, handing the first command's view to {@code check} while it is valid. */
    private static void withView(CommandEncoder e, Consumer<Object> check) {
        List<Throwable> failures = new ArrayList<>();
        Recorder recorder = new Recorder();
        VirglCommandListener checking = (VirglCommandListener) java.lang.reflect.Proxy.newProxyInstance(
                FlyweightViewsTest.class.getClassLoader(), new Class<?>[] {VirglCommandListener.class},
                (proxy, method, args) -> {
                    if (method.isDefault() || args == null) {
                        return null;
                    }
                    for (Object a : args) {
                        if (a instanceof CommandView || a instanceof IntSeq) {
                            try {
                                check.accept(a);
                            } catch (Throwable t) {
                                failures.add(t);
                            }
                        }
                    }
                    return method.invoke(recorder.listener, args);
                });
        assertThat(new VirglDecoder(checking).decode(e.toSegment()).ok()).isTrue();
        assertThat(recorder.calls).isNotEmpty();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.get(0));
        }
    }

    @Test
    void drawInfoReadsPlainTessellationAndIndirectFields() {
        withView(new CommandEncoder().drawVbo(5, 6, PipePrim.TRIANGLE_STRIP, true, 3, -2, 1, true, 0xffff, 4, 9, 0),
                v -> {
                    DrawInfo d = (DrawInfo) v;
                    assertThat(d.start()).isEqualTo(5);
                    assertThat(d.count()).isEqualTo(6);
                    assertThat(d.mode()).isEqualTo(PipePrim.TRIANGLE_STRIP);
                    assertThat(d.indexed()).isTrue();
                    assertThat(d.instanceCount()).isEqualTo(3);
                    assertThat(d.indexBias()).isEqualTo(-2);
                    assertThat(d.startInstance()).isEqualTo(1);
                    assertThat(d.primitiveRestart()).isTrue();
                    assertThat(d.restartIndex()).isEqualTo(0xffff);
                    assertThat(d.minIndex()).isEqualTo(4);
                    assertThat(d.maxIndex()).isEqualTo(9);
                    assertThat(d.hasTessellationFields()).isFalse();
                    assertThat(d.verticesPerPatch()).isZero();
                    assertThat(d.isIndirect()).isFalse();
                    assertThat(d.indirectResource()).isZero();
                });
        withView(new CommandEncoder().drawVbo(0, 4, PipePrim.PATCHES, 0, 1, 0, 0, 0, 0, 0, 3, 0, 4, 2), v -> {
            DrawInfo d = (DrawInfo) v;
            assertThat(d.verticesPerPatch()).isEqualTo(4);
            assertThat(d.drawId()).isEqualTo(2);
            assertThat(d.payloadDwords()).isEqualTo(DrawInfo.SIZE_TESS);
        });
        withView(new CommandEncoder().drawVbo(0, 0, 4, 1, 1, 0, 0, 0, 0, 0, -1, 77, 0, 0, 9, 16, 20, 2, 8, 10), v -> {
            DrawInfo d = (DrawInfo) v;
            assertThat(d.countFromStreamOutput()).isEqualTo(77);
            assertThat(d.isIndirect()).isTrue();
            assertThat(d.indirectResource()).isEqualTo(9);
            assertThat(d.indirectOffset()).isEqualTo(16);
            assertThat(d.indirectStride()).isEqualTo(20);
            assertThat(d.indirectDrawCount()).isEqualTo(2);
            assertThat(d.indirectDrawCountOffset()).isEqualTo(8);
            assertThat(d.indirectDrawCountResource()).isEqualTo(10);
        });
    }

    @Test
    void transferViewsReadResourceBoxStrideOffsetAndDirection() {
        withView(new CommandEncoder().transfer3d(7, 2, 400, 40000, new PipeBox(1, 2, 3, 4, 5, 6), 1234, 2), v -> {
            Transfer3d t = (Transfer3d) v;
            assertThat(t.resource()).isEqualTo(7);
            assertThat(t.level()).isEqualTo(2);
            assertThat(t.stride()).isEqualTo(400);
            assertThat(t.layerStride()).isEqualTo(40000);
            assertThat(t.box()).isEqualTo(new PipeBox(1, 2, 3, 4, 5, 6));
            assertThat(t.offset()).isEqualTo(1234);
            assertThat(t.toHost()).isFalse();
        });
        withView(new CommandEncoder().copyTransfer3d(7, 0, 0, 0, new PipeBox(0, 0, 0, 8, 8, 1), 3, 64,
                CopyTransfer3d.FLAG_SYNCHRONIZED | CopyTransfer3d.FLAG_READ_FROM_HOST), v -> {
                    CopyTransfer3d c = (CopyTransfer3d) v;
                    assertThat(c.stagingResource()).isEqualTo(3);
                    assertThat(c.stagingOffset()).isEqualTo(64);
                    assertThat(c.isSynchronized()).isTrue();
                    assertThat(c.readFromHost()).isTrue();
                });
        withView(new CommandEncoder().resourceInlineWrite(7, 0, 8, 0, new PipeBox(0, 0, 0, 2, 1, 1), 0xaa, 0xbb),
                v -> {
                    InlineWrite w = (InlineWrite) v;
                    assertThat(w.data().toArray()).containsExactly(0xaa, 0xbb);
                    assertThat(w.width()).isEqualTo(2);
                });
    }

    @Test
    void stateArrayViewsIndexTheirEntries() {
        withView(new CommandEncoder().setViewportStates(2, 10f, -20f, 0.5f, 11f, 21f, 0.5f, 1f, 2f, 3f, 4f, 5f, 6f),
                v -> {
                    ViewportStates s = (ViewportStates) v;
                    assertThat(s.startSlot()).isEqualTo(2);
                    assertThat(s.count()).isEqualTo(2);
                    assertThat(s.scaleY(0)).isEqualTo(-20f);
                    assertThat(s.translateZ(1)).isEqualTo(6f);
                    assertThatThrownBy(() -> s.scaleX(2)).isInstanceOf(IndexOutOfBoundsException.class);
                });
        withView(new CommandEncoder().setScissorStates(0, 1, 2, 300, 400), v -> {
            ScissorStates s = (ScissorStates) v;
            assertThat(List.of(s.minX(0), s.minY(0), s.maxX(0), s.maxY(0))).containsExactly(1, 2, 300, 400);
        });
        withView(new CommandEncoder().setVertexBuffers(16, 0, 3, 32, 8, 4), v -> {
            VertexBuffers b = (VertexBuffers) v;
            assertThat(b.count()).isEqualTo(2);
            assertThat(List.of(b.stride(1), b.offset(1), b.resource(1))).containsExactly(32, 8, 4);
        });
        withView(new CommandEncoder().setShaderBuffers(ShaderStage.FRAGMENT, 3, 0, 64, 5, 64, 32, 6), v -> {
            BufferBindings b = (BufferBindings) v;
            assertThat(b.startSlot()).isEqualTo(3);
            assertThat(b.count()).isEqualTo(2);
            assertThat(List.of(b.offset(1), b.length(1), b.resource(1))).containsExactly(64, 32, 6);
        });
        withView(new CommandEncoder().setAtomicBuffers(1, 4, 8, 9), v -> {
            BufferBindings b = (BufferBindings) v;
            assertThat(List.of(b.startSlot(), b.count(), b.resource(0))).containsExactly(1, 1, 9);
        });
        withView(new CommandEncoder().setShaderImages(ShaderStage.COMPUTE, 1, VirglFormat.R32_UINT, 3, 2 | 5 << 16, 1,
                12), v -> {
                    ImageBindings i = (ImageBindings) v;
                    assertThat(i.startSlot()).isEqualTo(1);
                    assertThat(i.format(0)).isEqualTo(VirglFormat.R32_UINT);
                    assertThat(i.access(0)).isEqualTo(3);
                    assertThat(i.firstLayer(0)).isEqualTo(2);
                    assertThat(i.lastLayer(0)).isEqualTo(5);
                    assertThat(i.levelOrSize(0)).isEqualTo(1);
                    assertThat(i.resource(0)).isEqualTo(12);
                });
    }

    @Test
    void intSeqsCopyIntoArraysAndNativeMemory() {
        withView(new CommandEncoder().setConstantBuffer(ShaderStage.VERTEX, 0, 1, 2, 3, Float.floatToRawIntBits(1.5f)),
                v -> {
                    IntSeq s = (IntSeq) v;
                    int[] dst = new int[6];
                    s.copyTo(dst, 2);
                    assertThat(dst).containsExactly(0, 0, 1, 2, 3, Float.floatToRawIntBits(1.5f));
                    assertThat(s.getFloat(3)).isEqualTo(1.5f);
                    var native_ = java.lang.foreign.Arena.ofAuto().allocate(16);
                    s.copyTo(native_, 0);
                    assertThat(native_.get(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED
                            .withOrder(java.nio.ByteOrder.LITTLE_ENDIAN), 8)).isEqualTo(3);
                    assertThatThrownBy(() -> s.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
                });
        assertThat(IntSeq.of(4, 5).toArray()).containsExactly(4, 5);
    }
}

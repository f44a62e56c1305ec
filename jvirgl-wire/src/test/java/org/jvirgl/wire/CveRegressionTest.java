package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipeClear;
import org.jvirgl.wire.gallium.PipeTexTarget;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.BlitRegion;
import org.jvirgl.wire.state.LaunchGrid;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.PipeResourceCreate;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.VertexElement;
import org.junit.jupiter.api.Test;

/**
 * Regressions for the virglrenderer CVEs: the malformed command of each advisory must come
 * back as a clean refusal. Where the flaw lived in execution (missing shader, allocation
 * failure, unzeroed memory), the test pins what the decoder checks before the executor runs
 * and that the executor's error channel stops the batch.
 */
class CveRegressionTest {
    private final Recorder recorder = new Recorder();
    private final VirglDecoder decoder = new VirglDecoder(recorder.listener);

    private Refusal refused(CommandEncoder e) {
        DecodeResult r = decoder.decode(e.toSegment());
        assertThat(r).isInstanceOf(Refusal.class);
        assertThat(recorder.calls).as("nothing reaches the executor").isEmpty();
        return (Refusal) r;
    }

    private static List<VertexElement> elements(int n, int vertexBuffer) {
        List<VertexElement> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new VertexElement(0, 0, vertexBuffer, VirglFormat.R32G32B32A32_FLOAT));
        }
        return list;
    }

    /** CVE-2017-5937: CLEAR driven into a NULL surface dereference; malformed CLEARs never reach it. */
    @Test
    void cve2017_5937_malformedClearIsRefused() {
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CLEAR, 0, PipeClear.COLOR0, 0, 0)).field())
                .isEqualTo("length");
        assertThat(refused(new CommandEncoder().clear(0x400, new RawColor(0, 0, 0, 0), 1.0, 0)).field())
                .isEqualTo("buffers");
    }

    /** CVE-2017-5956: a vertex element naming a vertex buffer beyond the host's array. */
    @Test
    void cve2017_5956_vertexBufferIndexOutOfRangeIsRefused() {
        Refusal r = refused(new CommandEncoder().createVertexElements(1, elements(1, WireLimits.MAX_VERTEX_BUFFERS)));
        assertThat(r.field()).isEqualTo("vertex_buffer_index");
        assertThat(refused(new CommandEncoder().createVertexElements(1, elements(1, -1))).field())
                .isEqualTo("vertex_buffer_index");
    }

    /** CVE-2017-5957: SET_FRAMEBUFFER_STATE with more colour buffers than the host's stack array. */
    @Test
    void cve2017_5957_tooManyColourBuffersAreRefused() {
        int[] cbufs = new int[9];
        assertThat(refused(new CommandEncoder().setFramebufferState(0, cbufs)).field()).isEqualTo("nr_cbufs");
        // A count that disagrees with the length, and a count that wraps when added to 2.
        assertThat(refused(new CommandEncoder().command(VirglCcmd.SET_FRAMEBUFFER_STATE, 0, 3, 0, 1)).field())
                .isEqualTo("length");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.SET_FRAMEBUFFER_STATE, 0, -2, 0)).field())
                .isEqualTo("nr_cbufs");
    }

    /** CVE-2017-5994: more vertex elements than the host's array holds. */
    @Test
    void cve2017_5994_tooManyVertexElementsAreRefused() {
        Refusal r = refused(new CommandEncoder().createVertexElements(1, elements(WireLimits.MAX_VERTEX_ELEMENTS + 1, 0)));
        assertThat(r.field()).isEqualTo("count");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, VirglObjectType.VERTEX_ELEMENTS,
                1, 0, 0)).field()).isEqualTo("length");
    }

    /** CVE-2019-18388: sampler views with an illegal target or format crashed the host. */
    @Test
    void cve2019_18388_samplerViewWithIllegalTargetOrFormatIsRefused() {
        SamplerViewState badTarget = new SamplerViewState(1, VirglFormat.R8G8B8A8_UNORM, 9, 0, 0, 0);
        assertThat(refused(new CommandEncoder().createSamplerView(2, badTarget)).error())
                .isEqualTo(ContextError.ILLEGAL_SAMPLER_VIEW_TARGET);
        SamplerViewState noFormat = new SamplerViewState(1, VirglFormat.NONE, PipeTexTarget.TEXTURE_2D, 0, 0, 0);
        assertThat(refused(new CommandEncoder().createSamplerView(2, noFormat)).error())
                .isEqualTo(ContextError.ILLEGAL_FORMAT);
        SamplerViewState hole = new SamplerViewState(1, 73, PipeTexTarget.TEXTURE_2D, 0, 0, 0);
        assertThat(refused(new CommandEncoder().createSamplerView(2, hole)).field()).isEqualTo("format");
    }

    /** CVE-2019-18389: RESOURCE_INLINE_WRITE overflowing the host buffer; the box must be sane and data present. */
    @Test
    void cve2019_18389_inlineWriteWithoutDataOrWithANegativeBoxIsRefused() {
        assertThat(refused(new CommandEncoder().command(VirglCcmd.RESOURCE_INLINE_WRITE, 0, 1, 0, 0, 0, 0, 0, 0, 0,
                4, 4, 1)).field()).isEqualTo("length");
        assertThat(refused(new CommandEncoder().resourceInlineWrite(1, 0, 0, 0, new PipeBox(0, 0, 0, -4, 1, 1), 7))
                .error()).isEqualTo(ContextError.TRANSFER_IOV_BOUNDS);
    }

    /** CVE-2019-18390: BLIT with a format index past the host's format table (out-of-bounds read). */
    @Test
    void cve2019_18390_blitWithOutOfRangeFormatIsRefused() {
        PipeBox box = new PipeBox(0, 0, 0, 4, 4, 1);
        BlitInfo blit = new BlitInfo(0xf, 0, false, false, false, 0, 0, 0, 0,
                new BlitRegion(1, 0, 0x7fff_ffff, box), new BlitRegion(2, 0, VirglFormat.R8G8B8A8_UNORM, box));
        assertThat(refused(new CommandEncoder().blit(blit)).error()).isEqualTo(ContextError.ILLEGAL_FORMAT);
    }

    /** CVE-2019-18391: transfers with negative box values slipped past the bounds check. */
    @Test
    void cve2019_18391_transfersWithNegativeBoxesAreRefused() {
        assertThat(refused(new CommandEncoder().transfer3d(1, 0, 0, 0, new PipeBox(-1, 0, 0, 4, 4, 1), 0, 1)).field())
                .isEqualTo("box");
        assertThat(refused(new CommandEncoder().transfer3d(1, 0, 0, 0, new PipeBox(0, 0, 0, 4, -4, 1), 0, 2)).field())
                .isEqualTo("box");
        assertThat(refused(new CommandEncoder().copyTransfer3d(1, 0, 0, 0, new PipeBox(0, 0, -2, 1, 1, 1), 2, 0, 0))
                .field()).isEqualTo("box");
    }

    /** CVE-2020-8002: LAUNCH_GRID without a compute shader; the executor refuses and the batch stops there. */
    @Test
    void cve2020_8002_launchGridIsLengthCheckedAndExecutorRefusalStopsTheBatch() {
        assertThat(refused(new CommandEncoder().command(VirglCcmd.LAUNCH_GRID, 0, 1, 1, 1)).field()).isEqualTo("length");
        recorder.failOn("launchGrid", ContextError.ILLEGAL_SHADER);
        DecodeResult r = decoder.decode(new CommandEncoder().launchGrid(new LaunchGrid(1, 1, 1, 1, 1, 1, 0, 0))
                .setMinSamples(1).toSegment());
        assertThat(((Refusal) r).error()).isEqualTo(ContextError.ILLEGAL_SHADER);
        assertThat(recorder.methods()).containsExactly("launchGrid");
    }

    /** CVE-2020-8003: a resource whose allocation fails was freed twice; impossible resources never get that far. */
    @Test
    void cve2020_8003_impossiblePipeResourceCreateIsRefused() {
        PipeResourceCreate badTarget = new PipeResourceCreate(PipeTexTarget.COUNT, VirglFormat.R8G8B8A8_UNORM, 2, 4,
                4, 1, 1, 0, 0, 0, 1);
        assertThat(refused(new CommandEncoder().pipeResourceCreate(badTarget)).field()).isEqualTo("target");
        PipeResourceCreate badFormat = new PipeResourceCreate(PipeTexTarget.TEXTURE_2D, VirglFormat.MAX, 2, 4, 4, 1,
                1, 0, 0, 0, 1);
        assertThat(refused(new CommandEncoder().pipeResourceCreate(badFormat)).field()).isEqualTo("format");
    }

    /** CVE-2022-0135: a 3D transfer whose z range overflowed wrote out of bounds. */
    @Test
    void cve2022_0135_transferBoxWhoseRangeOverflowsIsRefused() {
        Refusal r = refused(new CommandEncoder().transfer3d(1, 0, 0, 0,
                new PipeBox(0, 0, Integer.MAX_VALUE, 1, 1, 2), 0, 1));
        assertThat(r.detail()).contains("overflows");
        assertThat(r.error()).isEqualTo(ContextError.TRANSFER_IOV_BOUNDS);
    }

    /**
     * CVE-2022-0175: host memory leaked to the guest through never-initialised resources.
     * Zeroing is the executor's job; the decoder guarantees only well-formed read-backs get
     * there: the direction must be TO_HOST or FROM_HOST.
     */
    @Test
    void cve2022_0175_transfersWithAnUnknownDirectionAreRefused() {
        assertThat(refused(new CommandEncoder().transfer3d(1, 0, 0, 0, new PipeBox(0, 0, 0, 1, 1, 1), 0, 3)).field())
                .isEqualTo("direction");
        assertThat(refused(new CommandEncoder().transfer3d(1, 0, 0, 0, new PipeBox(0, 0, 0, 1, 1, 1), 0, 0)).field())
                .isEqualTo("direction");
    }

    /** Upstream 5bc1a77c (heap overflow with atomic buffer objects): the slot range is checked. */
    @Test
    void atomicBufferSlotsBeyondTheLimitAreRefused() {
        assertThat(refused(new CommandEncoder().setAtomicBuffers(WireLimits.MAX_ATOMIC_BUFFERS, 0, 4, 1)).field())
                .isEqualTo("start_slot");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.SET_ATOMIC_BUFFERS, 0, 0)).field())
                .isEqualTo("length");
    }
}

package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.FS;
import static org.jvirgl.virgl.exec.DrawScene.draw;
import static org.jvirgl.virgl.exec.DrawScene.fullScreen;
import static org.jvirgl.virgl.exec.DrawScene.runAndRead;
import static org.jvirgl.virgl.exec.DrawScene.vertices;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.state.SamplerViewState;

/**
 * Buffer textures in the legacy luminance/alpha/intensity layouts a compatibility guest may
 * choose (piglit arb_texture_buffer_object formats): stored in R/RG, their channels moved by the
 * shader since GL swizzles no buffer texture.
 */
class BufferTextureFormatTest extends SharedHostTest {
    private static final int SIZE = 8;
    private static final String FETCH_FS = """
            FRAG
            DCL OUT[0], COLOR
            DCL SAMP[0]
            DCL SVIEW[0], BUFFER, FLOAT
            IMM[0] INT32 {0, 0, 0, 0}
              0: TXF OUT[0], IMM[0], SAMP[0], BUFFER
              1: END
            """;
    private static final int IDENTITY = 0 | 1 << 3 | 2 << 6 | 3 << 9;

    private int fetchFirstTexel(int format, int storedBytes) {
        try (ExecutorFixture f = drawingFixture()) {
            f.resources.buffer(5, 16);
            f.resources.upload(5, storedBytes, 0, 0, 0);
            CommandEncoder e = vertices(f, DrawScene.setup(f, SIZE, FETCH_FS), 2, fullScreen(0f, 0f, 0f, 0f))
                .createSamplerView(40, new SamplerViewState(5, format, 0, 0, 3, IDENTITY))
                .setSamplerViews(FS, 0, 40);
            return runAndRead(f, draw(e), 4, 4);
        }
    }

    @Test
    void luminanceAlphaReadsLuminanceIntoColourAndItsAlphaIntoAlpha() {
        assertThat(fetchFirstTexel(VirglFormat.byName("L8A8_UNORM").orElseThrow().value(), 0xc040))
            .isEqualTo(0xc0404040);
    }

    @Test
    void intensityReadsIntoEveryChannel() {
        assertThat(fetchFirstTexel(VirglFormat.byName("I8_UNORM").orElseThrow().value(), 0x80)).isEqualTo(0x80808080);
    }

    @Test
    void alphaReadsZeroColourAndLuminanceOpaque() {
        assertThat(fetchFirstTexel(VirglFormat.byName("A8_UNORM").orElseThrow().value(), 0x80)).isEqualTo(0x80000000);
        assertThat(fetchFirstTexel(VirglFormat.byName("L8_UNORM").orElseThrow().value(), 0x80)).isEqualTo(0xff808080);
    }
}

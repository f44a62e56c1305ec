package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/**
 * The scene executor draw tests share: render target 1 (RGBA8, square) as surface 10, a
 * viewport over it, the pass-through vertex shader 20 with a fragment shader 21, and vertex
 * elements 30 reading a position and a colour (both RGBA32F, 32-byte vertices) from the vertex
 * buffer in slot 0. Handles are fixed so tests can add their own objects around them.
 */
public final class DrawScene {
    static final int VS = 0;
    static final int FS = 1;
    static final int POINTS = 0;
    static final int TRIANGLES = 4;
    static final int RGBA8 = TestResources.R8G8B8A8;
    static final int PIPE_CLEAR_COLOR0 = 4;
    /** Pipe swizzle X, Y, Z, W as the wire packs it (three bits a channel). */
    static final int IDENTITY_SWIZZLE = 0 | 1 << 3 | 2 << 6 | 3 << 9;

    /** Position and colour straight through (the colour lands in GENERIC[0]). */
    public static final String PASS_VS = """
        VERT
        DCL IN[0]
        DCL IN[1]
        DCL OUT[0], POSITION
        DCL OUT[1], GENERIC[0]
          0: MOV OUT[0], IN[0]
          1: MOV OUT[1], IN[1]
          2: END
        """;

    /** The interpolated vertex colour. */
    public static final String COLOR_FS = """
        FRAG
        PROPERTY FS_COLOR0_WRITES_ALL_CBUFS 1
        DCL IN[0], GENERIC[0], PERSPECTIVE
        DCL OUT[0], COLOR
          0: MOV OUT[0], IN[0]
          1: END
        """;

    /** Texel (0.25, 0.25) of sampler view 0 through sampler 0. */
    static final String TEX_FS = sampleAt("0.25, 0.25, 0.0, 0.0", "2D");

    private DrawScene() {
    }

    /**
     * A fragment shader writing what TEX with {@code target} (2D, SHADOW2D…) returns for the
     * constant coordinate {@code stqr} (four numbers) from sampler view 0 through sampler 0.
     */
    static String sampleAt(String stqr, String target) {
        return """
            FRAG
            DCL OUT[0], COLOR
            DCL SAMP[0]
            DCL SVIEW[0], 2D, FLOAT
            IMM[0] FLT32 {%s}
              0: TEX OUT[0], IMM[0], SAMP[0], %s
              1: END
            """.formatted(stqr, target);
    }

    /**
     * Creates render target 1 ({@code size}² RGBA8) and appends to {@code e} the commands that
     * attach it (cleared to transparent black), set a viewport over it with y scale
     * {@code viewportScaleY} (negative: flipped), and bind the shaders and vertex elements.
     */
    static CommandEncoder setup(ExecutorFixture f, CommandEncoder e, int size, String fs, float viewportScaleY) {
        return setup(f, e, RGBA8, size, fs, viewportScaleY);
    }

    /** {@link #setup(ExecutorFixture, CommandEncoder, int, String, float)} with a target in {@code format}. */
    static CommandEncoder setup(ExecutorFixture f, CommandEncoder e, int format, int size, String fs,
                                float viewportScaleY) {
        f.resources.texture2d(1, format, size, size);
        return e.createSurface(10, new SurfaceState(1, format, 0, 0, 0))
            .setFramebufferState(0, 10)
            .clear(PIPE_CLEAR_COLOR0, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
            .setViewportStates(0, size / 2f, viewportScaleY, 0.5f, size / 2f, size / 2f, 0.5f)
            .createShader(20, VS, PASS_VS, 100, StreamOutputInfo.NONE)
            .createShader(21, FS, fs, 100, StreamOutputInfo.NONE)
            .bindShader(20, VS)
            .bindShader(21, FS)
            .createVertexElements(30, List.of(new VertexElement(0, 0, 0, TestResources.R32G32B32A32_FLOAT),
                new VertexElement(16, 0, 0, TestResources.R32G32B32A32_FLOAT)))
            .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30);
    }

    /** {@link #setup(ExecutorFixture, CommandEncoder, int, String, float)} upright, on new commands. */
    static CommandEncoder setup(ExecutorFixture f, int size, String fs) {
        return setup(f, new CommandEncoder(), size, fs, size / 2f);
    }

    /** Three vertices (position, colour) of a triangle covering the whole viewport in one colour. */
    static float[] fullScreen(float r, float g, float b, float a) {
        return new float[] {
            -1, -1, 0, 1, r, g, b, a,
            3, -1, 0, 1, r, g, b, a,
            -1, 3, 0, 1, r, g, b, a,
        };
    }

    /** Buffer resource {@code handle} holding {@code vertices}, bound to vertex buffer slot 0. */
    static CommandEncoder vertices(ExecutorFixture f, CommandEncoder e, int handle, float[] vertices) {
        f.resources.buffer(handle, vertices.length * Float.BYTES);
        f.resources.upload(handle, vertices);
        return e.setVertexBuffers(32, 0, handle);
    }

    /** Draws the first three vertices as one triangle. */
    static CommandEncoder draw(CommandEncoder e) {
        return e.drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
    }

    /** Runs {@code e}, which must succeed without a host warning. */
    static void runClean(ExecutorFixture f, CommandEncoder e) {
        DecodeResult r = f.run(e);
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(f.log).isEmpty();
    }

    /** {@link #runClean runs} {@code e}; returns render target 1's texel (x, y) as 0xAABBGGRR. */
    static int runAndRead(ExecutorFixture f, CommandEncoder e, int x, int y) {
        runClean(f, e);
        return f.resources.texel(1, x, y);
    }
}

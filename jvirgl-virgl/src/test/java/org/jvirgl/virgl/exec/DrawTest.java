package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/** Draws through the whole executor: TGSI shaders, vertex input, constants, textures, Y-flip. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawTest {
    private static final int VS = 0;
    private static final int FS = 1;
    private static final int TRIANGLES = 4;
    private static final int POINTS = 0;
    private static final int RGBA32F = TestResources.R32G32B32A32_FLOAT;
    private static final int RGBA8 = TestResources.R8G8B8A8;
    private static final int SIZE = 16;

    static final String PASS_VS = """
        VERT
        DCL IN[0]
        DCL IN[1]
        DCL OUT[0], POSITION
        DCL OUT[1], GENERIC[0]
          0: MOV OUT[0], IN[0]
          1: MOV OUT[1], IN[1]
          2: END
        """;

    static final String COLOR_FS = """
        FRAG
        PROPERTY FS_COLOR0_WRITES_ALL_CBUFS 1
        DCL IN[0], GENERIC[0], PERSPECTIVE
        DCL OUT[0], COLOR
          0: MOV OUT[0], IN[0]
          1: END
        """;

    static final String CONST_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL CONST[0..1]
          0: ADD OUT[0], CONST[0], CONST[1]
          1: END
        """;

    static final String TEX_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL SAMP[0]
        DCL SVIEW[0], 2D, FLOAT
        IMM[0] FLT32 {    0.2500,     0.2500,     0.0000,     0.0000}
          0: TEX OUT[0], IMM[0], SAMP[0], 2D
          1: END
        """;

    private GlHost host;

    @BeforeAll
    void openHost() {
        host = ExecutorFixture.openHost();
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    private ExecutorFixture fixture() {
        return new ExecutorFixture(host, (shader, key) -> GlslTranslator.translate(shader, key,
            HostProfile.LLVMPIPE_CORE));
    }

    /** Render target 1 (SIZE² RGBA8), viewport, shaders 20/21 and vertex elements 30 (pos, colour). */
    private static CommandEncoder setup(ExecutorFixture f, String fs, float viewportScaleY) {
        f.resources.texture2d(1, RGBA8, SIZE, SIZE);
        return new CommandEncoder()
            .createSurface(10, new SurfaceState(1, RGBA8, 0, 0, 0))
            .setFramebufferState(0, 10)
            .clear(4, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
            .setViewportStates(0, SIZE / 2f, viewportScaleY, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
            .createShader(20, VS, PASS_VS, 100, StreamOutputInfo.NONE)
            .createShader(21, FS, fs, 100, StreamOutputInfo.NONE)
            .bindShader(20, VS)
            .bindShader(21, FS)
            .createVertexElements(30, List.of(new VertexElement(0, 0, 0, RGBA32F),
                new VertexElement(16, 0, 0, RGBA32F)))
            .bindObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 30);
    }

    /** A triangle covering the whole viewport in one colour. */
    private static float[] fullScreen(float r, float g, float b, float a) {
        return new float[] {
            -1, -1, 0, 1, r, g, b, a,
            3, -1, 0, 1, r, g, b, a,
            -1, 3, 0, 1, r, g, b, a,
        };
    }

    @Test
    void aTriangleIsRasterizedWithInterpolatedVaryings() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(0f, 1f, 0f, 1f));
            e.setVertexBuffers(32, 0, 2).drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            assertThat(f.resources.texel(1, 3, 3)).isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(1, 15, 15)).isEqualTo(0xff00ff00);
        }
    }

    @Test
    void aNegativeViewportScaleFlipsTheRenderingVertically() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, -SIZE / 2f);
            // A triangle covering only the upper half of clip space (y > 0).
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, new float[] {-1, 0, 0, 1, 1, 0, 0, 1, 3, 0, 0, 1, 1, 0, 0, 1, -1, 2, 0, 1, 1, 0, 0, 1});
            e.setVertexBuffers(32, 0, 2).drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            // Flipped: clip-space top lands in the texture's first rows.
            assertThat(f.resources.texel(1, 2, 1)).isEqualTo(0xff0000ff);
            assertThat(f.resources.texel(1, 2, SIZE - 2)).isZero();
        }
    }

    @Test
    void constantsReachTheShaderAsRawVec4Slots() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, CONST_FS, SIZE / 2f);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(0f, 0f, 0f, 0f));
            int half = Float.floatToRawIntBits(0.5f);
            int zero = 0;
            e.setConstantBuffer(FS, 0, half, zero, zero, half, half, zero, zero, half)
                .setVertexBuffers(32, 0, 2).drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 8, 8)).isEqualTo(0xff0000ff);
        }
    }

    @Test
    void indexedInstancedDrawsUseBaseVertexAndInstanceDivisors() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f)
                .createVertexElements(31, List.of(new VertexElement(0, 0, 0, RGBA32F),
                    new VertexElement(0, 1, 1, RGBA32F)))
                .bindObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 31);
            // Two unused vertices, then a left-half triangle; index bias 2 skips the unused ones.
            f.resources.buffer(2, 5 * 16);
            f.resources.upload(2, new float[] {9, 9, 0, 1, 9, 9, 0, 1, -1, -1, 0, 1, 0, -1, 0, 1, -1, 3, 0, 1});
            f.resources.buffer(3, 2 * 16);
            f.resources.upload(3, new float[] {1, 0, 0, 1, 0, 0, 1, 1});
            f.resources.buffer(4, 8);
            f.resources.uploadShorts(4, (short) 0, (short) 1, (short) 2, (short) 0);
            e.setVertexBuffers(16, 0, 2, 16, 0, 3)
                .setIndexBuffer(4, 2, 0)
                // start instance 1: the per-instance colour is the second entry (blue).
                .drawVbo(0, 3, TRIANGLES, true, 1, 2, 1, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 2, 8)).isEqualTo(0xffff0000);
            assertThat(f.resources.texel(1, 13, 8)).isZero();
        }
    }

    @Test
    void aSampledTextureIsReadThroughItsViewAndSampler() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, TEX_FS, SIZE / 2f);
            f.resources.texture2d(5, RGBA8, 4, 4);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(0f, 0f, 0f, 0f));
            // Fill the texture red through a surface, then sample it with a swizzle (r,g,b,a) = (b,g,r,1).
            e.createSurface(11, new SurfaceState(5, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 11)
                .clear(4, RawColor.ofFloats(1f, 0f, 0f, 0f), 1.0, 0)
                .setFramebufferState(0, 10)
                .createSamplerView(40, new SamplerViewState(5, RGBA8, 2, 0, 0, 2 | 1 << 3 | 0 << 6 | 5 << 9))
                .setSamplerViews(FS, 0, 40)
                .createSamplerState(41, SamplerState.unpack(2 | 2 << 3 | 2 << 6 | 2 << 11, 0f, 0f, 0f,
                    new RawColor(0, 0, 0, 0)))
                .bindSamplerStates(FS, 0, 41)
                .setVertexBuffers(32, 0, 2).drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            assertThat(f.resources.texel(1, 8, 8)).isEqualTo(0xffff0000);
        }
    }

    @Test
    void streamOutputCapturesTheVertexShaderOutputs() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f);
            var so = new StreamOutputInfo(4, 0, 0, 0,
                List.of(new org.jvirgl.wire.state.StreamOutput(1, 0, 4, 0, 0, 0)));
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, new float[] {
                0, 0, 0, 1, 1, 2, 3, 4,
                0, 0, 0, 1, 5, 6, 7, 8,
                0, 0, 0, 1, 9, 10, 11, 12,
            });
            f.resources.buffer(6, 3 * 16);
            e.createShader(22, VS, PASS_VS, 100, so)
                .bindShader(22, VS)
                .createStreamoutTarget(50, 6, 0, 48)
                .setStreamoutTargets(0, 50)
                .setVertexBuffers(32, 0, 2).drawVbo(0, 3, POINTS, false, 1, 0, 0, false, 0, 0, -1, 0)
                .setStreamoutTargets(0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            int[] words = f.resources.bufferInts(6, 12);
            float[] captured = new float[12];
            for (int i = 0; i < 12; i++) {
                captured[i] = Float.intBitsToFloat(words[i]);
            }
            assertThat(captured).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        }
    }

    @Test
    void anIndirectDrawReadsItsArgumentsFromABuffer() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(1f, 1f, 1f, 1f));
            f.resources.buffer(7, 16);
            f.resources.upload(7, 3, 1, 0, 0); // count, instances, first, base instance
            e.setVertexBuffers(32, 0, 2)
                .drawVbo(0, 0, TRIANGLES, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 7, 0, 16, 1, 0, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 8, 8)).isEqualTo(0xffffffff);
        }
    }

    @Test
    void drawsAlternatingBetweenVertexElementsObjectsEachReadTheirOwnLayout() {
        try (ExecutorFixture f = fixture()) {
            // Per vertex: position, green, red. Elements 30 read green (offset 16), 32 read red (32).
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f)
                .createVertexElements(32, List.of(new VertexElement(0, 0, 0, RGBA32F),
                    new VertexElement(32, 0, 0, RGBA32F)));
            f.resources.buffer(2, 3 * 48);
            f.resources.upload(2, new float[] {
                -1, -1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1,
                3, -1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1,
                -1, 3, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1,
            });
            e.setVertexBuffers(48, 0, 2).drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            assertThat(f.run(e).ok()).isTrue();
            assertThat(f.resources.texel(1, 8, 8)).isEqualTo(0xff00ff00);

            for (int round = 0; round < 2; round++) {
                var red = new CommandEncoder().bindObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 32)
                    .setVertexBuffers(48, 0, 2).drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
                assertThat(f.run(red).ok()).isTrue();
                assertThat(f.resources.texel(1, 8, 8)).as("round %d, elements 32", round).isEqualTo(0xff0000ff);

                var green = new CommandEncoder().bindObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 30)
                    .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
                assertThat(f.run(green).ok()).isTrue();
                assertThat(f.resources.texel(1, 8, 8)).as("round %d, elements 30", round).isEqualTo(0xff00ff00);
            }
            assertThat(f.log).isEmpty();
        }
    }

    @Test
    void vertexElementsDestroyedWhileBoundStayInEffect() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(0f, 0f, 1f, 1f));
            e.setVertexBuffers(32, 0, 2).drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0)
                .clear(4, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
                .destroyObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 30)
                .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 8, 8)).isEqualTo(0xffff0000);
        }
    }

    private static String solidFs(String rgba) {
        return """
            FRAG
            DCL OUT[0], COLOR
            IMM[0] FLT32 {%s}
              0: MOV OUT[0], IMM[0]
              1: END
            """.formatted(rgba);
    }

    @Test
    void alternatingProgramsStayCorrectWhenKeyRelevantStateChangesBetweenThem() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f)
                .createShader(23, FS, solidFs("1.0, 0.0, 0.0, 0.5"), 100, StreamOutputInfo.NONE)
                .createShader(24, FS, solidFs("0.0, 1.0, 0.0, 1.0"), 100, StreamOutputInfo.NONE);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(0f, 0f, 0f, 0f));
            e.setVertexBuffers(32, 0, 2);
            assertThat(f.run(e).ok()).isTrue();
            for (int round = 0; round < 2; round++) {
                assertThat(f.run(new CommandEncoder().bindShader(23, FS)
                    .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0)).ok()).isTrue();
                assertThat(f.resources.texel(1, 8, 8) & 0xffffff).as("round %d: red", round).isEqualTo(0x0000ff);
                assertThat(f.run(new CommandEncoder().bindShader(24, FS)
                    .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0)).ok()).isTrue();
                assertThat(f.resources.texel(1, 8, 8)).as("round %d: green", round).isEqualTo(0xff00ff00);
            }
            // Alpha test GREATER 0.6 lives in the fragment shader's key: the half-transparent red
            // program selected before must not be reused.
            var off = new org.jvirgl.wire.state.StencilState(false, 0, 0, 0, 0, 0, 0);
            var alphaTest = new org.jvirgl.wire.state.DepthStencilAlphaState(false, false, 0, true, 4, 0.6f, off, off);
            assertThat(f.run(new CommandEncoder().createDepthStencilAlpha(60, alphaTest)
                .bindObject(org.jvirgl.wire.VirglObjectType.DSA, 60)
                .bindShader(23, FS)
                .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0)).ok()).isTrue();
            assertThat(f.resources.texel(1, 8, 8)).as("red fails the alpha test").isEqualTo(0xff00ff00);
            assertThat(f.log).isEmpty();
        }
    }

    @Test
    void aNewAlphaReferenceReachesAProgramThatAlreadyDrewWithAnother() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, solidFs("1.0, 0.0, 0.0, 0.5"), SIZE / 2f);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(0f, 0f, 0f, 0f));
            var off = new org.jvirgl.wire.state.StencilState(false, 0, 0, 0, 0, 0, 0);
            // Same function (GREATER), so the same program: only the reference uniform differs.
            e.createDepthStencilAlpha(60, new org.jvirgl.wire.state.DepthStencilAlphaState(false, false, 0, true, 4,
                    0.6f, off, off))
                .createDepthStencilAlpha(61, new org.jvirgl.wire.state.DepthStencilAlphaState(false, false, 0, true, 4,
                    0.4f, off, off))
                .setVertexBuffers(32, 0, 2)
                .bindObject(org.jvirgl.wire.VirglObjectType.DSA, 60)
                .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            assertThat(f.run(e).ok()).isTrue();
            assertThat(f.resources.texel(1, 8, 8)).as("0.5 > 0.6 fails").isZero();
            assertThat(f.run(new CommandEncoder().bindObject(org.jvirgl.wire.VirglObjectType.DSA, 61)
                .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0)).ok()).isTrue();
            assertThat(f.resources.texel(1, 8, 8) & 0xffffff).as("0.5 > 0.4 passes").isEqualTo(0x0000ff);
            assertThat(f.log).isEmpty();
        }
    }

    @Test
    void aNewClipPlaneReachesAProgramThatAlreadyDrewWithAnother() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOR_FS, SIZE / 2f);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, fullScreen(0f, 1f, 0f, 1f));
            var clipPlane0 = new org.jvirgl.wire.state.RasterizerState(org.jvirgl.wire.state.RasterizerState.DEPTH_CLIP,
                1f, 0, 0, 0, 1, 1f, 0f, 0f, 0f);
            // Keep x >= 0 (right half), then x <= 0 (left half); the window is SIZE wide.
            e.createRasterizer(50, clipPlane0)
                .bindObject(org.jvirgl.wire.VirglObjectType.RASTERIZER, 50)
                .setVertexBuffers(32, 0, 2)
                .setClipState(withPlane0(1f, 0f, 0f, 0f))
                .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            assertThat(f.run(e).ok()).isTrue();
            assertThat(f.resources.texel(1, 12, 8)).as("right half drawn").isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(1, 3, 8)).as("left half clipped").isZero();
            assertThat(f.run(new CommandEncoder()
                .clear(4, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
                .setClipState(withPlane0(-1f, 0f, 0f, 0f))
                .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0)).ok()).isTrue();
            assertThat(f.resources.texel(1, 3, 8)).as("left half drawn").isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(1, 12, 8)).as("right half clipped").isZero();
            assertThat(f.log).isEmpty();
        }
    }

    private static float[] withPlane0(float a, float b, float c, float d) {
        float[] planes = new float[32];
        planes[0] = a;
        planes[1] = b;
        planes[2] = c;
        planes[3] = d;
        return planes;
    }

    @Test
    void aDrawWithoutShadersIsSkippedNotRefused() {
        try (ExecutorFixture f = fixture()) {
            f.resources.texture2d(1, RGBA8, SIZE, SIZE);
            f.resources.buffer(2, 64);
            DecodeResult r = f.run(new CommandEncoder()
                .createVertexElements(30, List.of(new VertexElement(0, 0, 0, RGBA32F)))
                .bindObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 30)
                .setVertexBuffers(16, 0, 2)
                .drawVbo(0, 3, POINTS, false, 1, 0, 0, false, 0, 0, -1, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
        }
    }
}

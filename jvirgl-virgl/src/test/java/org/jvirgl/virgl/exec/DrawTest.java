package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.COLOR_FS;
import static org.jvirgl.virgl.exec.DrawScene.FS;
import static org.jvirgl.virgl.exec.DrawScene.PASS_VS;
import static org.jvirgl.virgl.exec.DrawScene.POINTS;
import static org.jvirgl.virgl.exec.DrawScene.RGBA8;
import static org.jvirgl.virgl.exec.DrawScene.TEX_FS;
import static org.jvirgl.virgl.exec.DrawScene.TRIANGLES;
import static org.jvirgl.virgl.exec.DrawScene.VS;
import static org.jvirgl.virgl.exec.DrawScene.draw;
import static org.jvirgl.virgl.exec.DrawScene.fullScreen;
import static org.jvirgl.virgl.exec.DrawScene.runAndRead;
import static org.jvirgl.virgl.exec.DrawScene.runClean;
import static org.jvirgl.virgl.exec.DrawScene.vertices;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.StencilState;
import org.jvirgl.wire.state.StreamOutput;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/** Draws through the whole executor: TGSI shaders, vertex input, constants, textures, Y-flip. */
class DrawTest extends SharedHostTest {
    private static final int RGBA32F = TestResources.R32G32B32A32_FLOAT;
    private static final int SIZE = 16;

    static final String CONST_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL CONST[0..1]
          0: ADD OUT[0], CONST[0], CONST[1]
          1: END
        """;

    /** The shared scene on a SIZE² target, upright. */
    private static CommandEncoder setup(ExecutorFixture f, String fs) {
        return DrawScene.setup(f, SIZE, fs);
    }

    @Test
    void aTriangleIsRasterizedWithInterpolatedVaryings() {
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = vertices(f, setup(f, COLOR_FS), 2, fullScreen(0f, 1f, 0f, 1f));
            assertThat(runAndRead(f, draw(e), 3, 3)).isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(1, 15, 15)).isEqualTo(0xff00ff00);
        }
    }

    @Test
    void aNegativeViewportScaleFlipsTheRenderingVertically() {
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = DrawScene.setup(f, new CommandEncoder(), SIZE, COLOR_FS, -SIZE / 2f);
            // A triangle covering only the upper half of clip space (y > 0).
            vertices(f, e, 2, new float[] {-1, 0, 0, 1, 1, 0, 0, 1, 3, 0, 0, 1, 1, 0, 0, 1, -1, 2, 0, 1, 1, 0, 0, 1});
            // Flipped: clip-space top lands in the texture's first rows.
            assertThat(runAndRead(f, draw(e), 2, 1)).isEqualTo(0xff0000ff);
            assertThat(f.resources.texel(1, 2, SIZE - 2)).isZero();
        }
    }

    @Test
    void constantsReachTheShaderAsRawVec4Slots() {
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = vertices(f, setup(f, CONST_FS), 2, fullScreen(0f, 0f, 0f, 0f));
            int half = Float.floatToRawIntBits(0.5f);
            int zero = 0;
            e.setConstantBuffer(FS, 0, half, zero, zero, half, half, zero, zero, half);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xff0000ff);
        }
    }

    @Test
    void aConstantBufferResentWithOneSlotChangedDrawsWithEveryCurrentValue() {
        String fs = """
            FRAG
            DCL OUT[0], COLOR
            DCL CONST[0..3]
              0: ADD OUT[0], CONST[0], CONST[3]
              1: END
            """;
        int h = Float.floatToRawIntBits(0.5f);
        int j = Float.floatToRawIntBits(7f);
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = vertices(f, setup(f, fs), 2, fullScreen(0f, 0f, 0f, 0f))
                .setConstantBuffer(FS, 0, h, 0, 0, h, j, j, j, j, j, j, j, j, h, 0, 0, h);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xff0000ff);
            // Only the last slot changes, then only the first, then only one neither reads: the
            // program holds the values of every slot not sent again.
            e = new CommandEncoder().setConstantBuffer(FS, 0, h, 0, 0, h, j, j, j, j, j, j, j, j, 0, h, 0, h);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xff008080);
            e = new CommandEncoder().setConstantBuffer(FS, 0, 0, 0, h, h, j, j, j, j, j, j, j, j, 0, h, 0, h);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xff808000);
            e = new CommandEncoder().setConstantBuffer(FS, 0, 0, 0, h, h, j, 0, j, j, j, j, j, j, 0, h, 0, h);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xff808000);
        }
    }

    @Test
    void indexedInstancedDrawsUseBaseVertexAndInstanceDivisors() {
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = setup(f, COLOR_FS)
                .createVertexElements(31, List.of(new VertexElement(0, 0, 0, RGBA32F),
                    new VertexElement(0, 1, 1, RGBA32F)))
                .bindObject(VirglObjectType.VERTEX_ELEMENTS, 31);
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
            assertThat(runAndRead(f, e, 2, 8)).isEqualTo(0xffff0000);
            assertThat(f.resources.texel(1, 13, 8)).isZero();
        }
    }

    @Test
    void aSampledTextureIsReadThroughItsViewAndSampler() {
        try (ExecutorFixture f = drawingFixture()) {
            f.resources.texture2d(5, RGBA8, 4, 4);
            // Fill the texture red through a surface, then sample it with a swizzle (r,g,b,a) = (b,g,r,1).
            CommandEncoder e = vertices(f, setup(f, TEX_FS), 2, fullScreen(0f, 0f, 0f, 0f))
                .createSurface(11, new SurfaceState(5, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 11)
                .clear(DrawScene.PIPE_CLEAR_COLOR0, RawColor.ofFloats(1f, 0f, 0f, 0f), 1.0, 0)
                .setFramebufferState(0, 10)
                .createSamplerView(40, new SamplerViewState(5, RGBA8, 2, 0, 0, 2 | 1 << 3 | 0 << 6 | 5 << 9))
                .setSamplerViews(FS, 0, 40)
                .createSamplerState(41, SamplerState.unpack(2 | 2 << 3 | 2 << 6 | 2 << 11, 0f, 0f, 0f,
                    new RawColor(0, 0, 0, 0)))
                .bindSamplerStates(FS, 0, 41);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xffff0000);
        }
    }

    @Test
    void streamOutputCapturesTheVertexShaderOutputs() {
        try (ExecutorFixture f = drawingFixture()) {
            var so = new StreamOutputInfo(4, 0, 0, 0, List.of(new StreamOutput(1, 0, 4, 0, 0, 0)));
            CommandEncoder e = vertices(f, setup(f, COLOR_FS), 2, new float[] {
                0, 0, 0, 1, 1, 2, 3, 4,
                0, 0, 0, 1, 5, 6, 7, 8,
                0, 0, 0, 1, 9, 10, 11, 12,
            });
            f.resources.buffer(6, 3 * 16);
            e.createShader(22, VS, PASS_VS, 100, so)
                .bindShader(22, VS)
                .createStreamoutTarget(50, 6, 0, 48)
                .setStreamoutTargets(0, 50)
                .drawVbo(0, 3, POINTS, false, 1, 0, 0, false, 0, 0, -1, 0)
                .setStreamoutTargets(0);
            runClean(f, e);
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
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = vertices(f, setup(f, COLOR_FS), 2, fullScreen(1f, 1f, 1f, 1f));
            f.resources.buffer(7, 16);
            f.resources.upload(7, 3, 1, 0, 0); // count, instances, first, base instance
            e.drawVbo(0, 0, TRIANGLES, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 7, 0, 16, 1, 0, 0);
            assertThat(runAndRead(f, e, 8, 8)).isEqualTo(0xffffffff);
        }
    }

    @Test
    void drawsAlternatingBetweenVertexElementsObjectsEachReadTheirOwnLayout() {
        try (ExecutorFixture f = drawingFixture()) {
            // Per vertex: position, green, red. Elements 30 read green (offset 16), 32 read red (32).
            CommandEncoder e = setup(f, COLOR_FS)
                .createVertexElements(32, List.of(new VertexElement(0, 0, 0, RGBA32F),
                    new VertexElement(32, 0, 0, RGBA32F)));
            f.resources.buffer(2, 3 * 48);
            f.resources.upload(2, new float[] {
                -1, -1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1,
                3, -1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1,
                -1, 3, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1,
            });
            e.setVertexBuffers(48, 0, 2);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xff00ff00);

            for (int round = 0; round < 2; round++) {
                var red = new CommandEncoder().bindObject(VirglObjectType.VERTEX_ELEMENTS, 32).setVertexBuffers(48, 0, 2);
                assertThat(runAndRead(f, draw(red), 8, 8)).as("round %d, elements 32", round).isEqualTo(0xff0000ff);

                var green = new CommandEncoder().bindObject(VirglObjectType.VERTEX_ELEMENTS, 30);
                assertThat(runAndRead(f, draw(green), 8, 8)).as("round %d, elements 30", round).isEqualTo(0xff00ff00);
            }
        }
    }

    @Test
    void doublePrecisionAttributesReachFloatInputsConverted() {
        try (ExecutorFixture f = drawingFixture()) {
            // Gallium's R64 formats convert on fetch, as Mesa sends them for glVertexPointer(GL_DOUBLE).
            int rgba64f = 27;
            CommandEncoder e = setup(f, COLOR_FS)
                .createVertexElements(32, List.of(new VertexElement(0, 0, 0, rgba64f),
                    new VertexElement(32, 0, 0, rgba64f)))
                .bindObject(VirglObjectType.VERTEX_ELEMENTS, 32);
            double[] vertices = {
                -1, -1, 0, 1, 0, 0, 1, 1,
                3, -1, 0, 1, 0, 0, 1, 1,
                -1, 3, 0, 1, 0, 0, 1, 1,
            };
            f.resources.buffer(2, vertices.length * Double.BYTES);
            f.resources.upload(2, vertices);
            e.setVertexBuffers(64, 0, 2);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xffff0000);
        }
    }

    @Test
    void vertexElementsDestroyedWhileBoundStayInEffect() {
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = draw(vertices(f, setup(f, COLOR_FS), 2, fullScreen(0f, 0f, 1f, 1f)))
                .clear(DrawScene.PIPE_CLEAR_COLOR0, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
                .destroyObject(VirglObjectType.VERTEX_ELEMENTS, 30);
            assertThat(runAndRead(f, draw(e), 8, 8)).isEqualTo(0xffff0000);
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
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = setup(f, COLOR_FS)
                .createShader(23, FS, solidFs("1.0, 0.0, 0.0, 0.5"), 100, StreamOutputInfo.NONE)
                .createShader(24, FS, solidFs("0.0, 1.0, 0.0, 1.0"), 100, StreamOutputInfo.NONE);
            assertThat(f.run(vertices(f, e, 2, fullScreen(0f, 0f, 0f, 0f))).ok()).isTrue();
            for (int round = 0; round < 2; round++) {
                int red = runAndRead(f, draw(new CommandEncoder().bindShader(23, FS)), 8, 8);
                assertThat(red & 0xffffff).as("round %d: red", round).isEqualTo(0x0000ff);
                int green = runAndRead(f, draw(new CommandEncoder().bindShader(24, FS)), 8, 8);
                assertThat(green).as("round %d: green", round).isEqualTo(0xff00ff00);
            }
            // Alpha test GREATER 0.6 lives in the fragment shader's key: the half-transparent red
            // program selected before must not be reused.
            var off = new StencilState(false, 0, 0, 0, 0, 0, 0);
            var alphaTest = new DepthStencilAlphaState(false, false, 0, true, 4, 0.6f, off, off);
            CommandEncoder alphaTested = new CommandEncoder().createDepthStencilAlpha(60, alphaTest)
                .bindObject(VirglObjectType.DSA, 60)
                .bindShader(23, FS);
            assertThat(runAndRead(f, draw(alphaTested), 8, 8)).as("red fails the alpha test").isEqualTo(0xff00ff00);
        }
    }

    @Test
    void aNewAlphaReferenceReachesAProgramThatAlreadyDrewWithAnother() {
        try (ExecutorFixture f = drawingFixture()) {
            var off = new StencilState(false, 0, 0, 0, 0, 0, 0);
            // Same function (GREATER), so the same program: only the reference uniform differs.
            CommandEncoder e = vertices(f, setup(f, solidFs("1.0, 0.0, 0.0, 0.5")), 2, fullScreen(0f, 0f, 0f, 0f))
                .createDepthStencilAlpha(60, new DepthStencilAlphaState(false, false, 0, true, 4, 0.6f, off, off))
                .createDepthStencilAlpha(61, new DepthStencilAlphaState(false, false, 0, true, 4, 0.4f, off, off))
                .bindObject(VirglObjectType.DSA, 60);
            assertThat(runAndRead(f, draw(e), 8, 8)).as("0.5 > 0.6 fails").isZero();
            int passed = runAndRead(f, draw(new CommandEncoder().bindObject(VirglObjectType.DSA, 61)), 8, 8);
            assertThat(passed & 0xffffff).as("0.5 > 0.4 passes").isEqualTo(0x0000ff);
        }
    }

    @Test
    void aNewClipPlaneReachesAProgramThatAlreadyDrewWithAnother() {
        try (ExecutorFixture f = drawingFixture()) {
            var clipPlane0 = new RasterizerState(RasterizerState.DEPTH_CLIP, 1f, 0, 0, 0, 1, 1f, 0f, 0f, 0f);
            // Keep x >= 0 (right half), then x <= 0 (left half); the window is SIZE wide.
            CommandEncoder e = vertices(f, setup(f, COLOR_FS), 2, fullScreen(0f, 1f, 0f, 1f))
                .createRasterizer(50, clipPlane0)
                .bindObject(VirglObjectType.RASTERIZER, 50)
                .setClipState(withPlane0(1f, 0f, 0f, 0f));
            assertThat(runAndRead(f, draw(e), 12, 8)).as("right half drawn").isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(1, 3, 8)).as("left half clipped").isZero();
            CommandEncoder left = new CommandEncoder()
                .clear(DrawScene.PIPE_CLEAR_COLOR0, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
                .setClipState(withPlane0(-1f, 0f, 0f, 0f));
            assertThat(runAndRead(f, draw(left), 3, 8)).as("left half drawn").isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(1, 12, 8)).as("right half clipped").isZero();
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
        try (ExecutorFixture f = drawingFixture()) {
            f.resources.texture2d(1, RGBA8, SIZE, SIZE);
            f.resources.buffer(2, 64);
            DecodeResult r = f.run(new CommandEncoder()
                .createVertexElements(30, List.of(new VertexElement(0, 0, 0, RGBA32F)))
                .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
                .setVertexBuffers(16, 0, 2)
                .drawVbo(0, 3, POINTS, false, 1, 0, 0, false, 0, 0, -1, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
        }
    }
}

package org.jvirgl.virgl.blit;

import static org.jvirgl.virgl.gl.TextureCalls.glCreateSamplers;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureParameteri;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureParameteriv;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glCreateVertexArrays;
import static org.lwjgl.opengl.GL45C.*;

import java.util.HashMap;
import java.util.Map;
import org.jvirgl.virgl.exec.ExecFormat;
import org.jvirgl.virgl.exec.ExecResource;
import org.jvirgl.virgl.exec.TextureViews;
import org.jvirgl.virgl.gl.HostGl;
import org.jvirgl.virgl.state.FormatTraits;
import org.jvirgl.virgl.state.GalliumGl;
import org.jvirgl.virgl.state.GlCap;
import org.jvirgl.virgl.state.GlStateCache;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.state.PipeBox;

/**
 * Blits that sample the source in a shader and draw into the destination: colour from sources GL
 * cannot attach to a framebuffer (block-compressed formats, other non-renderable formats), which
 * is how Mesa decompresses a texture for glGetTexImage and software mipmap generation, so the path
 * must convert exactly as sampling does; and depth or stencil between differing depth-stencil
 * formats, which glBlitFramebuffer refuses. One layer per call; the caller has attached the
 * destination layer to {@code drawFbo} and restores the context's GL state afterwards.
 */
final class ShaderBlitter {
    /** The sampled data type of the source or the written type of the destination. */
    private enum Kind { FLOAT, SINT, UINT }

    /** What the fragment shader writes: a colour, the depth, or (by stencil export) the stencil value. */
    enum Output { COLOUR, DEPTH, STENCIL }

    /** @param store the output's components, e.g. {@code "t.w, 0, 0, 0"} for a target stored in red */
    private record ProgramKey(boolean volume, Kind source, Kind dest, String store, Output output) {
    }

    private record BlitProgram(int name, int dstRect, int srcRect, int layer) {
    }

    private final Map<ProgramKey, BlitProgram> programs = new HashMap<>();
    private int vao;
    private int sampler;

    /** Whether this path can read {@code src} (single-sampled, viewable as 2D images or 3D). */
    static boolean canSample(ExecResource src) {
        if (src.samples() > 1 || !src.immutable()) {
            return false;
        }
        int target = src.glTarget();
        return target == GL_TEXTURE_2D || target == GL_TEXTURE_2D_ARRAY || target == GL_TEXTURE_CUBE_MAP
            || target == GL_TEXTURE_CUBE_MAP_ARRAY || target == GL_TEXTURE_3D;
    }

    /**
     * Draws source layer {@code srcLayer} of {@code srcBox} into {@code dstBox} of the framebuffer
     * bound as {@code drawFbo} (the destination level is {@code dstWidth}×{@code dstHeight}).
     *
     * @return false when GL refused the source view (nothing was drawn)
     */
    boolean copyLayer(GlStateCache gl, ExecResource src, ExecFormat srcFormat, int srcFormatValue, int srcLevel,
                      int srcLayer, PipeBox srcBox, int drawFbo, int dstWidth, int dstHeight, PipeBox dstBox,
                      int dstFormatValue, int[] dstStorage, boolean linear) {
        ProgramKey key = new ProgramKey(src.glTarget() == GL_TEXTURE_3D, kind(FormatTraits.of(srcFormatValue)),
            kind(FormatTraits.of(dstFormatValue)), store(dstStorage), Output.COLOUR);
        return draw(gl, key, src, srcFormat, srcLevel, srcLayer, srcBox, drawFbo, dstWidth, dstHeight, dstBox, linear);
    }

    /**
     * Writes the depth (or, with {@code Output.STENCIL}, the stencil) of source layer {@code srcLayer}
     * into the depth-stencil attachment of {@code drawFbo}: GL's framebuffer blit refuses differing
     * depth-stencil formats (Z32F to Z24S8, Z16 to Z32F), so the values go through a shader, as vrend's
     * GL blitter does for depth. Stencil needs GL_ARB_shader_stencil_export (the caller checks).
     */
    boolean copyDepthStencilLayer(GlStateCache gl, Output output, ExecResource src, ExecFormat srcFormat,
                                  int srcLevel, int srcLayer, PipeBox srcBox, int drawFbo, int dstWidth,
                                  int dstHeight, PipeBox dstBox) {
        Kind source = output == Output.STENCIL ? Kind.UINT : Kind.FLOAT;
        ProgramKey key = new ProgramKey(src.glTarget() == GL_TEXTURE_3D, source, source, "", output);
        return draw(gl, key, src, srcFormat, srcLevel, srcLayer, srcBox, drawFbo, dstWidth, dstHeight, dstBox, false);
    }

    private boolean draw(GlStateCache gl, ProgramKey key, ExecResource src, ExecFormat srcFormat, int srcLevel,
                         int srcLayer, PipeBox srcBox, int drawFbo, int dstWidth, int dstHeight, PipeBox dstBox,
                         boolean linear) {
        boolean volume = key.volume();
        int view = volume
            ? TextureViews.levelOf(src, srcFormat, srcLevel)
            : TextureViews.imageOf(src, srcFormat, srcLevel, srcLayer);
        if (view == 0) {
            return false;
        }
        try {
            if (key.output() == Output.COLOUR) {
                glTextureParameteriv(view, GL_TEXTURE_SWIZZLE_RGBA, glSwizzle(srcFormat.swizzle()));
            } else {
                // Sample the raw values: no comparison, and the stencil of a packed format when asked.
                glTextureParameteri(view, GL_TEXTURE_COMPARE_MODE, GL_NONE);
                if (FormatTraits.of(src.format()).depth() && FormatTraits.of(src.format()).stencil()) {
                    glTextureParameteri(view, GL_DEPTH_STENCIL_TEXTURE_MODE,
                        key.output() == Output.STENCIL ? GL_STENCIL_INDEX : GL_DEPTH_COMPONENT);
                }
            }
            BlitProgram p = program(key);
            if (p == null) {
                return false;
            }
            prepareFixedFunction(gl);
            prepareDepthStencilWrite(gl, key.output());
            gl.bindDrawFramebuffer(drawFbo);
            glViewport(0, 0, dstWidth, dstHeight);
            gl.useProgram(p.name());
            glProgramUniform4f(p.name(), p.dstRect(),
                ndc(dstBox.x(), dstWidth), ndc(dstBox.y(), dstHeight),
                ndc(dstBox.x() + dstBox.width(), dstWidth), ndc(dstBox.y() + dstBox.height(), dstHeight));
            float sw = src.width(srcLevel);
            float sh = src.height(srcLevel);
            glProgramUniform4f(p.name(), p.srcRect(), srcBox.x() / sw, srcBox.y() / sh,
                (srcBox.x() + srcBox.width()) / sw, (srcBox.y() + srcBox.height()) / sh);
            if (volume) {
                glProgramUniform1f(p.name(), p.layer(), (srcLayer + 0.5f) / src.depth(srcLevel));
            }
            if (sampler == 0) {
                sampler = glCreateSamplers();
                glSamplerParameteri(sampler, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
                glSamplerParameteri(sampler, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
                glSamplerParameteri(sampler, GL_TEXTURE_WRAP_R, GL_CLAMP_TO_EDGE);
            }
            int filter = linear ? GL_LINEAR : GL_NEAREST;
            glSamplerParameteri(sampler, GL_TEXTURE_MIN_FILTER, filter);
            glSamplerParameteri(sampler, GL_TEXTURE_MAG_FILTER, filter);
            gl.bindTexture(0, volume ? GL_TEXTURE_3D : GL_TEXTURE_2D, view);
            gl.bindSampler(0, sampler);
            if (vao == 0) {
                vao = glCreateVertexArrays();
            }
            gl.bindVertexArray(vao);
            glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
            gl.bindTexture(0, volume ? GL_TEXTURE_3D : GL_TEXTURE_2D, 0);
            return true;
        } finally {
            gl.names().deleteTexture(view);
        }
    }

    /** Fixed-function state a plain copy must not be affected by (the scissor is the caller's). */
    private static void prepareFixedFunction(GlStateCache gl) {
        for (GlCap cap : new GlCap[] {GlCap.BLEND, GlCap.COLOR_LOGIC_OP, GlCap.SAMPLE_ALPHA_TO_COVERAGE,
            GlCap.SAMPLE_ALPHA_TO_ONE, GlCap.DEPTH_TEST, GlCap.STENCIL_TEST, GlCap.CULL_FACE,
            GlCap.POLYGON_OFFSET_FILL, GlCap.SAMPLE_MASK, GlCap.SAMPLE_SHADING, GlCap.PRIMITIVE_RESTART}) {
            gl.set(cap, false);
        }
        for (int i = 0; i < 8; i++) {
            gl.set(GlCap.clipDistance(i), false);
        }
        gl.polygonMode(GL_FILL);
        glColorMaski(0, true, true, true, true);
    }

    /** Depth: always pass and write (stencil kept). Stencil: always pass and replace with the exported value. */
    private static void prepareDepthStencilWrite(GlStateCache gl, Output output) {
        if (output == Output.DEPTH) {
            gl.set(GlCap.DEPTH_TEST, true);
            glDepthFunc(GL_ALWAYS);
            glDepthMask(true);
            // The fragment's depth is clamped to the depth range: keep all of [0, 1].
            glDepthRangef(0f, 1f);
        } else if (output == Output.STENCIL) {
            gl.set(GlCap.STENCIL_TEST, true);
            glStencilFunc(GL_ALWAYS, 0, 0xff);
            glStencilOp(GL_REPLACE, GL_REPLACE, GL_REPLACE);
            glStencilMask(0xff);
            glDepthMask(false);
        }
    }

    private static float ndc(int pixel, int size) {
        return 2f * pixel / size - 1f;
    }

    /**
     * The output components that put each guest channel where the host stores it: host channel h
     * receives the first guest channel the storage swizzle reads from h (A8 kept as R8 stores
     * alpha in red); host channels no guest channel reads get zero.
     */
    static String store(int[] storage) {
        int[] s = storage != null ? storage : ExecFormat.IDENTITY;
        StringBuilder out = new StringBuilder();
        for (int host = 0; host < 4; host++) {
            String component = "0";
            for (int guest = 0; guest < 4; guest++) {
                if (s[guest] == host) {
                    component = "t." + "xyzw".charAt(guest);
                    break;
                }
            }
            out.append(host == 0 ? "" : ", ").append(component);
        }
        return out.toString();
    }

    private static Kind kind(FormatTraits t) {
        return t.pureUint() ? Kind.UINT : t.pureSint() ? Kind.SINT : Kind.FLOAT;
    }

    private static int[] glSwizzle(int[] pipe) {
        int[] s = pipe != null ? pipe : ExecFormat.IDENTITY;
        return new int[] {GalliumGl.swizzle(s[0]), GalliumGl.swizzle(s[1]), GalliumGl.swizzle(s[2]),
            GalliumGl.swizzle(s[3])};
    }

    private BlitProgram program(ProgramKey key) {
        BlitProgram p = programs.get(key);
        if (p == null) {
            p = link(key);
            if (p != null) {
                programs.put(key, p);
            }
        }
        return p;
    }

    /**
     * The GLSL dialect of the host: GLSL ES 3.10 needs precision for floats, ints and every
     * non-float sampler type.
     */
    private static final String HEADER = HostGl.ES
        ? "#version 310 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler3D;\n"
            + "precision highp isampler2D;\nprecision highp usampler2D;\nprecision highp isampler3D;\n"
            + "precision highp usampler3D;\n"
        : "#version 450 core\n";

    private static final String VERTEX = HEADER + """
        uniform vec4 dstRect;
        uniform vec4 srcRect;
        out vec2 texCoord;
        void main() {
            vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
            gl_Position = vec4(mix(dstRect.xy, dstRect.zw, corner), 0.0, 1.0);
            texCoord = mix(srcRect.xy, srcRect.zw, corner);
        }
        """;

    private static BlitProgram link(ProgramKey key) {
        String prefix = switch (key.source()) {
            case FLOAT -> "";
            case SINT -> "i";
            case UINT -> "u";
        };
        String outType = switch (key.dest()) {
            case FLOAT -> "vec4";
            case SINT -> "ivec4";
            case UINT -> "uvec4";
        };
        String lookup = "textureLod(source, " + (key.volume() ? "vec3(texCoord, layer)" : "texCoord") + ", 0.0)";
        String body = switch (key.output()) {
            case COLOUR -> "layout(location = 0) out " + outType + " colour;\n"
                + "void main() {\n"
                + "    " + outType + " t = " + outType + "(" + lookup + ");\n"
                + "    colour = " + outType + "(" + key.store() + ");\n"
                + "}\n";
            case DEPTH -> "void main() {\n"
                + "    gl_FragDepth = " + lookup + ".r;\n"
                + "}\n";
            case STENCIL -> "void main() {\n"
                + "    gl_FragStencilRefARB = int(" + lookup + ".r);\n"
                + "}\n";
        };
        String fragment = HEADER
            + (key.output() == Output.STENCIL ? "#extension GL_ARB_shader_stencil_export : require\n" : "")
            + "uniform " + prefix + (key.volume() ? "sampler3D" : "sampler2D") + " source;\n"
            + "uniform float layer;\n"
            + "in vec2 texCoord;\n"
            + body;
        int vs = compile(GL_VERTEX_SHADER, VERTEX);
        int fs = compile(GL_FRAGMENT_SHADER, fragment);
        int program = glCreateProgram();
        glAttachShader(program, vs);
        glAttachShader(program, fs);
        glLinkProgram(program);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(program, GL_LINK_STATUS) != GL_TRUE) {
            glDeleteProgram(program);
            return null;
        }
        glProgramUniform1i(program, glGetUniformLocation(program, "source"), 0);
        return new BlitProgram(program, glGetUniformLocation(program, "dstRect"),
            glGetUniformLocation(program, "srcRect"), glGetUniformLocation(program, "layer"));
    }

    private static int compile(int stage, String source) {
        int shader = glCreateShader(stage);
        glShaderSource(shader, source);
        glCompileShader(shader);
        return shader;
    }

    /** Frees the programs, sampler and vertex array (GL context current). */
    void release(GlNames names) {
        for (BlitProgram p : programs.values()) {
            names.deleteProgram(p.name());
        }
        programs.clear();
        names.deleteSampler(sampler);
        sampler = 0;
        names.deleteVertexArray(vao);
        vao = 0;
    }
}

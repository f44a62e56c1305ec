package org.jvirgl.virgl.blit;

import static org.lwjgl.opengl.GL45C.*;

import java.util.HashMap;
import java.util.Map;
import org.jvirgl.virgl.exec.ExecFormat;
import org.jvirgl.virgl.exec.ExecResource;
import org.jvirgl.virgl.exec.TextureViews;
import org.jvirgl.virgl.state.FormatTraits;
import org.jvirgl.virgl.state.GalliumGl;
import org.jvirgl.virgl.state.GlCap;
import org.jvirgl.virgl.state.GlStateCache;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.state.PipeBox;

/**
 * Colour blits that sample the source in a shader and draw into the destination, for sources GL
 * cannot attach to a framebuffer (block-compressed formats, other non-renderable formats). This is
 * how Mesa decompresses a texture for glGetTexImage and for software mipmap generation, so the
 * path must convert exactly as sampling does. One layer per call; the caller has attached the
 * destination layer to {@code drawFbo} and restores the context's GL state afterwards.
 */
final class ShaderBlitter {
    /** The sampled data type of the source or the written type of the destination. */
    private enum Kind { FLOAT, SINT, UINT }

    /** @param store the output's components, e.g. {@code "t.w, 0, 0, 0"} for a target stored in red */
    private record ProgramKey(boolean volume, Kind source, Kind dest, String store) {
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
        boolean volume = src.glTarget() == GL_TEXTURE_3D;
        int view = volume
            ? TextureViews.levelOf(src, srcFormat, srcLevel)
            : TextureViews.imageOf(src, srcFormat, srcLevel, srcLayer);
        if (view == 0) {
            return false;
        }
        try {
            glTextureParameteriv(view, GL_TEXTURE_SWIZZLE_RGBA, glSwizzle(srcFormat.swizzle()));
            BlitProgram p = program(new ProgramKey(volume, kind(FormatTraits.of(srcFormatValue)),
                kind(FormatTraits.of(dstFormatValue)), store(dstStorage)));
            if (p == null) {
                return false;
            }
            prepareFixedFunction(gl);
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

    private static final String VERTEX = """
        #version 450 core
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
        String fragment = "#version 450 core\n"
            + "uniform " + prefix + (key.volume() ? "sampler3D" : "sampler2D") + " source;\n"
            + "uniform float layer;\n"
            + "in vec2 texCoord;\n"
            + "layout(location = 0) out " + outType + " colour;\n"
            + "void main() {\n"
            + "    " + outType + " t = " + outType + "(textureLod(source, "
            + (key.volume() ? "vec3(texCoord, layer)" : "texCoord") + ", 0.0));\n"
            + "    colour = " + outType + "(" + key.store() + ");\n"
            + "}\n";
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

package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.Primitive;
import org.jvirgl.shader.tgsi.PropertyName;
import org.jvirgl.shader.tgsi.TgsiShader;

/** Stage-wide layout qualifiers from TGSI properties and the key (primitive types, sizes, origin). */
final class StageLayouts {
    private final TranslationContext ctx;

    StageLayouts(TranslationContext ctx) {
        this.ctx = ctx;
    }

    void declare(GlslWriter w) throws ShaderTranslationException {
        TgsiShader s = ctx.shader;
        switch (ctx.stage) {
            case GEOMETRY -> geometry(w, s);
            case TESS_CTRL -> {
                int n = s.property(PropertyName.TCS_VERTICES_OUT).orElse(0);
                ShaderScan.check(n > 0 && n <= 32, "TCS_VERTICES_OUT missing or out of range");
                w.line("layout(vertices = " + n + ") out;");
            }
            case TESS_EVAL -> tessEval(w, s);
            case COMPUTE -> {
                int x = s.property(PropertyName.CS_FIXED_BLOCK_WIDTH).orElse(1);
                int y = s.property(PropertyName.CS_FIXED_BLOCK_HEIGHT).orElse(1);
                int z = s.property(PropertyName.CS_FIXED_BLOCK_DEPTH).orElse(1);
                ShaderScan.check(x > 0 && y > 0 && z > 0 && x <= 1024 && y <= 1024 && z <= 64, "compute block size out of range");
                w.line("layout(local_size_x = " + x + ", local_size_y = " + y + ", local_size_z = " + z + ") in;");
            }
            case FRAGMENT -> fragment(w, s);
            case VERTEX -> { }
        }
    }

    private void geometry(GlslWriter w, TgsiShader s) throws ShaderTranslationException {
        Primitive in = Primitive.fromValue(s.property(PropertyName.GS_INPUT_PRIMITIVE).orElse(-1));
        Primitive out = Primitive.fromValue(s.property(PropertyName.GS_OUTPUT_PRIMITIVE).orElse(-1));
        int max = s.property(PropertyName.GS_MAX_OUTPUT_VERTICES).orElse(-1);
        ShaderScan.check(in != null && out != null && max >= 0 && max <= 1024, "geometry shader properties missing or out of range");
        String inName = switch (in) {
            case POINTS -> "points";
            case LINES, LINE_STRIP, LINE_LOOP -> "lines";
            case LINES_ADJACENCY, LINE_STRIP_ADJACENCY -> "lines_adjacency";
            case TRIANGLES, TRIANGLE_STRIP, TRIANGLE_FAN -> "triangles";
            case TRIANGLES_ADJACENCY, TRIANGLE_STRIP_ADJACENCY -> "triangles_adjacency";
            default -> throw new ShaderTranslationException("geometry input primitive " + in);
        };
        String outName = switch (out) {
            case POINTS -> "points";
            case LINES, LINE_STRIP -> "line_strip";
            case TRIANGLES, TRIANGLE_STRIP -> "triangle_strip";
            default -> throw new ShaderTranslationException("geometry output primitive " + out);
        };
        int invocations = s.property(PropertyName.GS_INVOCATIONS).orElse(1);
        ShaderScan.check(invocations >= 1 && invocations <= 32, "GS_INVOCATIONS out of range");
        if (invocations > 1) {
            ctx.require(400);
            w.line("layout(" + inName + ", invocations = " + invocations + ") in;");
        } else {
            w.line("layout(" + inName + ") in;");
        }
        w.line("layout(" + outName + ", max_vertices = " + max + ") out;");
    }

    private void tessEval(GlslWriter w, TgsiShader s) throws ShaderTranslationException {
        Primitive mode = Primitive.fromValue(s.property(PropertyName.TES_PRIM_MODE).orElse(Primitive.TRIANGLES.ordinal()));
        String domain = mode == null ? null : switch (mode) {
            case TRIANGLES -> "triangles";
            case QUADS -> "quads";
            case LINES -> "isolines";
            default -> null;
        };
        ShaderScan.check(domain != null, "TES_PRIM_MODE out of range");
        String spacing = switch (s.property(PropertyName.TES_SPACING).orElse(2)) {
            case 0 -> "fractional_odd_spacing";
            case 1 -> "fractional_even_spacing";
            default -> "equal_spacing";
        };
        String order = s.property(PropertyName.TES_VERTEX_ORDER_CW).orElse(0) != 0 ? "cw" : "ccw";
        String points = s.property(PropertyName.TES_POINT_MODE).orElse(0) != 0 ? ", point_mode" : "";
        w.line("layout(" + domain + ", " + spacing + ", " + order + points + ") in;");
    }

    private void fragment(GlslWriter w, TgsiShader s) {
        if (s.property(PropertyName.FS_EARLY_DEPTH_STENCIL).orElse(0) != 0) {
            ctx.require(420);
            w.line("layout(early_fragment_tests) in;");
        }
        boolean upperLeft = ctx.fragCoordUpperLeft();
        boolean integerCenter = ctx.fragCoordIntegerCenter();
        // GLSL ES cannot redeclare gl_FragCoord: TranslationContext.fragCoord() adjusts its reads.
        if ((upperLeft || integerCenter) && !ctx.host.es()) {
            String q = upperLeft && integerCenter ? "origin_upper_left, pixel_center_integer"
                    : upperLeft ? "origin_upper_left" : "pixel_center_integer";
            w.line("layout(" + q + ") in vec4 gl_FragCoord;");
        }
    }
}

package org.jvirgl.shader.glsl;

import java.util.List;
import org.jvirgl.shader.tgsi.Immediate;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.PropertyName;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TgsiShader;

/**
 * Translates a parsed TGSI shader plus a {@link ShaderKey} into desktop GLSL or GLSL ES for a
 * {@link HostProfile}. Stateless and thread-safe: every call builds its own emitters.
 * Naming and binding conventions are documented on {@link TranslatedShader}.
 */
public final class GlslTranslator {
    private GlslTranslator() {
    }

    /**
     * @throws ShaderTranslationException when the shader uses something the translator does not
     *         support or is internally inconsistent (undeclared registers, unbalanced flow control)
     */
    public static TranslatedShader translate(TgsiShader shader, ShaderKey key, HostProfile host)
            throws ShaderTranslationException {
        if (shader == null || key == null || host == null) {
            throw new ShaderTranslationException("missing shader, key or host profile");
        }
        try {
            return new Run(shader, key, host).translate();
        } catch (RuntimeException e) {
            throw new ShaderTranslationException("internal translation error: " + e);
        }
    }

    /** One translation: the emitters wired around a shared context. */
    private static final class Run {
        private final TranslationContext ctx;
        private final Interfaces io;
        private final Outputs outputs;
        private final Resources resources;
        private final OperandEmitter ops;
        private final AluEmitter alu;
        private final TextureEmitter tex;
        private final FlowEmitter flow;
        private final MemoryEmitter mem;
        private final InterpolationEmitter interp;
        private final DoubleEmitter fp64;

        Run(TgsiShader shader, ShaderKey key, HostProfile host) throws ShaderTranslationException {
            ctx = new TranslationContext(shader, key, host, new ShaderScan(shader));
            io = new Interfaces(ctx);
            outputs = new Outputs(ctx);
            resources = new Resources(ctx);
            ops = new OperandEmitter(ctx, io, outputs);
            alu = new AluEmitter(ctx, ops);
            tex = new TextureEmitter(ctx, ops);
            flow = new FlowEmitter(ctx, ops);
            mem = new MemoryEmitter(ctx, ops, resources);
            interp = new InterpolationEmitter(ctx, ops, io);
            fp64 = new DoubleEmitter(ctx, ops);
        }

        TranslatedShader translate() throws ShaderTranslationException {
            boolean tessellation = ctx.stage == ShaderStage.TESS_CTRL || ctx.stage == ShaderStage.TESS_EVAL;
            if (ctx.host.es() && tessellation && ctx.host.mayUse(EsFeature.TESSELLATION_POINT_SIZE.extension)) {
                // The extension adds gl_PointSize to gl_PerVertex, and GLSL ES links the TCS
                // output and TES input blocks only when they match: both stages enable it alike.
                ctx.extensions.add(EsFeature.TESSELLATION_POINT_SIZE.extension);
            }
            ctx.body.indent(1);
            for (Instruction inst : ctx.shader.instructions()) {
                if (flow.ended()) {
                    break;
                }
                if (!(alu.emit(inst) || fp64.emit(inst) || tex.emit(inst) || flow.emit(inst) || mem.emit(inst) || interp.emit(inst))) {
                    throw new ShaderTranslationException(inst.opcode() + " is not supported");
                }
            }
            flow.finish();

            GlslWriter prologue = new GlslWriter();
            prologue.indent(1);
            if (ctx.scan.outputs > 0 && ctx.stage != ShaderStage.TESS_CTRL) {
                // Unwritten output channels read as zero instead of whatever the global held.
                prologue.line("for (int i = 0; i < " + ctx.scan.outputs + "; i++) " + Names.OUTPUTS + "[i] = uvec4(0u);");
            }
            io.prologue(prologue);
            new SystemValues(ctx).prologue(prologue);
            stipple(prologue);

            GlslWriter store = new GlslWriter();
            resources.helpers(store);
            io.helpers(store);
            outputs.helpers(store);
            outputs.storeOutputsFunction(store);

            GlslWriter decls = new GlslWriter();
            new StageLayouts(ctx).declare(decls);
            resources.declare(decls);
            io.declareInputs(decls);
            outputs.declare(decls);
            driverUniforms(decls);
            registers(decls);

            int version;
            StringBuilder glsl = new StringBuilder(decls.length() + ctx.body.length() + 1024);
            if (ctx.host.es()) {
                // Each ES feature was checked where it was used (TranslationContext.need).
                version = ctx.host.glslVersion();
                glsl.append("#version ").append(version).append(" es\n");
                extensionLines(glsl);
                precisions(glsl);
            } else {
                version = Math.max(ctx.requiredVersion(), 330);
                if (version > ctx.host.glslVersion()) {
                    throw new ShaderTranslationException("shader needs GLSL " + version + ", host has " + ctx.host.glslVersion());
                }
                // Emit the host's own version rather than the minimum: Mesa only lets the interpolation
                // qualifiers of linked stages differ from GLSL 4.40 on, and stages are translated
                // separately (a VS cannot know that the FS reads a varying as flat).
                version = normalise(Math.max(version, ctx.host.glslVersion()));
                glsl.append("#version ").append(version).append(" core\n");
                extensionLines(glsl);
            }
            glsl.append(decls).append('\n').append(store).append('\n');
            glsl.append("void main() {\n").append(prologue).append(ctx.body);
            if (ctx.stage == ShaderStage.VERTEX || ctx.stage == ShaderStage.TESS_EVAL || ctx.stage == ShaderStage.FRAGMENT) {
                glsl.append("   ").append(Names.STORE_OUTPUTS).append("();\n");
            }
            glsl.append("}\n");
            return new TranslatedShader(glsl.toString(), info(version));
        }

        /**
         * GLSL ES has no default precision for float in fragment shaders nor for most opaque
         * types (sampler2D and samplerCube default to lowp): everything is highp, as on desktop.
         */
        private void precisions(StringBuilder glsl) {
            glsl.append("precision highp float;\nprecision highp int;\n");
            for (String type : resources.opaqueTypes) {
                glsl.append("precision highp ").append(type).append(";\n");
            }
        }

        private void extensionLines(StringBuilder glsl) {
            for (String ext : ctx.extensions) {
                glsl.append("#extension ").append(ext).append(" : require\n");
            }
        }

        /** GLSL versions exist only at these numbers. */
        private static int normalise(int v) {
            for (int known : new int[] {330, 400, 410, 420, 430, 440, 450, 460}) {
                if (v <= known) {
                    return known;
                }
            }
            return 460;
        }

        private void stipple(GlslWriter w) {
            if (ctx.stage != ShaderStage.FRAGMENT || !ctx.key.polygonStipple()) {
                return;
            }
            ctx.use(DriverUniform.STIPPLE_PATTERN);
            String coord = ctx.fragCoord();
            w.line("if ((stipple_pattern[uint(" + coord + ".y) % 32u] & (1u << (31u - uint(" + coord + ".x) % 32u))) == 0u) discard;");
        }

        private void driverUniforms(GlslWriter w) {
            for (DriverUniform u : ctx.driverUniforms) {
                w.line(switch (u) {
                    case WINSYS_ADJUST_Y -> "uniform float winsys_adjust_y;";
                    case ALPHA_REF -> "uniform float alpha_ref_val;";
                    case CLIP_PLANES -> "uniform vec4 clipp[8];";
                    case STIPPLE_PATTERN -> "uniform uint stipple_pattern[32];";
                    case POINT_SIZE -> "uniform float point_size;";
                });
            }
        }

        private void registers(GlslWriter w) {
            ShaderScan scan = ctx.scan;
            if (scan.temps > 0) {
                w.line("uvec4 " + Names.TEMPS + "[" + scan.temps + "];");
            }
            if (scan.addrs > 0) {
                w.line("ivec4 " + Names.ADDRS + "[" + scan.addrs + "];");
            }
            if (scan.inputs > 0) {
                w.line("uvec4 " + Names.INPUTS + "[" + scan.inputs + "];");
            }
            if (scan.outputs > 0 && ctx.stage != ShaderStage.TESS_CTRL) {
                w.line("uvec4 " + Names.OUTPUTS + "[" + scan.outputs + "];");
            }
            if (scan.sysvals > 0) {
                w.line("uvec4 " + Names.SYSVALS + "[" + scan.sysvals + "];");
            }
            List<Immediate> imms = ctx.shader.immediates();
            if (!imms.isEmpty()) {
                StringBuilder sb = new StringBuilder("const uvec4 " + Names.IMMS + "[" + imms.size() + "] = uvec4["
                        + imms.size() + "](");
                for (int i = 0; i < imms.size(); i++) {
                    Immediate m = imms.get(i);
                    sb.append(i > 0 ? ", " : "").append("uvec4(").append(Integer.toUnsignedString(m.x())).append("u, ")
                            .append(Integer.toUnsignedString(m.y())).append("u, ").append(Integer.toUnsignedString(m.z()))
                            .append("u, ").append(Integer.toUnsignedString(m.w())).append("u)");
                }
                w.line(sb.append(");").toString());
            }
        }

        private ShaderInfo info(int version) {
            int attribs = 0;
            if (ctx.stage == ShaderStage.VERTEX) {
                for (int reg : ctx.scan.inputDecls.keySet()) {
                    attribs |= reg < 32 ? 1 << reg : 0;
                }
            }
            boolean broadcast = ctx.shader.property(PropertyName.FS_COLOR0_WRITES_ALL_CBUFS).orElse(0) != 0;
            return new ShaderInfo(ctx.stage, ctx.scan.consts, resources.uboMask, resources.samplers, resources.images,
                    resources.ssboMask, resources.atomicBufferMask, attribs, io.inputSemantics(), outputs.semantics,
                    outputs.fragmentOutputMask, ctx.driverUniforms, outputs.transformFeedbackVaryings,
                    outputs.clipDistances, outputs.writesDepth, outputs.writesSampleMask, broadcast, version,
                    io.inputInterpolation());
        }
    }
}

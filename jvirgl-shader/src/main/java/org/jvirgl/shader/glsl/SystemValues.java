package org.jvirgl.shader.glsl;

import java.util.Map;
import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;

/** Loads the SV registers from GLSL built-ins at the start of main(). */
final class SystemValues {
    private final TranslationContext ctx;

    SystemValues(TranslationContext ctx) {
        this.ctx = ctx;
    }

    void prologue(GlslWriter w) throws ShaderTranslationException {
        for (Map.Entry<Integer, Declaration> e : ctx.scan.sysvalDecls.entrySet()) {
            SemanticRef s = Interfaces.semanticOf(e.getValue(), e.getKey());
            String value = s == null ? "uvec4(0u)" : value(s);
            w.line(Names.SYSVALS + "[" + e.getKey() + "] = " + value + ";");
        }
    }

    private static String ints(String x) {
        return "uvec4(uint(" + x + "), 0u, 0u, 0u)";
    }

    private static String floats(String vec4) {
        return "floatBitsToUint(" + vec4 + ")";
    }

    private String value(SemanticRef s) throws ShaderTranslationException {
        ShaderStage stage = ctx.stage;
        return switch (s.name()) {
            case VERTEXID, VERTEXID_NOBASE -> ints("gl_VertexID");
            case INSTANCEID -> ints("gl_InstanceID");
            case BASEVERTEX -> ctx.host.atLeast(460) ? ints("gl_BaseVertex") : "uvec4(0u)";
            case BASEINSTANCE -> ctx.host.atLeast(460) ? ints("gl_BaseInstance") : "uvec4(0u)";
            case DRAWID -> ctx.host.atLeast(460) ? ints("gl_DrawID") : "uvec4(0u)";
            case PRIMID -> ints(stage == ShaderStage.GEOMETRY ? "gl_PrimitiveIDIn" : "gl_PrimitiveID");
            case INVOCATIONID -> {
                if (stage == ShaderStage.GEOMETRY) {
                    ctx.require(400);
                }
                yield ints("gl_InvocationID");
            }
            case SAMPLEID -> {
                ctx.require(400);
                ctx.need(EsFeature.SAMPLE_VARIABLES);
                yield ints("gl_SampleID");
            }
            case SAMPLEPOS -> {
                ctx.require(400);
                ctx.need(EsFeature.SAMPLE_VARIABLES);
                yield floats("vec4(gl_SamplePosition, 0.0, 0.0)");
            }
            case SAMPLEMASK -> {
                ctx.require(400);
                ctx.need(EsFeature.SAMPLE_VARIABLES);
                yield ints("gl_SampleMaskIn[0]");
            }
            case FACE -> floats("vec4(gl_FrontFacing ? 1.0 : -1.0, 0.0, 0.0, 0.0)");
            case POSITION -> floats(ctx.fragCoord());
            case THREAD_ID -> "uvec4(gl_LocalInvocationID, 0u)";
            case BLOCK_ID -> "uvec4(gl_WorkGroupID, 0u)";
            case BLOCK_SIZE -> "uvec4(gl_WorkGroupSize, 0u)";
            case GRID_SIZE -> "uvec4(gl_NumWorkGroups, 0u)";
            case TESSCOORD -> floats("vec4(gl_TessCoord, 0.0)");
            case VERTICESIN -> ints("gl_PatchVerticesIn");
            case TESSOUTER -> floats(Interfaces.tessLevels("gl_TessLevelOuter", 4));
            case TESSINNER -> floats(Interfaces.tessLevels("gl_TessLevelInner", 2));
            case HELPER_INVOCATION -> {
                ctx.require(450);
                yield "uvec4(gl_HelperInvocation ? 0xFFFFFFFFu : 0u, 0u, 0u, 0u)";
            }
            default -> "uvec4(0u)";
        };
    }
}

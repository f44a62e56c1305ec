package org.jvirgl.shader.glsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.MemoryType;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TextureTarget;

/** Declarations of everything bound from outside: constants, UBOs, samplers, images, SSBOs, shared memory, atomic counters. */
final class Resources {
    private final TranslationContext ctx;
    final List<ShaderInfo.SamplerSlot> samplers = new ArrayList<>();
    final List<ShaderInfo.ImageSlot> images = new ArrayList<>();
    int uboMask;
    int ssboMask;
    int atomicBufferMask;

    Resources(TranslationContext ctx) {
        this.ctx = ctx;
    }

    void declare(GlslWriter w) throws ShaderTranslationException {
        ShaderStage stage = ctx.stage;
        if (ctx.scan.consts > 0) {
            w.line("uniform uvec4 " + Names.constants(stage) + "[" + ctx.scan.consts + "];");
        }
        for (Map.Entry<Integer, Integer> ubo : ctx.scan.uboSizes.entrySet()) {
            int k = ubo.getKey();
            uboMask |= 1 << k;
            w.line("layout(std140) uniform " + Names.ubo(stage, k) + " { uvec4 " + Names.uboData(stage, k)
                    + "[" + ubo.getValue() + "]; };");
        }
        for (Map.Entry<Integer, TextureTarget> s : ctx.scan.samplerTargets.entrySet()) {
            sampler(w, s.getKey(), s.getValue());
        }
        for (Map.Entry<Integer, Declaration> img : ctx.scan.images.entrySet()) {
            image(w, img.getKey(), img.getValue());
        }
        for (Map.Entry<Integer, Declaration> b : ctx.scan.buffers.entrySet()) {
            ctx.require(430);
            ssboMask |= 1 << b.getKey();
            w.line("layout(std430) buffer " + Names.ssbo(stage, b.getKey()) + " { uint "
                    + Names.ssboData(stage, b.getKey()) + "[]; };");
        }
        for (Declaration m : ctx.scan.memories.values()) {
            ShaderScan.check(m.memoryType() == null || m.memoryType() == MemoryType.SHARED,
                    "only shared MEMORY is supported");
        }
        if (ctx.scan.sharedMemory) {
            ShaderScan.check(stage == ShaderStage.COMPUTE, "shared MEMORY outside a compute shader");
            int bytes = ctx.key.computeSharedBytes() > 0 ? ctx.key.computeSharedBytes() : 32768;
            w.line("shared uint " + Names.shared(stage) + "[" + Math.max(1, bytes / 4) + "];");
        }
        for (Declaration a : ctx.scan.atomics) {
            ctx.require(420);
            int binding = Math.max(0, a.dimension());
            atomicBufferMask |= 1 << binding;
            w.line("layout(binding = " + binding + ", offset = " + (4 * a.first()) + ") uniform atomic_uint "
                    + Names.atomicCounter(stage, binding, a.first()) + "[" + a.size() + "];");
        }
    }

    /** Helper functions the body asked for (after the declarations they use). */
    void helpers(GlslWriter w) {
        if (!ctx.needsUboLoader) {
            return;
        }
        w.open("uvec4 load_ubo(int slot, int index) {");
        w.open("switch (slot) {");
        for (Map.Entry<Integer, Integer> ubo : ctx.scan.uboSizes.entrySet()) {
            w.line("case " + ubo.getKey() + ": return " + Names.uboData(ctx.stage, ubo.getKey())
                    + "[clamp(index, 0, " + (ubo.getValue() - 1) + ")];");
        }
        w.line("default: return uvec4(0u);");
        w.close("}");
        w.close("}");
    }

    private void sampler(GlslWriter w, int slot, TextureTarget used) throws ShaderTranslationException {
        Declaration.SamplerViewInfo view = ctx.scan.samplerViews.get(slot);
        TextureTarget base = view != null && view.target() != TextureTarget.UNKNOWN ? view.target() : used;
        boolean shadow = used.isShadow();
        TextureTarget target = shadow ? shadowOf(base.withoutShadow()) : base.withoutShadow();
        char kind = view == null ? 'f' : switch (view.x()) {
            case SINT -> 'i';
            case UINT -> 'u';
            case UNORM, SNORM, FLOAT -> 'f';
        };
        ShaderScan.check(!shadow || kind == 'f', "integer shadow sampler");
        String type = (kind == 'f' ? "" : String.valueOf(kind)) + samplerSuffix(target);
        if (target == TextureTarget.CUBE_ARRAY || target == TextureTarget.SHADOW_CUBE_ARRAY) {
            ctx.require(400);
        }
        String name = Names.sampler(ctx.stage, slot);
        w.line("uniform " + type + " " + name + ";");
        String swizzle = null;
        if (shadow) {
            // The view's swizzle (depth texture mode) applied to the comparison result: [0] keeps
            // the result in channels the swizzle names, [1] adds 1 where it says ONE.
            swizzle = Names.shadowSwizzle(ctx.stage, slot);
            w.line("uniform vec4 " + swizzle + "[2];");
        }
        samplers.add(new ShaderInfo.SamplerSlot(slot, name, target, shadow, kind, swizzle));
    }

    private static TextureTarget shadowOf(TextureTarget t) throws ShaderTranslationException {
        return switch (t) {
            case TEX_1D -> TextureTarget.SHADOW_1D;
            case TEX_2D -> TextureTarget.SHADOW_2D;
            case RECT -> TextureTarget.SHADOW_RECT;
            case TEX_1D_ARRAY -> TextureTarget.SHADOW_1D_ARRAY;
            case TEX_2D_ARRAY -> TextureTarget.SHADOW_2D_ARRAY;
            case CUBE -> TextureTarget.SHADOW_CUBE;
            case CUBE_ARRAY -> TextureTarget.SHADOW_CUBE_ARRAY;
            default -> throw new ShaderTranslationException("no shadow sampler for " + t);
        };
    }

    static String samplerSuffix(TextureTarget t) throws ShaderTranslationException {
        return switch (t) {
            case BUFFER -> "samplerBuffer";
            case TEX_1D -> "sampler1D";
            case TEX_2D -> "sampler2D";
            case TEX_3D -> "sampler3D";
            case CUBE -> "samplerCube";
            case RECT -> "sampler2DRect";
            case SHADOW_1D -> "sampler1DShadow";
            case SHADOW_2D -> "sampler2DShadow";
            case SHADOW_RECT -> "sampler2DRectShadow";
            case TEX_1D_ARRAY -> "sampler1DArray";
            case TEX_2D_ARRAY -> "sampler2DArray";
            case SHADOW_1D_ARRAY -> "sampler1DArrayShadow";
            case SHADOW_2D_ARRAY -> "sampler2DArrayShadow";
            case SHADOW_CUBE -> "samplerCubeShadow";
            case TEX_2D_MSAA -> "sampler2DMS";
            case TEX_2D_ARRAY_MSAA -> "sampler2DMSArray";
            case CUBE_ARRAY -> "samplerCubeArray";
            case SHADOW_CUBE_ARRAY -> "samplerCubeArrayShadow";
            case UNKNOWN -> throw new ShaderTranslationException("sampler without a known target");
        };
    }

    private void image(GlslWriter w, int slot, Declaration d) throws ShaderTranslationException {
        ctx.require(420);
        Declaration.ImageInfo info = d.image();
        ShaderScan.check(info != null, "IMAGE declaration without target");
        ImageFormat fmt = ImageFormat.of(info.format());
        String suffix = imageSuffix(info.target());
        String prefix = fmt == null ? "" : fmt.kind() == 'f' ? "" : String.valueOf(fmt.kind());
        String layout = fmt == null ? "writeonly " : "layout(" + fmt.glslName() + ") ";
        if (fmt != null && !info.writable()) {
            layout += "readonly ";
        }
        String name = Names.image(ctx.stage, slot);
        w.line(layout + "uniform " + prefix + suffix + " " + name + ";");
        images.add(new ShaderInfo.ImageSlot(slot, name, info.target(), fmt == null ? "" : fmt.glslName()));
    }

    /** The GLSL scalar kind of an image's texels: 'f', 'i' or 'u'. */
    char imageKind(int slot) {
        Declaration d = ctx.scan.images.get(slot);
        ImageFormat fmt = d == null || d.image() == null ? null : ImageFormat.of(d.image().format());
        return fmt == null ? 'f' : fmt.kind();
    }

    static String imageSuffix(TextureTarget t) throws ShaderTranslationException {
        return switch (t) {
            case BUFFER -> "imageBuffer";
            case TEX_1D -> "image1D";
            case TEX_2D, RECT -> "image2D";
            case TEX_3D -> "image3D";
            case CUBE -> "imageCube";
            case TEX_1D_ARRAY -> "image1DArray";
            case TEX_2D_ARRAY -> "image2DArray";
            case CUBE_ARRAY -> "imageCubeArray";
            case TEX_2D_MSAA -> "image2DMS";
            case TEX_2D_ARRAY_MSAA -> "image2DMSArray";
            default -> throw new ShaderTranslationException("no image type for " + t);
        };
    }

}

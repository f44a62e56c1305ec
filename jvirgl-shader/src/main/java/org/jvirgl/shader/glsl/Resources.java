package org.jvirgl.shader.glsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.RegisterFile;
import org.jvirgl.shader.tgsi.RegisterRef;
import org.jvirgl.shader.tgsi.MemoryType;
import org.jvirgl.shader.tgsi.Opcode;
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
    /** GLSL ES: the sampler and image types declared, each needing a precision statement. */
    final Set<String> opaqueTypes = new TreeSet<>();

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
            // GLSL ES has no glShaderStorageBlockBinding: the binding is the slot, fixed here.
            String binding = ctx.host.es() ? ", binding = " + b.getKey() : "";
            w.line("layout(std430" + binding + ") buffer " + Names.ssbo(stage, b.getKey()) + " { uint "
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
        TextureTarget glslTarget = ctx.host.es() ? esTarget(target) : target;
        String type = (kind == 'f' ? "" : String.valueOf(kind)) + samplerSuffix(glslTarget);
        if (target == TextureTarget.CUBE_ARRAY || target == TextureTarget.SHADOW_CUBE_ARRAY) {
            ctx.require(400);
            ctx.need(EsFeature.CUBE_MAP_ARRAY);
        } else if (target == TextureTarget.BUFFER) {
            ctx.need(EsFeature.TEXTURE_BUFFER);
        } else if (target == TextureTarget.TEX_2D_ARRAY_MSAA) {
            ctx.need(EsFeature.MULTISAMPLE_ARRAY);
        }
        if (ctx.host.es()) {
            opaqueTypes.add(type);
        }
        String name = Names.sampler(ctx.stage, slot);
        w.line("uniform " + type + " " + name + ";");
        String levels = null;
        if (ctx.levelQueries.contains(slot)) {
            levels = Names.textureLevels(ctx.stage, slot);
            w.line("uniform int " + levels + ";");
        }
        String swizzle = null;
        if (shadow) {
            // The view's swizzle (depth texture mode) applied to the comparison result: [0] keeps
            // the result in channels the swizzle names, [1] adds 1 where it says ONE.
            swizzle = Names.shadowSwizzle(ctx.stage, slot);
            w.line("uniform vec4 " + swizzle + "[2];");
        }
        samplers.add(new ShaderInfo.SamplerSlot(slot, name, target, shadow, kind, swizzle, levels));
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

    /**
     * The texture target a GLES host samples a guest target through: ES has no 1D or rectangle
     * textures, so upstream vrend keeps them as 2D (one row; rectangles with normalised
     * coordinates) and 1D arrays as 2D arrays. The renderer must create them that way.
     */
    static TextureTarget esTarget(TextureTarget t) {
        return switch (t) {
            case TEX_1D, RECT -> TextureTarget.TEX_2D;
            case SHADOW_1D, SHADOW_RECT -> TextureTarget.SHADOW_2D;
            case TEX_1D_ARRAY -> TextureTarget.TEX_2D_ARRAY;
            case SHADOW_1D_ARRAY -> TextureTarget.SHADOW_2D_ARRAY;
            default -> t;
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
        String name = Names.image(ctx.stage, slot);
        if (ctx.host.es()) {
            esImage(w, slot, name, info, fmt);
            return;
        }
        String suffix = imageSuffix(info.target());
        String prefix = fmt == null ? "" : fmt.kind() == 'f' ? "" : String.valueOf(fmt.kind());
        String layout = fmt == null ? "writeonly " : "layout(" + fmt.glslName() + ") ";
        if (fmt != null && !info.writable()) {
            layout += "readonly ";
        }
        w.line(layout + "uniform " + prefix + suffix + " " + name + ";");
        images.add(new ShaderInfo.ImageSlot(slot, name, info.target(), fmt == null ? "" : fmt.glslName()));
    }

    /**
     * A GLSL ES image: ES wants a format on every image, the unit fixed by {@code binding}
     * (glUniform cannot set it), and, except for r32f/r32i/r32ui, either readonly or writeonly.
     * Like upstream, an image without a guest format is declared rgba32f.
     */
    private void esImage(GlslWriter w, int slot, String name, Declaration.ImageInfo info, ImageFormat fmt)
            throws ShaderTranslationException {
        TextureTarget target = switch (info.target()) {
            case TEX_1D -> TextureTarget.TEX_2D;
            case TEX_1D_ARRAY -> TextureTarget.TEX_2D_ARRAY;
            case BUFFER -> {
                ctx.need(EsFeature.TEXTURE_BUFFER);
                yield TextureTarget.BUFFER;
            }
            case CUBE_ARRAY -> {
                ctx.need(EsFeature.CUBE_MAP_ARRAY);
                yield TextureTarget.CUBE_ARRAY;
            }
            case TEX_2D_MSAA, TEX_2D_ARRAY_MSAA -> throw new ShaderTranslationException(
                    "unsupported on GLES host: multisample images");
            default -> info.target();
        };
        String format = fmt == null ? "rgba32f" : fmt.glslName();
        char kind = fmt == null ? 'f' : fmt.kind();
        String access;
        boolean readWrite = format.equals("r32f") || format.equals("r32i") || format.equals("r32ui");
        if (!info.writable()) {
            access = "readonly ";
        } else if (readWrite) {
            access = "";
        } else {
            boolean reads = imageAccessed(slot, false);
            ShaderScan.check(!(reads && imageAccessed(slot, true)), "unsupported on GLES host: image " + slot
                    + " (" + format + ") both read and written; GLSL ES allows that only for r32f, r32i and r32ui");
            access = reads ? "readonly " : "writeonly ";
        }
        String type = (kind == 'f' ? "" : String.valueOf(kind)) + imageSuffix(target);
        opaqueTypes.add(type);
        w.line("layout(binding = " + slot + ", " + format + ") " + access + "uniform " + type + " " + name + ";");
        images.add(new ShaderInfo.ImageSlot(slot, name, info.target(), fmt == null ? "" : fmt.glslName()));
    }

    /** Whether an instruction stores to ({@code store}) or reads from IMAGE[slot]; indirect access counts for every slot. */
    private boolean imageAccessed(int slot, boolean store) {
        for (Instruction inst : ctx.shader.instructions()) {
            // Size queries work on readonly and writeonly images alike.
            if (!inst.opcode().takesMemoryQualifiers() || inst.opcode() == Opcode.RESQ) {
                continue;
            }
            boolean isStore = inst.opcode() == Opcode.STORE;
            if (isStore != store) {
                continue;
            }
            RegisterRef r = isStore ? inst.dst().get(0).register()
                    : inst.src().isEmpty() ? null : inst.src().get(0).register();
            if (r != null && r.file() == RegisterFile.IMAGE && (r.isIndirect() || r.index() == slot)) {
                return true;
            }
        }
        return false;
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

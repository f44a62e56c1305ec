package org.jvirgl.virgl.program;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jvirgl.shader.glsl.ShaderKey;
import org.jvirgl.shader.glsl.ShaderTranslationException;
import org.jvirgl.shader.glsl.StreamOutput;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.TgsiParseException;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.jvirgl.virgl.exec.ExecContext;
import org.jvirgl.virgl.gl.HostGl;
import org.jvirgl.virgl.state.Dirty;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.state.ShaderSource;
import org.jvirgl.wire.state.StreamOutputInfo;

/**
 * Shader objects, variant selection and the program cache of one VirGL context. At draw time
 * each bound stage gets a key from the current state, the key picks (or builds) a variant, and
 * the set of variants picks (or links) a program. While no key-relevant state changed
 * ({@link Dirty#SHADERS} clear) the previous program is reused without building keys, and
 * a re-bound combination of shaders finds its program in a small memo.
 */
public final class Programs {
    /** Pipeline order of the graphics stages (wire numbering). */
    private static final int[] ORDER = {
        Limits.STAGE_VERTEX, Limits.STAGE_TESS_CTRL, Limits.STAGE_TESS_EVAL, Limits.STAGE_GEOMETRY,
        Limits.STAGE_FRAGMENT,
    };

    private final Consumer<String> log;
    private final Translator translator;
    private final ProgramLinker linker;
    private final ResourceBinder binder = new ResourceBinder();
    private final Map<ProgramKey, LinkedProgram> cache = new HashMap<>();
    /** Compute programs by compute-variant id. */
    private final Map<Integer, LinkedProgram> computeCache = new HashMap<>();
    private final ShaderVariant[] chosen = new ShaderVariant[Limits.STAGES];
    private final ShaderKey[] keys = new ShaderKey[Limits.STAGES];
    /** Programs selected since key-relevant state last changed, by bound shaders. */
    private final ProgramMemo recent = new ProgramMemo();
    private LinkedProgram lastBound;

    public Programs(Translator translator, Consumer<String> log) {
        this.translator = translator;
        this.log = log;
        this.linker = new ProgramLinker(log);
    }

    /** CREATE_OBJECT(SHADER): parse now (refusing bad TGSI), translate lazily per key. */
    public void createShader(ExecContext ctx, int handle, ShaderSource source) {
        if (source.stage() < 0 || source.stage() >= Limits.STAGES) {
            ctx.fail(ContextError.ILLEGAL_SHADER, "shader stage " + source.stage());
            return;
        }
        TgsiShader tgsi;
        try {
            tgsi = TgsiParser.parse(source.tgsiText());
        } catch (TgsiParseException e) {
            ctx.fail(ContextError.ILLEGAL_SHADER, "shader " + handle + ": " + e.getMessage());
            return;
        }
        if (tgsi.stage().ordinal() != ShaderKeys.stage(source.stage()).ordinal()) {
            ctx.fail(ContextError.ILLEGAL_SHADER, "shader " + handle + " text is not a stage " + source.stage());
            return;
        }
        if (source.computeSharedMemoryBytes() < 0 || source.computeSharedMemoryBytes() > (1 << 20)) {
            ctx.fail(ContextError.ILLEGAL_SHADER, "shader " + handle + " asks for "
                + source.computeSharedMemoryBytes() + " bytes of shared memory");
            return;
        }
        if (!streamOutputsValid(source.streamOutput())) {
            ctx.fail(ContextError.ILLEGAL_SHADER, "shader " + handle + " has an impossible stream output");
            return;
        }
        ctx.sub().objects.insert(handle, new ShaderSelector(source.stage(), tgsi, source.streamOutput(),
            source.computeSharedMemoryBytes()));
    }

    /** BIND_SHADER: handle 0 unbinds the stage. */
    public void bindShader(ExecContext ctx, int handle, int stage) {
        SubContext sub = ctx.sub();
        if (stage < 0 || stage >= Limits.STAGES) {
            ctx.fail(ContextError.ILLEGAL_SHADER, "shader stage " + stage);
            return;
        }
        ShaderSelector selector = null;
        if (handle != 0) {
            selector = sub.objects.lookup(handle, VirglObjectType.SHADER, ShaderSelector.class);
            if (selector == null || selector.stage() != stage) {
                ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown stage-" + stage + " shader " + handle);
                return;
            }
        }
        if (sub.shaders[stage] != selector) {
            sub.shaders[stage] = selector;
            sub.markDirty(Dirty.SHADER_BINDINGS);
        }
    }

    /** The program for the next draw, or null when the bound shaders cannot make one. */
    public LinkedProgram prepare(ExecContext ctx, SubContext sub, int pipePrim, int verticesPerPatch) {
        boolean points = ShaderKeys.rasterizesPoints(sub, pipePrim);
        int dirty = sub.dirty & (Dirty.SHADERS | Dirty.SHADER_BINDINGS);
        if (dirty == 0 && sub.selectedProgram instanceof LinkedProgram p && points == sub.selectedForPoints) {
            return p;
        }
        LinkedProgram program = null;
        if ((dirty & Dirty.SHADERS) != 0) {
            recent.clear(); // the keys those programs were built for may no longer hold
        } else {
            program = recent.find(sub.shaders, points);
        }
        if (program == null) {
            program = select(sub, points);
            if (program != null) {
                recent.remember(sub.shaders, points, program);
            }
        }
        sub.selectedProgram = program;
        sub.selectedForPoints = points;
        sub.dirty &= ~(Dirty.SHADERS | Dirty.SHADER_BINDINGS);
        return program;
    }

    private LinkedProgram select(SubContext sub, boolean points) {
        if (sub.shaders[Limits.STAGE_VERTEX] == null || sub.shaders[Limits.STAGE_FRAGMENT] == null) {
            return null;
        }
        int last = sub.shaders[Limits.STAGE_GEOMETRY] != null ? Limits.STAGE_GEOMETRY
            : sub.shaders[Limits.STAGE_TESS_EVAL] != null ? Limits.STAGE_TESS_EVAL : Limits.STAGE_VERTEX;
        int previous = -1;
        Set<SemanticRef> produced = null;
        java.util.Arrays.fill(chosen, null);
        for (int stage : ORDER) {
            ShaderSelector selector = (ShaderSelector) sub.shaders[stage];
            if (selector == null) {
                continue;
            }
            ShaderKey key = ShaderKeys.build(sub, selector, stage, previous, produced, stage == last, points);
            ShaderVariant variant = variant(selector, stage, key);
            if (variant == null || variant.glShader() == 0) {
                return null;
            }
            chosen[stage] = variant;
            keys[stage] = key;
            previous = stage;
            produced = variant.outputs();
        }
        if (HostGl.ES && !matchConsumerInterpolation(sub, last)) {
            return null;
        }
        ProgramKey key = new ProgramKey(id(Limits.STAGE_VERTEX), id(Limits.STAGE_FRAGMENT),
            id(Limits.STAGE_GEOMETRY), id(Limits.STAGE_TESS_CTRL), id(Limits.STAGE_TESS_EVAL));
        LinkedProgram program = cache.get(key);
        if (program == null && !cache.containsKey(key)) {
            program = linker.link(chosen);
            cache.put(key, program); // a failed link is remembered too, so it is not retried per draw
        }
        return program;
    }

    /**
     * GLSL ES links a varying only when both ends declare the same interpolation, and what the
     * fragment shader declares is known only once it is translated: the last vertex stage is
     * re-keyed with it (a variant of its own, as vrend does on GLES hosts). False when that
     * variant cannot be made.
     */
    private boolean matchConsumerInterpolation(SubContext sub, int last) {
        var wanted = chosen[Limits.STAGE_FRAGMENT].info().inputInterpolation();
        if (wanted.equals(keys[last].consumerInterpolation())) {
            return true;
        }
        ShaderKey key = keys[last].toBuilder().consumerInterpolation(wanted).build();
        ShaderVariant variant = variant((ShaderSelector) sub.shaders[last], last, key);
        if (variant == null || variant.glShader() == 0) {
            return false;
        }
        chosen[last] = variant;
        keys[last] = key;
        return true;
    }

    /** The compute program for LAUNCH_GRID, or null when none can be made. */
    public LinkedProgram prepareCompute(SubContext sub) {
        if (!(sub.shaders[Limits.STAGE_COMPUTE] instanceof ShaderSelector cs)) {
            return null;
        }
        ShaderKey key = new ShaderKey.Builder().lastVertexStage(false).nrCbufs(0)
            .computeSharedBytes(cs.computeSharedBytes())
            .legacyClamp(ShaderKeys.legacyClamp(sub.samplers[Limits.STAGE_COMPUTE]))
            .bufferSwizzles(ShaderKeys.bufferSwizzles(sub.samplerViews[Limits.STAGE_COMPUTE])).build();
        ShaderVariant variant = variant(cs, Limits.STAGE_COMPUTE, key);
        if (variant == null || variant.glShader() == 0) {
            return null;
        }
        LinkedProgram program = computeCache.get(variant.id());
        if (program == null && !computeCache.containsKey(variant.id())) {
            java.util.Arrays.fill(chosen, null);
            chosen[Limits.STAGE_COMPUTE] = variant;
            program = linker.link(chosen);
            computeCache.put(variant.id(), program);
        }
        return program;
    }

    private ShaderVariant variant(ShaderSelector selector, int stage, ShaderKey key) {
        ShaderVariant variant = selector.variant(key);
        if (variant != null) {
            return variant;
        }
        try {
            variant = linker.compile(stage, translator.translate(selector.tgsi(), key));
        } catch (ShaderTranslationException | RuntimeException e) {
            // The translator's refusal (or a translator bug) must not escape into the decoder.
            log.accept("shader translation failed: " + e);
            variant = null;
        }
        if (variant != null) {
            selector.addVariant(key, variant);
        }
        return variant;
    }

    private int id(int stage) {
        return chosen[stage] == null ? 0 : chosen[stage].id();
    }

    /** Binds the program and everything it reads for a draw. */
    public void bindDrawResources(ExecContext ctx, SubContext sub, LinkedProgram program) {
        boolean changed = program != lastBound;
        lastBound = program;
        binder.bind(sub, program, ctx.glState(), changed);
    }

    /** Deletes every linked program through the share group's {@code names} (GL context current). */
    public void release(GlNames names) {
        for (LinkedProgram p : cache.values()) {
            if (p != null) {
                names.deleteProgram(p.glProgram());
            }
        }
        for (LinkedProgram p : computeCache.values()) {
            if (p != null) {
                names.deleteProgram(p.glProgram());
            }
        }
        cache.clear();
        computeCache.clear();
    }

    private static boolean streamOutputsValid(StreamOutputInfo info) {
        for (var o : info.outputs()) {
            if (StreamOutput.decode(o.packA(), o.packB()) == null) {
                return false;
            }
        }
        return true;
    }
}

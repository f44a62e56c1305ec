package org.jvirgl.shader.glsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.Opcode;
import org.jvirgl.shader.tgsi.RegisterFile;
import org.jvirgl.shader.tgsi.RegisterRef;
import org.jvirgl.shader.tgsi.SrcOperand;
import org.jvirgl.shader.tgsi.DstOperand;
import org.jvirgl.shader.tgsi.TextureTarget;
import org.jvirgl.shader.tgsi.TgsiShader;

/**
 * One pass over the IR collecting what the declarations must cover: register file sizes,
 * constant/UBO extents, samplers with the targets instructions use them with. Also the place
 * where guest-controlled sizes are capped, so the GLSL never declares absurd arrays.
 */
final class ShaderScan {
    static final int MAX_TEMPS = 4096;
    static final int MAX_CONSTS = 4096;
    static final int MAX_IO = 256;
    static final int MAX_ADDRS = 16;
    static final int MAX_SLOTS = 32;

    int temps;
    int addrs;
    int consts;
    int inputs;
    int outputs;
    int sysvals;
    final Map<Integer, Integer> uboSizes = new TreeMap<>();
    final List<Declaration> tempArrays = new ArrayList<>();
    final Map<Integer, Declaration> inputDecls = new TreeMap<>();
    final Map<Integer, Declaration> outputDecls = new TreeMap<>();
    final Map<Integer, Declaration> sysvalDecls = new TreeMap<>();
    final Map<Integer, Declaration.SamplerViewInfo> samplerViews = new TreeMap<>();
    final Map<Integer, TextureTarget> samplerTargets = new TreeMap<>();
    final java.util.Set<Integer> samplerDecls = new java.util.TreeSet<>();
    final Map<Integer, Declaration> images = new TreeMap<>();
    final Map<Integer, Declaration> buffers = new TreeMap<>();
    final Map<Integer, Declaration> memories = new TreeMap<>();
    final List<Declaration> atomics = new ArrayList<>();
    /** Any MEMORY declaration or access: the stage gets one shared word array (Mesa numbers it loosely). */
    boolean sharedMemory;

    ShaderScan(TgsiShader shader) throws ShaderTranslationException {
        for (Declaration d : shader.declarations()) {
            declaration(d);
        }
        for (Instruction inst : shader.instructions()) {
            for (DstOperand d : inst.dst()) {
                reference(d.register());
            }
            for (SrcOperand s : inst.src()) {
                reference(s.register());
            }
            if (inst.texture() != null && !inst.src().isEmpty()) {
                samplerUse(inst);
            }
        }
        check(temps <= MAX_TEMPS && consts <= MAX_CONSTS && inputs <= MAX_IO && outputs <= MAX_IO
                && sysvals <= MAX_IO && addrs <= MAX_ADDRS, "register file too large");
    }

    private void declaration(Declaration d) throws ShaderTranslationException {
        int end = d.last() + 1;
        switch (d.file()) {
            case TEMPORARY -> {
                temps = Math.max(temps, end);
                if (d.arrayId() != 0) {
                    tempArrays.add(d);
                }
            }
            case ADDRESS -> addrs = Math.max(addrs, end);
            case CONSTANT -> {
                if (d.dimension() <= 0) {
                    consts = Math.max(consts, end);
                } else {
                    check(d.dimension() < MAX_SLOTS && end <= MAX_CONSTS, "UBO declaration out of range");
                    uboSizes.merge(d.dimension(), end, Math::max);
                }
            }
            case INPUT -> {
                inputs = Math.max(inputs, end);
                check(inputs <= MAX_IO, "too many inputs");
                putIo(inputDecls, d);
            }
            case OUTPUT -> {
                outputs = Math.max(outputs, end);
                check(outputs <= MAX_IO, "too many outputs");
                putIo(outputDecls, d);
            }
            case SYSTEM_VALUE -> {
                sysvals = Math.max(sysvals, end);
                check(sysvals <= MAX_IO, "too many system values");
                for (int i = d.first(); i <= d.last(); i++) {
                    sysvalDecls.put(i, d);
                }
            }
            case SAMPLER_VIEW -> {
                check(end <= MAX_SLOTS, "sampler view out of range");
                for (int i = d.first(); i <= d.last(); i++) {
                    samplerViews.put(i, d.samplerView());
                }
            }
            case IMAGE -> putSlots(images, d);
            case BUFFER -> putSlots(buffers, d);
            case MEMORY -> {
                putSlots(memories, d);
                sharedMemory = true;
            }
            case HW_ATOMIC -> {
                check(d.dimension() < MAX_SLOTS && end <= 1024, "atomic counter out of range");
                atomics.add(d);
            }
            case SAMPLER -> {
                check(end <= MAX_SLOTS, "sampler out of range");
                for (int i = d.first(); i <= d.last(); i++) {
                    samplerDecls.add(i);
                }
            }
            case IMMEDIATE, NULL, PREDICATE -> { }
        }
    }

    /** Several DCLs may cover channels of one register; they must agree on the semantic. */
    private static void putIo(Map<Integer, Declaration> map, Declaration d) throws ShaderTranslationException {
        for (int i = d.first(); i <= d.last(); i++) {
            Declaration old = map.get(i);
            if (old == null) {
                map.put(i, d);
                continue;
            }
            check(java.util.Objects.equals(Interfaces.semanticOf(old, i), Interfaces.semanticOf(d, i)),
                    d.file() + "[" + i + "] declared with two semantics");
            map.put(i, old.withUsageMask(old.usageMask() | d.usageMask()));
        }
    }

    private static void putSlots(Map<Integer, Declaration> map, Declaration d) throws ShaderTranslationException {
        check(d.last() < MAX_SLOTS, d.file() + " slot out of range");
        for (int i = d.first(); i <= d.last(); i++) {
            map.put(i, d);
        }
    }

    private void reference(RegisterRef r) throws ShaderTranslationException {
        int index = r.index();
        if (r.file() == RegisterFile.MEMORY) {
            sharedMemory = true;
        }
        if (r.isIndirect()) {
            return;
        }
        check(index >= 0, "negative register index");
        switch (r.file()) {
            case TEMPORARY -> temps = Math.max(temps, index + 1);
            case ADDRESS -> addrs = Math.max(addrs, index + 1);
            default -> { }
        }
    }

    private void samplerUse(Instruction inst) throws ShaderTranslationException {
        RegisterRef samp = inst.src().get(inst.src().size() - 1).register();
        if (samp.file() != RegisterFile.SAMPLER) {
            return;
        }
        TextureTarget t = inst.texture();
        if (samp.isIndirect()) {
            // A sampler array: every declared sampler may be the one used.
            for (int slot : samplerDecls) {
                samplerTargets.putIfAbsent(slot, t);
            }
            return;
        }
        check(samp.index() >= 0 && samp.index() < MAX_SLOTS, "sampler slot out of range");
        if (inst.opcode() == Opcode.TXQ || inst.opcode() == Opcode.TXQS) {
            // Size queries say nothing about shadow comparison; don't let them pick the type.
            samplerTargets.putIfAbsent(samp.index(), t);
            return;
        }
        TextureTarget previous = samplerTargets.get(samp.index());
        if (previous == null || previous.withoutShadow() == t.withoutShadow()) {
            samplerTargets.put(samp.index(), t);
        }
    }

    static void check(boolean ok, String message) throws ShaderTranslationException {
        if (!ok) {
            throw new ShaderTranslationException(message);
        }
    }
}

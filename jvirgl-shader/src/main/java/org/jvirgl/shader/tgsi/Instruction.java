package org.jvirgl.shader.tgsi;

import java.util.List;

/**
 * One TGSI instruction.
 *
 * @param texture          the texture target operand of TEX-like opcodes, else null
 * @param offsets          texel offsets (possibly empty)
 * @param memoryQualifiers {@link MemoryQualifier} bits of memory opcodes
 * @param memoryTarget     the resource target of a memory opcode, or null
 * @param memoryFormat     the image format name of a memory opcode ({@code PIPE_FORMAT_...}), or null
 * @param label            the branch target of flow-control opcodes, or -1
 */
public record Instruction(Opcode opcode, boolean saturate, boolean precise,
                          List<DstOperand> dst, List<SrcOperand> src,
                          TextureTarget texture, List<TexOffset> offsets,
                          int memoryQualifiers, TextureTarget memoryTarget, String memoryFormat,
                          int label) {
    public Instruction {
        if (opcode == null) {
            throw new IllegalArgumentException("instruction without opcode");
        }
        dst = List.copyOf(dst);
        src = List.copyOf(src);
        offsets = List.copyOf(offsets);
    }

    /** A plain instruction without texture, memory or label parts. */
    public static Instruction of(Opcode opcode, List<DstOperand> dst, List<SrcOperand> src) {
        return new Instruction(opcode, false, false, dst, src, null, List.of(), 0, null, null, -1);
    }
}

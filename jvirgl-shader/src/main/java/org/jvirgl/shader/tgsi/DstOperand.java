package org.jvirgl.shader.tgsi;

/** A destination operand: register and write mask (bit 0 = x ... bit 3 = w). */
public record DstOperand(RegisterRef register, int writeMask) {
    public static final int MASK_XYZW = 0xF;

    public DstOperand {
        if (register == null || writeMask <= 0 || writeMask > MASK_XYZW) {
            throw new IllegalArgumentException("bad destination operand");
        }
    }

    public boolean writes(int channel) {
        return (writeMask & (1 << channel)) != 0;
    }
}

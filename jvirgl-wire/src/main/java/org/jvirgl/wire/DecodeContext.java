package org.jvirgl.wire;

import java.lang.foreign.MemorySegment;

/**
 * The command being decoded: where it is, its header fields, and the refusal if one was
 * made. Shared by the decoder's parts so that every refusal names the same command.
 */
final class DecodeContext {
    private MemorySegment segment = MemorySegment.NULL;
    private long headerByteOffset;
    int dwordOffset;
    int opcode;
    int objectType;
    int length;
    Refusal refusal;

    void at(MemorySegment segment, int dwordOffset, int header) {
        this.segment = segment;
        this.dwordOffset = dwordOffset;
        this.headerByteOffset = 4L * dwordOffset;
        this.opcode = header & 0xff;
        this.objectType = (header >>> 8) & 0xff;
        this.length = header >>> 16;
        this.refusal = null;
    }

    MemorySegment segment() {
        return segment;
    }

    long headerByteOffset() {
        return headerByteOffset;
    }

    /** Byte offset of payload dword {@code index} (1 = first payload dword). */
    long byteOffsetOf(int index) {
        return headerByteOffset + 4L * index;
    }

    int dword(int index) {
        return segment.get(CommandView.LE_INT, headerByteOffset + 4L * index);
    }

    float floatAt(int index) {
        return Float.intBitsToFloat(dword(index));
    }

    /** Points {@code view} at the current command. */
    <V extends CommandView> V wrap(V view) {
        view.wrap(segment, headerByteOffset, length);
        return view;
    }

    String commandName() {
        String name = VirglCcmd.name(opcode);
        return opcode == VirglCcmd.CREATE_OBJECT ? name + "(" + VirglObjectType.name(objectType) + ")" : name;
    }

    /** Records a refusal of the current command and returns false (for {@code return refuse(...)}). */
    boolean refuse(String field, String detail) {
        return refuse(field, detail, ContextError.ILLEGAL_CMD_BUFFER);
    }

    boolean refuse(String field, String detail, ContextError error) {
        refusal = new Refusal(dwordOffset, opcode, commandName(), field, detail, error);
        return false;
    }

    boolean lengthIs(int expected) {
        return length == expected || refuse("length", "expected " + expected + " payload dwords, got " + length);
    }

    boolean lengthAtLeast(int minimum) {
        return length >= minimum || refuse("length", "expected at least " + minimum + " payload dwords, got " + length);
    }

    /** Checks that the stage in payload dword {@code index} is a wire shader stage. */
    boolean stageAt(int index) {
        int stage = dword(index);
        return stage >= 0 && stage < WireLimits.SHADER_STAGES
                || refuse("shader_type", "stage " + Integer.toUnsignedString(stage) + " is not 0..5");
    }

    /** Checks {@code start .. start+count-1} lies within {@code 0 .. max-1} (start unsigned). */
    boolean slotsWithin(String field, int start, int count, int max) {
        if (count > max) {
            return refuse("count", count + " " + field + " exceed the limit of " + max);
        }
        return Integer.compareUnsigned(start, max - count) <= 0
                || refuse("start_slot", "slots " + Integer.toUnsignedString(start) + "+" + count
                        + " exceed the " + max + " " + field);
    }
}

package org.jvirgl.wire.gallium;

/** Logic ops ({@code PIPE_LOGICOP_*}), in GL's order minus GL_CLEAR's base. */
public final class PipeLogicOp {
    public static final int CLEAR = 0;
    public static final int NOR = 1;
    public static final int AND_INVERTED = 2;
    public static final int COPY_INVERTED = 3;
    public static final int AND_REVERSE = 4;
    public static final int INVERT = 5;
    public static final int XOR = 6;
    public static final int NAND = 7;
    public static final int AND = 8;
    public static final int EQUIV = 9;
    public static final int NOOP = 10;
    public static final int OR_INVERTED = 11;
    public static final int COPY = 12;
    public static final int OR_REVERSE = 13;
    public static final int OR = 14;
    public static final int SET = 15;

    private static final String[] NAMES = {
        "CLEAR", "NOR", "AND_INVERTED", "COPY_INVERTED", "AND_REVERSE", "INVERT", "XOR", "NAND",
        "AND", "EQUIV", "NOOP", "OR_INVERTED", "COPY", "OR_REVERSE", "OR", "SET",
    };

    private PipeLogicOp() {
    }

    public static String name(int op) {
        return Names.of(NAMES, op);
    }
}

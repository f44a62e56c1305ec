package org.jvirgl.shader.glsl;

/** An indenting line writer for generated GLSL. */
final class GlslWriter {
    private static final int MAX_INDENT = 64;

    private final StringBuilder out = new StringBuilder(4096);
    private int indent;

    GlslWriter line(String text) {
        out.append("   ".repeat(Math.min(indent, MAX_INDENT))).append(text).append('\n');
        return this;
    }

    GlslWriter open(String text) {
        line(text);
        indent++;
        return this;
    }

    GlslWriter close(String text) {
        indent = Math.max(0, indent - 1);
        return line(text);
    }

    GlslWriter blank() {
        out.append('\n');
        return this;
    }

    void indent(int delta) {
        indent = Math.max(0, indent + delta);
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

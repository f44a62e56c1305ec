package org.jvirgl.virgl.format;

import org.lwjgl.opengl.GL11C;

/**
 * A per-channel source selection in Gallium's numbering ({@code PIPE_SWIZZLE_*}: RED 0 … ALPHA 3,
 * ZERO 4, ONE 5), used where a host format stands in for a guest format (A8 stored as R8 reads
 * as 000R, X formats read alpha as 1).
 */
public record Swizzle(int r, int g, int b, int a) {

    public static final int RED = 0;
    public static final int GREEN = 1;
    public static final int BLUE = 2;
    public static final int ALPHA = 3;
    public static final int ZERO = 4;
    public static final int ONE = 5;

    public static final Swizzle IDENTITY = new Swizzle(RED, GREEN, BLUE, ALPHA);
    /** X formats: alpha reads as one. */
    public static final Swizzle RGB1 = new Swizzle(RED, GREEN, BLUE, ONE);
    /** Luminance in red. */
    public static final Swizzle RRR1 = new Swizzle(RED, RED, RED, ONE);
    /** Alpha in red. */
    public static final Swizzle OOOR = new Swizzle(ZERO, ZERO, ZERO, RED);
    /** Luminance in red, alpha in green. */
    public static final Swizzle RRRG = new Swizzle(RED, RED, RED, GREEN);
    /** Intensity in red. */
    public static final Swizzle RRRR = new Swizzle(RED, RED, RED, RED);

    public Swizzle {
        check(r);
        check(g);
        check(b);
        check(a);
    }

    private static void check(int s) {
        if (s < RED || s > ONE) {
            throw new IllegalArgumentException("swizzle selector " + s);
        }
    }

    public boolean isIdentity() {
        return equals(IDENTITY);
    }

    public int get(int channel) {
        return switch (channel) {
            case 0 -> r;
            case 1 -> g;
            case 2 -> b;
            case 3 -> a;
            default -> throw new IndexOutOfBoundsException(channel);
        };
    }

    /**
     * Applies this format swizzle after a view swizzle: the view selects from what the guest
     * format exposes, this maps that onto host channels ({@code result[i] = this[view[i]]}).
     */
    public Swizzle compose(Swizzle view) {
        return new Swizzle(through(view.r), through(view.g), through(view.b), through(view.a));
    }

    private int through(int s) {
        return s <= ALPHA ? get(s) : s;
    }

    /** {@code {r, g, b, a}}: the selectors as an array. */
    public int[] selectors() {
        return new int[] {r, g, b, a};
    }

    /** The GL value for {@code GL_TEXTURE_SWIZZLE_*} of a selector. */
    public static int toGl(int selector) {
        return switch (selector) {
            case RED -> GL11C.GL_RED;
            case GREEN -> GL11C.GL_GREEN;
            case BLUE -> GL11C.GL_BLUE;
            case ALPHA -> GL11C.GL_ALPHA;
            case ZERO -> GL11C.GL_ZERO;
            default -> GL11C.GL_ONE;
        };
    }

    /** {@code {r, g, b, a}} as GL enums, for {@code GL_TEXTURE_SWIZZLE_RGBA}. */
    public int[] toGl() {
        return new int[] {toGl(r), toGl(g), toGl(b), toGl(a)};
    }
}

package org.jvirgl.wire.gallium;

/** Shared lookup for dense enum name tables. */
final class Names {
    private Names() {
    }

    static String of(String[] names, int value) {
        return value >= 0 && value < names.length && names[value] != null ? names[value] : "?" + value;
    }

    /** Names of the set bits of {@code mask} joined with '|', "0" when empty. */
    static String bits(String[] names, int mask) {
        if (mask == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < 32; bit++) {
            if ((mask & (1 << bit)) != 0) {
                if (!sb.isEmpty()) {
                    sb.append('|');
                }
                sb.append(bit < names.length && names[bit] != null ? names[bit] : "bit" + bit);
            }
        }
        return sb.toString();
    }
}

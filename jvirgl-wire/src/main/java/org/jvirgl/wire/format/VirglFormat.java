package org.jvirgl.wire.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code VIRGL_FORMAT_*} values (virglrenderer 0.10.4 {@code src/virgl_hw.h}) and their layout
 * facts. Numbering has holes (73, 78-81, 86, 259-261 ...); {@link #describe} returns empty for
 * them and for anything at or past {@link #MAX}.
 *
 * <p>The table is immutable and loaded once from the generated resource
 * {@code virgl_formats.txt}; see {@code scripts/generate_formats.py}.
 */
public final class VirglFormat {
    public static final int NONE = 0;
    public static final int B8G8R8A8_UNORM = 1;
    public static final int B8G8R8X8_UNORM = 2;
    public static final int A8R8G8B8_UNORM = 3;
    public static final int X8R8G8B8_UNORM = 4;
    public static final int B5G5R5A1_UNORM = 5;
    public static final int B4G4R4A4_UNORM = 6;
    public static final int B5G6R5_UNORM = 7;
    public static final int R10G10B10A2_UNORM = 8;
    public static final int L8_UNORM = 9;
    public static final int A8_UNORM = 10;
    public static final int L8A8_UNORM = 12;
    public static final int L16_UNORM = 13;
    public static final int Z16_UNORM = 16;
    public static final int Z32_UNORM = 17;
    public static final int Z32_FLOAT = 18;
    public static final int Z24_UNORM_S8_UINT = 19;
    public static final int S8_UINT_Z24_UNORM = 20;
    public static final int Z24X8_UNORM = 21;
    public static final int S8_UINT = 23;
    public static final int R32_FLOAT = 28;
    public static final int R32G32_FLOAT = 29;
    public static final int R32G32B32_FLOAT = 30;
    public static final int R32G32B32A32_FLOAT = 31;
    public static final int R16_UNORM = 48;
    public static final int R16G16B16A16_UNORM = 51;
    public static final int R8_UNORM = 64;
    public static final int R8G8_UNORM = 65;
    public static final int R8G8B8_UNORM = 66;
    public static final int R8G8B8A8_UNORM = 67;
    public static final int R8G8B8A8_SNORM = 77;
    public static final int R16_FLOAT = 91;
    public static final int R16G16_FLOAT = 92;
    public static final int R16G16B16_FLOAT = 93;
    public static final int R16G16B16A16_FLOAT = 94;
    public static final int B8G8R8A8_SRGB = 100;
    public static final int B8G8R8X8_SRGB = 101;
    public static final int R8G8B8A8_SRGB = 104;
    public static final int DXT1_RGB = 105;
    public static final int A8B8G8R8_UNORM = 121;
    public static final int R11G11B10_FLOAT = 124;
    public static final int R9G9B9E5_FLOAT = 125;
    public static final int Z32_FLOAT_S8X24_UINT = 126;
    public static final int R8G8B8X8_UNORM = 134;
    public static final int R10G10B10A2_UINT = 253;
    public static final int R8_UINT = 177;
    public static final int R8G8B8A8_UINT = 180;
    public static final int R32_UINT = 193;
    public static final int R32G32B32A32_UINT = 196;
    public static final int R32_SINT = 197;
    public static final int R32G32B32A32_SINT = 200;
    /** One past the largest value 0.10.4 defines ({@code VIRGL_FORMAT_MAX}). */
    public static final int MAX = 322;

    private static final FormatDesc[] TABLE = load();
    private static final Map<String, FormatDesc> BY_NAME = index(TABLE);

    private VirglFormat() {
    }

    /** The facts for {@code value}, or empty for holes and out-of-range values. */
    public static Optional<FormatDesc> describe(int value) {
        return Optional.ofNullable(lookup(value));
    }

    /** The facts for {@code value}, or null (allocation-free, for hot paths). */
    public static FormatDesc lookup(int value) {
        return value >= 0 && value < TABLE.length ? TABLE[value] : null;
    }

    /** Whether {@code value} names a format (NONE included). */
    public static boolean isValid(int value) {
        return lookup(value) != null;
    }

    /** The upstream name without the prefix, or {@code "?n"}. */
    public static String name(int value) {
        FormatDesc d = lookup(value);
        return d != null ? d.name() : "?" + value;
    }

    /** The format named {@code name} (without the {@code VIRGL_FORMAT_} prefix). */
    public static Optional<FormatDesc> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every defined format, in value order. */
    public static List<FormatDesc> all() {
        return Arrays.stream(TABLE).filter(d -> d != null).toList();
    }

    private static FormatDesc[] load() {
        FormatDesc[] table = new FormatDesc[MAX];
        try (InputStream in = VirglFormat.class.getResourceAsStream("virgl_formats.txt")) {
            if (in == null) {
                throw new IllegalStateException("virgl_formats.txt missing from the jvirgl-wire module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                FormatDesc d = parse(line);
                table[d.value()] = d;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static FormatDesc parse(String line) {
        String[] f = line.split(";", -1);
        List<String> channels = f[7].isEmpty() ? List.of() : List.of(f[7].split(","));
        return new FormatDesc(Integer.parseInt(f[0]), f[1], FormatLayout.parse(f[2]), Integer.parseInt(f[3]),
                Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], channels, f[8]);
    }

    private static Map<String, FormatDesc> index(FormatDesc[] table) {
        Map<String, FormatDesc> map = new HashMap<>();
        for (FormatDesc d : table) {
            if (d != null) {
                map.put(d.name(), d);
            }
        }
        return Map.copyOf(map);
    }
}

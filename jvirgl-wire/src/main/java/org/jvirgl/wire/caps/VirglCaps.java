package org.jvirgl.wire.caps;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jvirgl.wire.format.VirglFormat;

/**
 * A VirGL capability set under construction: a zero-filled {@code virgl_caps_v2} image (in its
 * longest, 1408-byte form) written field by field at the offsets of {@link CapsField}, and
 * cut to the size a guest asked for.
 *
 * <p>Zeros matter: the guest replaces its defaults with whatever is sent, so a field left 0
 * reads as "none" (no texture units, no vertex attributes ...) except the three max texture
 * sizes. Fill everything the host supports.
 *
 * <p>Mutable and not thread-safe; build once per renderer, then copy the bytes out.
 */
public final class VirglCaps {
    /** {@code sizeof(struct virgl_caps_v1)}: the VIRGL (capset 1) reply. */
    public static final int V1_SIZE = 308;
    /** {@code sizeof(struct virgl_caps_v2)} in virglrenderer 0.10.4 and Mesa 22.3. */
    public static final int V2_SIZE = 1376;
    /** The newer hosts' v2 size (adds TCS/TES output and storage-block limits). */
    public static final int V2_EXTENDED_SIZE = 1408;
    /** Bytes of the renderer string field, NUL included. */
    public static final int RENDERER_BYTES = 64;

    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final byte[] image = new byte[V2_EXTENDED_SIZE];
    private final MemorySegment data = MemorySegment.ofArray(image);

    /** Sets a scalar integer field (U32 or I32). */
    public VirglCaps set(CapsField field, int value) {
        return set(field, 0, value);
    }

    /** Sets element {@code index} of an integer field (per-stage arrays use wire stage order). */
    public VirglCaps set(CapsField field, int index, int value) {
        data.set(U32, elementOffset(field, index, false), value);
        return this;
    }

    public int get(CapsField field) {
        return get(field, 0);
    }

    public int get(CapsField field, int index) {
        return data.get(U32, elementOffset(field, index, false));
    }

    public VirglCaps setFloat(CapsField field, float value) {
        data.set(F32, elementOffset(field, 0, true), value);
        return this;
    }

    public float getFloat(CapsField field) {
        return data.get(F32, elementOffset(field, 0, true));
    }

    private static long elementOffset(CapsField field, int index, boolean wantFloat) {
        boolean isFloat = field.kind() == CapsField.Kind.F32;
        if (field.kind() == CapsField.Kind.CHAR || isFloat != wantFloat) {
            throw new IllegalArgumentException(field + " is a " + field.kind() + " field");
        }
        return field.offset() + 4L * java.util.Objects.checkIndex(index, field.count());
    }

    /** Sets {@code bset} flags. */
    public VirglCaps enable(BoolCap... caps) {
        for (BoolCap c : caps) {
            set(CapsField.BSET, get(CapsField.BSET) | c.mask());
        }
        return this;
    }

    public boolean has(BoolCap cap) {
        return (get(CapsField.BSET) & cap.mask()) != 0;
    }

    public VirglCaps enable(CapabilityBit... caps) {
        for (CapabilityBit c : caps) {
            set(CapsField.CAPABILITY_BITS, get(CapsField.CAPABILITY_BITS) | c.mask());
        }
        return this;
    }

    public boolean has(CapabilityBit cap) {
        return (get(CapsField.CAPABILITY_BITS) & cap.mask()) != 0;
    }

    public VirglCaps enable(CapabilityBitV2... caps) {
        for (CapabilityBitV2 c : caps) {
            set(CapsField.CAPABILITY_BITS_V2, get(CapsField.CAPABILITY_BITS_V2) | c.mask());
        }
        return this;
    }

    public boolean has(CapabilityBitV2 cap) {
        return (get(CapsField.CAPABILITY_BITS_V2) & cap.mask()) != 0;
    }

    /**
     * Marks {@code format} supported in a format mask field (bit {@code f % 32} of word
     * {@code f / 32}).
     */
    public VirglFormatMaskWriter formats(CapsField maskField) {
        if (maskField.count() != 16 || maskField.kind() != CapsField.Kind.U32 || maskField == CapsField.VIDEO_CAPS) {
            throw new IllegalArgumentException(maskField + " is not a format mask");
        }
        return new VirglFormatMaskWriter(maskField);
    }

    /** Adds formats to one of the format masks. */
    public final class VirglFormatMaskWriter {
        private final CapsField field;

        private VirglFormatMaskWriter(CapsField field) {
            this.field = field;
        }

        public VirglFormatMaskWriter add(int... formats) {
            for (int f : formats) {
                if (f < 0 || f >= VirglFormat.MAX) {
                    throw new IllegalArgumentException("format " + f + " is outside the VIRGL_FORMAT range");
                }
                set(field, f / 32, get(field, f / 32) | 1 << (f % 32));
            }
            return this;
        }

        public boolean contains(int format) {
            return format >= 0 && format < 16 * 32 && (get(field, format / 32) & 1 << (format % 32)) != 0;
        }
    }

    /** The host renderer name, cut to 63 bytes and NUL-terminated. */
    public VirglCaps renderer(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes.length, RENDERER_BYTES - 1);
        Arrays.fill(image, CapsField.RENDERER.offset(), CapsField.RENDERER.end(), (byte) 0);
        System.arraycopy(bytes, 0, image, CapsField.RENDERER.offset(), n);
        return this;
    }

    public String renderer() {
        int start = CapsField.RENDERER.offset();
        int end = start;
        while (end < CapsField.RENDERER.end() && image[end] != 0) {
            end++;
        }
        return new String(image, start, end - start, StandardCharsets.UTF_8);
    }

    /** The capset-1 reply: the v1 struct with {@code max_version} 1. */
    public byte[] v1() {
        return bytes(V1_SIZE, 1);
    }

    /** The capset-2 reply in 0.10.4's size, {@code max_version} 2. */
    public byte[] v2() {
        return bytes(V2_SIZE, 2);
    }

    /**
     * The image cut to {@code size} bytes (308, 1376 or 1408; guests read {@code min(sent,
     * known)}) with {@code max_version} set.
     */
    public byte[] bytes(int size, int maxVersion) {
        if (size != V1_SIZE && size != V2_SIZE && size != V2_EXTENDED_SIZE) {
            throw new IllegalArgumentException("caps size " + size + " is none of 308, 1376, 1408");
        }
        byte[] out = Arrays.copyOf(image, size);
        MemorySegment.ofArray(out).set(U32, CapsField.MAX_VERSION.offset(), maxVersion);
        return out;
    }

    /** Reads caps bytes (any of the sizes, or shorter) back into an editable image. */
    public static VirglCaps read(byte[] bytes) {
        VirglCaps caps = new VirglCaps();
        System.arraycopy(bytes, 0, caps.image, 0, Math.min(bytes.length, V2_EXTENDED_SIZE));
        return caps;
    }
}

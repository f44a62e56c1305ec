package org.jvirgl.virgl.exec;

import static org.lwjgl.opengl.GL45C.*;

import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.CopyTransfer3d;
import org.jvirgl.wire.InlineWrite;
import org.jvirgl.wire.Transfer3d;

/**
 * A small stand-in for the resource layer: real GL textures and buffers for a handful of
 * formats, so executor tests can render and read back without the backend glue.
 */
final class TestResources implements ExecResources {
    static final int B8G8R8A8 = 1;
    static final int B8G8R8X8 = 2;
    static final int Z24S8 = 20;
    static final int Z24X8 = 21;
    static final int R32_FLOAT = 28;
    static final int R32G32B32A32_FLOAT = 31;
    static final int R8 = 64;
    static final int R8G8B8A8 = 67;
    static final int R8G8B8A8_SRGB = 104;
    static final int R32G32B32A32_UINT = 196;
    static final int R32_UINT = 193;
    static final int RGTC1_UNORM = 113;
    static final int Z32F_S8X24 = 126;
    static final int A8_UNORM = 10;
    static final int Z16 = 16;
    static final int Z32F = 18;

    private final Map<Integer, Res> resources = new HashMap<>();
    /** Guest backings by handle (only the resources a test gave one). */
    private final Map<Integer, MemorySegment> backings = new HashMap<>();
    int hostResultWrites;

    record Res(int handle, int pipeTarget, int format, int width, int height, int depth, int arraySize,
               int lastLevel, int samples, int glBuffer, int glTexture, int glTarget, boolean y0Top)
            implements ExecResource {
    }

    /** A 2D texture flagged VIRGL_RESOURCE_Y_0_TOP (rows stored top-down, as virtio-gpu scanouts). */
    Res texture2dY0Top(int handle, int format, int width, int height) {
        Res r = texture2d(handle, format, width, height);
        Res flipped = new Res(r.handle(), r.pipeTarget(), r.format(), r.width(), r.height(), r.depth(), r.arraySize(),
            r.lastLevel(), r.samples(), r.glBuffer(), r.glTexture(), r.glTarget(), true);
        resources.put(handle, flipped);
        return flipped;
    }

    /** Fills rows {@code y .. y+height-1} (GL orientation) of level 0, layer {@code layer} with 0xAABBGGRR. */
    void fill(int handle, int layer, int y, int height, int rgba) {
        Res r = resources.get(handle);
        glClearTexSubImage(r.glTexture(), 0, 0, y, layer, r.width(), height, 1, GL_RGBA, GL_UNSIGNED_BYTE,
            new int[] {rgba});
    }

    /** Reads one RGBA8 texel of level 0 in layer {@code layer} as 0xAABBGGRR. */
    int texel(int handle, int x, int y, int layer) {
        int[] px = new int[1];
        glGetTextureSubImage(resources.get(handle).glTexture(), 0, x, y, layer, 1, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE,
            px);
        return px[0];
    }

    Res texture2d(int handle, int format, int width, int height) {
        return texture(handle, 2, format, width, height, 1, 1, 0);
    }

    Res texture(int handle, int pipeTarget, int format, int width, int height, int depth, int arraySize,
                int lastLevel) {
        int glTarget = switch (pipeTarget) {
            case 1 -> GL_TEXTURE_1D;
            case 3 -> GL_TEXTURE_3D;
            case 4 -> GL_TEXTURE_CUBE_MAP;
            case 7 -> GL_TEXTURE_2D_ARRAY;
            default -> GL_TEXTURE_2D;
        };
        int tex = glCreateTextures(glTarget);
        int internal = format(format).glInternalFormat();
        switch (glTarget) {
            case GL_TEXTURE_1D -> glTextureStorage1D(tex, lastLevel + 1, internal, width);
            case GL_TEXTURE_3D -> glTextureStorage3D(tex, lastLevel + 1, internal, width, height, depth);
            case GL_TEXTURE_2D_ARRAY -> glTextureStorage3D(tex, lastLevel + 1, internal, width, height, arraySize);
            default -> glTextureStorage2D(tex, lastLevel + 1, internal, width, height);
        }
        Res r = new Res(handle, pipeTarget, format, width, height, depth, arraySize, lastLevel, 0, 0, tex, glTarget,
            false);
        resources.put(handle, r);
        return r;
    }

    Res buffer(int handle, int bytes) {
        int buf = glCreateBuffers();
        glNamedBufferStorage(buf, bytes, GL_DYNAMIC_STORAGE_BIT);
        Res r = new Res(handle, 0, R8, bytes, 1, 1, 1, 0, 0, buf, 0, 0, false);
        resources.put(handle, r);
        return r;
    }

    /** Fills every 4×4 block of level 0 of a compressed 2D texture with {@code block}. */
    void uploadBlocks(int handle, byte[] block) {
        Res r = resources.get(handle);
        int blocks = (r.width() + 3) / 4 * ((r.height() + 3) / 4);
        java.nio.ByteBuffer data = org.lwjgl.system.MemoryUtil.memAlloc(blocks * block.length);
        try {
            for (int i = 0; i < blocks; i++) {
                data.put(block);
            }
            data.flip();
            glCompressedTextureSubImage2D(r.glTexture(), 0, 0, 0, r.width(), r.height(),
                format(r.format()).glInternalFormat(), data);
        } finally {
            org.lwjgl.system.MemoryUtil.memFree(data);
        }
    }

    void upload(int handle, float... values) {
        glNamedBufferSubData(resources.get(handle).glBuffer(), 0, values);
    }

    void upload(int handle, int... values) {
        glNamedBufferSubData(resources.get(handle).glBuffer(), 0, values);
    }

    void upload(int handle, double... values) {
        glNamedBufferSubData(resources.get(handle).glBuffer(), 0, values);
    }

    void uploadShorts(int handle, short... values) {
        glNamedBufferSubData(resources.get(handle).glBuffer(), 0, values);
    }

    /** Reads one RGBA8 texel of level 0 (x, y in GL orientation) as 0xAABBGGRR. */
    int texel(int handle, int x, int y) {
        int[] px = new int[1];
        glGetTextureSubImage(resources.get(handle).glTexture(), 0, x, y, 0, 1, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, px);
        return px[0];
    }

    float[] texelFloat(int handle, int x, int y) {
        float[] px = new float[4];
        glGetTextureSubImage(resources.get(handle).glTexture(), 0, x, y, 0, 1, 1, 1, GL_RGBA, GL_FLOAT, px);
        return px;
    }

    int[] bufferInts(int handle, int count) {
        int[] out = new int[count];
        glGetNamedBufferSubData(resources.get(handle).glBuffer(), 0, out);
        return out;
    }

    @Override
    public ExecResource lookup(int handle) {
        return resources.get(handle);
    }

    @Override
    public ExecFormat format(int virglFormat) {
        return switch (virglFormat) {
            case B8G8R8A8, B8G8R8X8, R8G8B8A8 -> new ExecFormat(GL_RGBA8, 4, null, GL_RGBA, GL_UNSIGNED_BYTE);
            case R8G8B8A8_SRGB -> new ExecFormat(GL_SRGB8_ALPHA8, 4, null);
            case R8 -> new ExecFormat(GL_R8, 1, null);
            case R32_FLOAT -> new ExecFormat(GL_R32F, 4, null);
            case R32_UINT -> new ExecFormat(GL_R32UI, 4, null);
            case R32G32B32A32_FLOAT -> new ExecFormat(GL_RGBA32F, 16, null);
            case R32G32B32A32_UINT -> new ExecFormat(GL_RGBA32UI, 16, null);
            case Z24S8 -> new ExecFormat(GL_DEPTH24_STENCIL8, 4, null);
            case Z24X8 -> new ExecFormat(GL_DEPTH_COMPONENT24, 4, null, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT);
            case A8_UNORM -> new ExecFormat(GL_R8, 1, new int[] {4, 4, 4, 0}, GL_RED, GL_UNSIGNED_BYTE);
            case Z32F_S8X24 -> new ExecFormat(GL_DEPTH32F_STENCIL8, 8, null);
            case Z16 -> new ExecFormat(GL_DEPTH_COMPONENT16, 2, null);
            case Z32F -> new ExecFormat(GL_DEPTH_COMPONENT32F, 4, null);
            case RGTC1_UNORM -> new ExecFormat(GL_COMPRESSED_RED_RGTC1, 8, null);
            default -> new ExecFormat(0, 0, null);
        };
    }

    @Override
    public String transfer3d(Transfer3d transfer) {
        return "no guest backing in tests";
    }

    @Override
    public String copyTransfer3d(CopyTransfer3d copy) {
        return "no guest backing in tests";
    }

    @Override
    public String inlineWrite(InlineWrite write) {
        Res r = resources.get(write.resource());
        if (r == null) {
            return "unknown resource " + write.resource();
        }
        int[] data = write.data().toArray();
        if (r.glBuffer() != 0) {
            glNamedBufferSubData(r.glBuffer(), write.x(), data);
        } else {
            glTextureSubImage2D(r.glTexture(), write.level(), write.x(), write.y(), write.width(), write.height(),
                GL_RGBA, GL_UNSIGNED_BYTE, data);
        }
        return null;
    }

    @Override
    public String writeHostResult(int handle, long offset, MemorySegment bytes) {
        Res r = resources.get(handle);
        if (r == null || r.glBuffer() == 0) {
            return "not a buffer: " + handle;
        }
        hostResultWrites++;
        nglNamedBufferSubData(r.glBuffer(), offset, bytes.byteSize(), bytes.address());
        return null;
    }

    /** Gives resource {@code handle} a guest backing of {@code bytes} bytes, filled with 0xff. */
    MemorySegment backing(int handle, int bytes) {
        MemorySegment m = java.lang.foreign.Arena.ofAuto().allocate(bytes, 8);
        m.fill((byte) 0xff);
        backings.put(handle, m);
        return m;
    }

    @Override
    public String writeGuestBacking(int handle, MemorySegment bytes) {
        MemorySegment m = resources.containsKey(handle) ? backings.get(handle) : null;
        if (m == null || m.byteSize() < bytes.byteSize()) {
            return "no guest backing large enough for " + handle;
        }
        MemorySegment.copy(bytes, 0, m, 0, bytes.byteSize());
        return null;
    }

    /** Deletes a resource's storage through the share group's names, as the backend's resources do. */
    void destroy(int handle, GlNames names) {
        Res r = resources.remove(handle);
        if (r.glBuffer() != 0) {
            names.deleteBuffer(r.glBuffer());
        } else {
            names.deleteTexture(r.glTexture());
        }
    }

    void releaseAll() {
        for (Res r : resources.values()) {
            if (r.glBuffer() != 0) {
                glDeleteBuffers(r.glBuffer());
            } else {
                glDeleteTextures(r.glTexture());
            }
        }
        resources.clear();
    }
}

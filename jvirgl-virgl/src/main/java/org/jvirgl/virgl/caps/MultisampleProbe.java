package org.jvirgl.virgl.caps;

import static org.lwjgl.opengl.GL46C.*;

import org.lwjgl.system.MemoryStack;

/**
 * The two framebuffer probes vrend runs while filling caps: which sample counts really work
 * (and where their samples sit, packed as 4-bit x/y pairs the guest uses for
 * {@code get_sample_position}), and whether colour attachments of different formats may be
 * mixed in one framebuffer. Runs on the current context.
 */
final class MultisampleProbe {

    /** Sample counts probed and where each count's positions start in {@code sample_locations}. */
    private static final int[] COUNTS = {2, 4, 8, 16};
    private static final int[] SLOT = {0, 1, 2, 4};

    record Result(int maxSamples, int[] sampleLocations) {
    }

    private MultisampleProbe() {
    }

    static Result run(int maxSamples) {
        int[] locations = new int[8];
        int confirmed = 1;
        int lowestWorking = -1;
        drainErrors();
        int fbo = glGenFramebuffers();
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var pos = stack.mallocFloat(2);
            for (int i = COUNTS.length - 1; i >= 0; i--) {
                int samples = COUNTS[i];
                if (samples > maxSamples) {
                    continue;
                }
                int tex = glGenTextures();
                glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, tex);
                glTexStorage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, samples, GL_RGBA32F, 64, 64, true);
                if (glGetError() == GL_NO_ERROR) {
                    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
                    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D_MULTISAMPLE, tex, 0);
                    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE) {
                        confirmed = Math.max(confirmed, samples);
                        for (int k = 0; k < samples; k++) {
                            glGetMultisamplefv(GL_SAMPLE_POSITION, k, pos);
                            int packed = ((int) Math.floor(pos.get(0) * 16f) & 0xf) << 4
                                    | ((int) Math.floor(pos.get(1) * 16f) & 0xf);
                            locations[SLOT[i] + (k >> 2)] |= packed << (8 * (k & 3));
                        }
                        lowestWorking = i;
                    } else if (lowestWorking > 0) {
                        // A count the FBO refuses borrows the positions of the next larger one.
                        for (int k = 0; k < samples; k++) {
                            locations[SLOT[i] + (k >> 2)] = locations[SLOT[lowestWorking] + (k >> 2)];
                        }
                    }
                    glBindFramebuffer(GL_FRAMEBUFFER, 0);
                }
                glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
                glDeleteTextures(tex);
            }
        } finally {
            glDeleteFramebuffers(fbo);
            drainErrors();
        }
        return new Result(confirmed, locations);
    }

    static boolean mixedColorAttachmentsWork() {
        int fbo = glGenFramebuffers();
        int[] tex = new int[2];
        glGenTextures(tex);
        glBindTexture(GL_TEXTURE_2D, tex[0]);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 32, 32, 0, GL_RGBA, GL_UNSIGNED_BYTE, 0L);
        glBindTexture(GL_TEXTURE_2D, tex[1]);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RED, 32, 32, 0, GL_RED, GL_UNSIGNED_BYTE, 0L);
        glBindTexture(GL_TEXTURE_2D, 0);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex[0], 0);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_TEXTURE_2D, tex[1], 0);
        boolean ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDeleteFramebuffers(fbo);
        glDeleteTextures(tex);
        drainErrors();
        return ok;
    }

    private static void drainErrors() {
        for (int i = 0; i < 64 && glGetError() != GL_NO_ERROR; i++) {
            // probes provoke errors on purpose
        }
    }
}

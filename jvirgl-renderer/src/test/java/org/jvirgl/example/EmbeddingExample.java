package org.jvirgl.example;

import java.util.EnumSet;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;

/**
 * The README's embedding example: what an emulator's virtio-gpu device does with jvirgl.
 * Kept in the test tree so it always compiles against the current API.
 */
final class EmbeddingExample {

    /** The emulator's device state; passed back to every callback as the cookie. */
    record GpuDevice(String name) {
    }

    static VirglRenderer startRenderer(GpuDevice device) {
        RendererCallbacks callbacks = new RendererCallbacks() {
            @Override
            public void writeFence(Object cookie, int fenceId) {
                // complete the virtqueue requests whose fence id is <= fenceId
            }

            @Override
            public void writeContextFence(Object cookie, int ctxId, int ringIdx, long fenceId) {
                // complete requests on timeline (ctxId, ringIdx) up to fenceId
            }
        };
        VirglRenderer renderer = VirglRenderer.builder()
                .cookie(device)
                .flags(EnumSet.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS, RendererFlag.THREAD_SYNC))
                .callbacks(callbacks)
                .log((priority, message, userData) -> {
                    if (priority.compareTo(LogPriority.WARNING) >= 0) {
                        System.err.println("virgl: " + message);
                    }
                }, null, null)
                .build();

        // VIRTIO_GPU_CMD_GET_CAPSET_INFO / GET_CAPSET
        CapsetInfo info = renderer.getCapSet(Capset.VIRGL2);
        byte[] caps = renderer.fillCaps(Capset.VIRGL2, info.maxVersion());
        assert caps.length == info.maxSize();

        // With THREAD_SYNC the poll fd tells the device loop when to call poll();
        // without it (pollFd() == -1) the device calls poll() from a timer.
        int fd = renderer.pollFd();
        if (fd < 0) {
            renderer.poll();
        }
        return renderer;
    }

    private EmbeddingExample() {
    }
}

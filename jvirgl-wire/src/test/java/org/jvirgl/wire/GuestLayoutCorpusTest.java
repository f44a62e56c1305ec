package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jvirgl.wire.format.FormatDesc;
import org.jvirgl.wire.format.GuestLayout;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.Test;

/**
 * Mesa sends, with each vtest RESOURCE_CREATE2, the size of the guest backing it computed with
 * its own layout code: {@link GuestLayout} and the format table must agree with it for every
 * resource of the captured corpus (buffers, 2D, 3D, cubes, cube arrays, mip chains, DXT and
 * depth-stencil formats).
 */
class GuestLayoutCorpusTest {

    @Test
    void guestLayoutSizesEqualWhatMesaAllocatedForEveryCapturedResource() {
        int checked = 0;
        for (String name : List.of("glsl110-sign", "tess-barrier", "compute-atomic", "ubo-std140", "gs-clipdist",
                "fbo-blit", "clear-texture", "copy-image", "draw-indirect", "occlusion2", "qbo", "ssbo",
                "texview-layers", "xfb-interleaved", "genmipmap", "image-basic", "cubemap", "tex3d", "s3tc-teximage",
                "cube-array", "ds-miplevels")) {
            for (int[] c : VtestCapture.resourceCreates(VtestCapture.load(name + ".vtest.gz"))) {
                FormatDesc format = VirglFormat.lookup(c[2]);
                assertThat(format).as("format %d", c[2]).isNotNull();
                long size = GuestLayout.compute(format, c[1], c[4], c[5], c[6], c[7], c[8], c[9]).orElseThrow()
                        .totalSize();
                assertThat(size).as("%s resource %d: %s target %d %dx%dx%d layers %d levels %d", name, c[0],
                        format.name(), c[1], c[4], c[5], c[6], c[7], c[8] + 1).isEqualTo(Integer.toUnsignedLong(c[10]));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}

package org.jvirgl.virgl.blit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.state.PipeBox;

class BlitGeometryTest {

    @Test
    void aNormalResourceKeepsItsBox() {
        PipeBox box = new PipeBox(1, 2, 0, 3, 4, 1);
        assertThat(BlitGeometry.inGlRows(box, false, 16)).isSameAs(box);
    }

    @Test
    void aY0TopBoxIsTurnedUpsideDownWithinItsLevel() {
        PipeBox gl = BlitGeometry.inGlRows(new PipeBox(1, 2, 0, 3, 4, 1), true, 16);
        assertThat(gl.y()).isEqualTo(14);
        assertThat(gl.y() + gl.height()).isEqualTo(10);
        assertThat(gl.x()).isEqualTo(1);
        assertThat(gl.width()).isEqualTo(3);
    }

    @Test
    void equalDepthsPairLayersOneToOne() {
        PipeBox src = new PipeBox(0, 0, 2, 1, 1, 3);
        PipeBox dst = new PipeBox(0, 0, 5, 1, 1, 3);
        assertThat(BlitGeometry.layers(dst)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(BlitGeometry.srcLayer(src, dst, i)).isEqualTo(2 + i);
            assertThat(BlitGeometry.dstLayer(dst, i)).isEqualTo(5 + i);
        }
    }

    @Test
    void aNegativeSourceDepthWalksDownFromTheLayerBelowItsStart() {
        PipeBox src = new PipeBox(0, 0, 4, 1, 1, -4);
        PipeBox dst = new PipeBox(0, 0, 0, 1, 1, 4);
        assertThat(BlitGeometry.srcLayer(src, dst, 0)).isEqualTo(3);
        assertThat(BlitGeometry.srcLayer(src, dst, 3)).isZero();
    }

    @Test
    void aNegativeDestinationDepthWritesDownFromTheLayerBelowItsStart() {
        PipeBox dst = new PipeBox(0, 0, 4, 1, 1, -2);
        assertThat(BlitGeometry.layers(dst)).isEqualTo(2);
        assertThat(BlitGeometry.dstLayer(dst, 0)).isEqualTo(3);
        assertThat(BlitGeometry.dstLayer(dst, 1)).isEqualTo(2);
    }

    @Test
    void aDeeperSourceIsSampledAtTheCentreOfEachDestinationLayer() {
        PipeBox src = new PipeBox(0, 0, 0, 1, 1, 4);
        PipeBox dst = new PipeBox(0, 0, 0, 1, 1, 2);
        assertThat(BlitGeometry.srcLayer(src, dst, 0)).isEqualTo(1);
        assertThat(BlitGeometry.srcLayer(src, dst, 1)).isEqualTo(3);
    }
}

package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_1D;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_1D_ARRAY;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_2D;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_2D_ARRAY;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_3D;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_BUFFER;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_CUBE;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_CUBE_ARRAY;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_RECT;
import static org.jvirgl.core.ResourceRules.BIND_CONSTANT_BUFFER;
import static org.jvirgl.core.ResourceRules.BIND_CURSOR;
import static org.jvirgl.core.ResourceRules.BIND_CUSTOM;
import static org.jvirgl.core.ResourceRules.BIND_INDEX_BUFFER;
import static org.jvirgl.core.ResourceRules.BIND_SAMPLER_VIEW;
import static org.jvirgl.core.ResourceRules.BIND_STREAM_OUTPUT;
import static org.jvirgl.core.ResourceRules.BIND_VERTEX_BUFFER;

import java.util.List;
import java.util.stream.Stream;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case table of upstream's tests/test_virgl_resource.c (resource shapes that creation
 * must accept or refuse, with the exact return code), plus handle and private-data rules.
 */
class ResourceValidationTest {
    private static final int EINVAL = VirglException.EINVAL;
    private static final int R8 = TestBackend.FORMAT_R8_UNORM;
    private static final int BGRX = 2;
    private static final int SV = BIND_SAMPLER_VIEW;
    private static final int Y0TOP = ResourceCreateArgs.FLAG_Y_0_TOP;

    private static Arguments c(String name, int target, int format, int bind, int w, int h, int d, int array,
            int samples, int lastLevel, int flags, int expected) {
        return Arguments.argumentSet(name,
                new ResourceCreateArgs(1, target, format, bind, w, h, d, array, lastLevel, samples, flags), expected);
    }

    private static Arguments t(String name, int target, int format, int bind, int w, int h, int d, int array,
            int samples, int expected) {
        return c(name, target, format, bind, w, h, d, array, samples, 0, 0, expected);
    }

    private static Arguments mip(String name, int target, int format, int bind, int w, int h, int d, int array,
            int samples, int lastLevel, int expected) {
        return c(name, target, format, bind, w, h, d, array, samples, lastLevel, 0, expected);
    }

    private static Arguments f(String name, int target, int format, int bind, int w, int h, int d, int array,
            int samples, int flags, int expected) {
        return c(name, target, format, bind, w, h, d, array, samples, 0, flags, expected);
    }

    static Stream<Arguments> upstreamCases() {
        return Stream.of(
                t("0 illegal target", 10, R8, 0, 50, 1, 1, 1, 0, EINVAL),
                t("1 illegal format", TARGET_BUFFER, 482, 0, 50, 1, 1, 1, 0, EINVAL),
                f("2 Y_0_TOP on 2D", TARGET_2D, BGRX, SV, 50, 1, 1, 1, 0, Y0TOP, 0),
                f("3 Y_0_TOP on RECT", TARGET_RECT, BGRX, SV, 50, 1, 1, 1, 0, Y0TOP, 0),
                f("4 unknown flags", TARGET_2D, BGRX, SV, 50, 1, 1, 1, 0, 0xF, EINVAL),
                f("5 Y_0_TOP on 1D", TARGET_1D, BGRX, SV, 50, 1, 1, 1, 0, Y0TOP, EINVAL),
                f("6 Y_0_TOP on 3D", TARGET_3D, BGRX, SV, 50, 1, 1, 1, 0, Y0TOP, EINVAL),
                t("7 buffer", TARGET_BUFFER, R8, 0, 50, 1, 1, 1, 0, 0),
                t("8 buffer with height", TARGET_BUFFER, R8, 0, 50, 50, 1, 1, 0, EINVAL),
                t("9 buffer with depth", TARGET_BUFFER, R8, 0, 50, 1, 5, 1, 0, EINVAL),
                t("10 buffer with array", TARGET_BUFFER, R8, 0, 50, 1, 1, 4, 0, EINVAL),
                t("11 buffer with samples", TARGET_BUFFER, R8, 0, 50, 1, 1, 1, 4, EINVAL),
                mip("12 buffer with mipmaps", TARGET_BUFFER, R8, 0, 50, 1, 1, 1, 1, 4, EINVAL),
                t("13 buffer sampler view", TARGET_BUFFER, R8, SV, 50, 1, 1, 1, 0, 0),
                t("14 buffer custom bind", TARGET_BUFFER, R8, BIND_CUSTOM, 50, 1, 1, 1, 0, 0),
                t("15 buffer vertex bind", TARGET_BUFFER, R8, BIND_VERTEX_BUFFER, 50, 1, 1, 1, 0, 0),
                t("16 buffer index bind", TARGET_BUFFER, R8, BIND_INDEX_BUFFER, 50, 1, 1, 1, 0, 0),
                t("17 buffer constant bind", TARGET_BUFFER, R8, BIND_CONSTANT_BUFFER, 50, 1, 1, 1, 0, 0),
                t("18 buffer stream-out bind", TARGET_BUFFER, R8, BIND_STREAM_OUTPUT, 50, 1, 1, 1, 0, 0),
                t("19 1D with vertex bind", TARGET_1D, R8, BIND_VERTEX_BUFFER, 50, 1, 1, 1, 0, EINVAL),
                t("20 1D without bind", TARGET_1D, R8, 0, 50, 1, 1, 1, 0, EINVAL),
                t("21 1D", TARGET_1D, BGRX, SV, 50, 1, 1, 1, 0, 0),
                t("22 1D with height", TARGET_1D, BGRX, SV, 50, 50, 1, 1, 0, EINVAL),
                t("23 1D with depth", TARGET_1D, BGRX, SV, 50, 1, 5, 1, 0, EINVAL),
                t("24 1D with array", TARGET_1D, BGRX, SV, 50, 1, 1, 5, 0, EINVAL),
                t("25 1D with samples", TARGET_1D, BGRX, SV, 50, 1, 1, 1, 4, EINVAL),
                mip("26 1D with mipmaps", TARGET_1D, BGRX, SV, 50, 1, 1, 1, 0, 4, 0),
                t("27 1D array", TARGET_1D_ARRAY, BGRX, SV, 50, 1, 1, 1, 0, 0),
                t("28 1D array with height", TARGET_1D_ARRAY, BGRX, SV, 50, 50, 1, 1, 0, EINVAL),
                t("29 1D array with depth", TARGET_1D_ARRAY, BGRX, SV, 50, 1, 5, 1, 0, EINVAL),
                t("30 1D array with layers", TARGET_1D_ARRAY, BGRX, SV, 50, 1, 1, 5, 0, 0),
                t("31 1D array with samples", TARGET_1D_ARRAY, BGRX, SV, 50, 1, 1, 1, 4, EINVAL),
                mip("32 1D array with mipmaps", TARGET_1D_ARRAY, BGRX, SV, 50, 1, 1, 1, 0, 4, 0),
                t("33 2D", TARGET_2D, BGRX, SV, 50, 1, 1, 1, 0, 0),
                t("34 2D cursor", TARGET_2D, BGRX, BIND_CURSOR, 50, 50, 1, 1, 0, 0),
                t("35 2D with height", TARGET_2D, BGRX, SV, 50, 50, 1, 1, 0, 0),
                t("36 2D with depth", TARGET_2D, BGRX, SV, 50, 1, 5, 1, 0, EINVAL),
                t("37 2D with array", TARGET_2D, BGRX, SV, 50, 1, 1, 5, 0, EINVAL),
                t("38 2D with samples", TARGET_2D, BGRX, SV, 50, 1, 1, 1, 4, 0),
                mip("39 2D with mipmaps", TARGET_2D, BGRX, SV, 50, 1, 1, 1, 0, 4, 0),
                mip("40 2D with samples and mipmaps", TARGET_2D, BGRX, SV, 50, 1, 1, 1, 4, 4, EINVAL),
                t("41 RECT", TARGET_RECT, BGRX, SV, 50, 1, 1, 1, 0, 0),
                t("42 RECT with height", TARGET_RECT, BGRX, SV, 50, 50, 1, 1, 0, 0),
                t("43 RECT with depth", TARGET_RECT, BGRX, SV, 50, 1, 5, 1, 0, EINVAL),
                t("44 RECT with array", TARGET_RECT, BGRX, SV, 50, 1, 1, 5, 0, EINVAL),
                t("45 RECT with samples", TARGET_RECT, BGRX, SV, 50, 1, 1, 1, 4, EINVAL),
                mip("46 RECT with mipmaps", TARGET_RECT, BGRX, SV, 50, 1, 1, 1, 0, 4, EINVAL),
                t("47 2D array", TARGET_2D_ARRAY, BGRX, SV, 50, 1, 1, 1, 0, 0),
                t("48 2D array with height", TARGET_2D_ARRAY, BGRX, SV, 50, 50, 1, 1, 0, 0),
                t("49 2D array with depth", TARGET_2D_ARRAY, BGRX, SV, 50, 1, 5, 1, 0, EINVAL),
                t("50 2D array with layers", TARGET_2D_ARRAY, BGRX, SV, 50, 1, 1, 5, 0, 0),
                t("51 2D array with samples", TARGET_2D_ARRAY, BGRX, SV, 50, 1, 1, 1, 4, 0),
                mip("52 2D array with mipmaps", TARGET_2D_ARRAY, BGRX, SV, 50, 1, 1, 1, 0, 4, 0),
                mip("53 2D array with samples and mipmaps", TARGET_2D_ARRAY, BGRX, SV, 50, 1, 1, 1, 4, 4, EINVAL),
                t("54 3D", TARGET_3D, BGRX, SV, 50, 1, 1, 1, 0, 0),
                t("55 3D with height", TARGET_3D, BGRX, SV, 50, 50, 1, 1, 0, 0),
                t("56 3D with depth", TARGET_3D, BGRX, SV, 50, 1, 5, 1, 0, 0),
                t("57 3D with array", TARGET_3D, BGRX, SV, 50, 1, 1, 5, 0, EINVAL),
                t("58 3D with samples", TARGET_3D, BGRX, SV, 50, 1, 1, 1, 4, EINVAL),
                mip("59 3D with mipmaps", TARGET_3D, BGRX, SV, 50, 1, 1, 1, 0, 4, 0),
                t("60 cube of 6 faces", TARGET_CUBE, BGRX, SV, 50, 50, 1, 6, 0, 0),
                t("61 cube of 1 face", TARGET_CUBE, BGRX, SV, 50, 50, 1, 1, 0, EINVAL),
                t("62 cube with depth", TARGET_CUBE, BGRX, SV, 50, 50, 5, 6, 0, EINVAL),
                t("63 cube with samples", TARGET_CUBE, BGRX, SV, 50, 50, 1, 6, 4, EINVAL),
                t("64 cube not square", TARGET_CUBE, BGRX, SV, 50, 1, 1, 6, 0, EINVAL),
                mip("65 cube with mipmaps", TARGET_CUBE, BGRX, SV, 50, 50, 1, 6, 0, 4, 0),
                t("cube array 0: 6 layers", TARGET_CUBE_ARRAY, BGRX, SV, 50, 50, 1, 6, 0, 0),
                t("cube array 1: 12 layers", TARGET_CUBE_ARRAY, BGRX, SV, 50, 50, 1, 12, 0, 0),
                t("cube array 2: 10 layers", TARGET_CUBE_ARRAY, BGRX, SV, 50, 50, 1, 10, 0, EINVAL),
                t("cube array 3: 12 layers with height", TARGET_CUBE_ARRAY, BGRX, SV, 50, 50, 1, 12, 0, 0),
                t("cube array 4: with depth", TARGET_CUBE_ARRAY, BGRX, SV, 50, 50, 5, 12, 0, EINVAL),
                t("cube array 5: with samples", TARGET_CUBE_ARRAY, BGRX, SV, 50, 50, 1, 12, 4, EINVAL),
                mip("cube array 6: with mipmaps", TARGET_CUBE_ARRAY, BGRX, SV, 50, 50, 1, 12, 0, 4, 0));
    }

    @ParameterizedTest
    @MethodSource("upstreamCases")
    void resourceCreationAcceptsOrRefusesLikeUpstream(ResourceCreateArgs args, int expected) {
        try (Harness h = Harness.plain()) {
            assertThat(RendererInitTest.code(() -> h.renderer.createResource(args, List.of()))).isEqualTo(expected);
            if (expected == 0) {
                assertThat(h.backend.events).contains("res+1");
            } else {
                assertThat(h.backend.events).doesNotContain("res+1"); // refused before the backend saw it
            }
        }
    }

    @Test
    void handleZeroIsPositiveEinvalAndALiveDuplicateIsNegativeEinval() {
        try (Harness h = Harness.plain()) {
            ResourceCreateArgs zero = new ResourceCreateArgs(0, TARGET_BUFFER, R8, 0, 50, 1, 1, 1, 0, 0, 0);
            assertThat(RendererInitTest.code(() -> h.renderer.createResource(zero, List.of()))).isEqualTo(EINVAL);
            h.renderer.createResource(RendererInitTest.simple1d(3), List.of());
            assertThat(RendererInitTest.code(() -> h.renderer.createResource(RendererInitTest.simple1d(3), List.of())))
                    .isEqualTo(-EINVAL);
            h.renderer.unrefResource(3);
            h.renderer.createResource(RendererInitTest.simple1d(3), List.of()); // a freed handle may be reused
        }
    }

    @Test
    void privateDataIsKeptPerResource() {
        try (Harness h = Harness.plain()) {
            h.renderer.createResource(RendererInitTest.simple1d(1), List.of());
            Object data = new Object();
            h.renderer.setPrivate(1, data);
            assertThat(h.renderer.getPrivate(1)).isSameAs(data);
            h.renderer.setPrivate(2, data);
            assertThat(h.renderer.getPrivate(2)).isNull();
        }
    }

    @Test
    void aBackendRefusalKeepsItsCodeAndLeavesNoEntry() {
        try (Harness h = Harness.plain()) {
            ResourceCreateArgs huge = new ResourceCreateArgs(1, TARGET_2D, BGRX, SV, -1, -1, 1, 1, 0, 0, 0);
            // the shape rules pass (sizes are unsigned); the host limit is the backend's to refuse
            assertThat(ResourceRules.violation(huge)).isNull();
            assertThat(RendererInitTest.code(() -> h.renderer.createResource(huge, List.of()))).isEqualTo(EINVAL);
            assertThat(RendererInitTest.code(() -> h.renderer.getInfo(1))).isEqualTo(EINVAL);
            h.renderer.createResource(RendererInitTest.simple2d(1), List.of());
        }
    }
}

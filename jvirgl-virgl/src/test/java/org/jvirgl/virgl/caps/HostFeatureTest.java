package org.jvirgl.virgl.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.jvirgl.virgl.winsys.GlVersion;
import org.junit.jupiter.api.Test;

/** The two columns of the feature table, without a GL context. */
class HostFeatureTest {

    private static final GlVersion ES32 = new GlVersion(3, 2);
    private static final GlVersion ES31 = new GlVersion(3, 1);
    private static final GlVersion GL45 = new GlVersion(4, 5);

    /** GL_EXTENSIONS of Mesa 22.3 llvmpipe's ES 3.2 context on this host. */
    private static Set<String> llvmpipeEs() throws IOException {
        try (InputStream in = HostFeatureTest.class.getResourceAsStream("llvmpipe-es32-extensions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        }
    }

    @Test
    void llvmpipeEs32HasTheFeaturesItsExtensionsGive() throws IOException {
        Set<HostFeature> f = HostCapsProbe.features(ES32, true, llvmpipeEs());
        assertThat(f).contains(HostFeature.TEXTURE_BUFFER, HostFeature.TEXTURE_BUFFER_RANGE, HostFeature.TEXTURE_VIEW,
                HostFeature.CLIP_CONTROL, HostFeature.BASE_INSTANCE, HostFeature.COPY_IMAGE, HostFeature.CLEAR_TEXTURE,
                HostFeature.BUFFER_STORAGE, HostFeature.VIEWPORT_ARRAY, HostFeature.POLYGON_OFFSET_CLAMP,
                HostFeature.DEPTH_CLAMP, HostFeature.CONDITIONAL_RENDER, HostFeature.TIMER_QUERY,
                HostFeature.SRGB_WRITE_CONTROL, HostFeature.DUAL_SRC_BLEND, HostFeature.CULL_DISTANCE,
                HostFeature.TESSELLATION, HostFeature.GEOMETRY_SHADER, HostFeature.GPU_SHADER5,
                HostFeature.COMPUTE_SHADER, HostFeature.SSBO, HostFeature.IMAGES, HostFeature.INDEP_BLEND_FUNC,
                HostFeature.TEXTURE_NORM16, HostFeature.BGRA_TEXTURE, HostFeature.S3TC, HostFeature.S3TC_SRGB,
                HostFeature.ROBUST_BUFFER_ACCESS, HostFeature.SEAMLESS_CUBE_MAP, HostFeature.PRIMITIVE_RESTART);
    }

    @Test
    void featuresWithNoEsPathAreUnavailableOnEvenTheRichestEsHost() throws IOException {
        Set<HostFeature> f = HostCapsProbe.features(ES32, true, llvmpipeEs());
        assertThat(f).doesNotContain(HostFeature.QBO, HostFeature.POLYGON_MODE, HostFeature.LOGIC_OP,
                HostFeature.PROVOKING_VERTEX, HostFeature.TEXTURE_1D, HostFeature.TEXTURE_RECTANGLE,
                HostFeature.GET_TEX_IMAGE, HostFeature.GET_TEXTURE_SUB_IMAGE, HostFeature.DIRECT_STATE_ACCESS,
                HostFeature.TRANSFORM_FEEDBACK3, HostFeature.CONDITIONAL_RENDER_INVERTED, HostFeature.TXQS,
                HostFeature.DERIVATIVE_CONTROL, HostFeature.TEXTURE_BARRIER, HostFeature.INDIRECT_PARAMS,
                HostFeature.GPU_SHADER_FP64, HostFeature.VERTEX_TYPE_10F_11F_11F);
        // llvmpipe's ES context has no EXT_multi_draw_indirect.
        assertThat(f).doesNotContain(HostFeature.MULTI_DRAW_INDIRECT);
    }

    @Test
    void desktopExtensionNamesDoNotCountOnEs() {
        Set<String> desktopNames = Set.of("GL_ARB_query_buffer_object", "GL_ARB_texture_view",
                "GL_ARB_clip_control", "GL_ARB_direct_state_access", "GL_ARB_provoking_vertex");
        Set<HostFeature> f = HostCapsProbe.features(ES32, true, desktopNames);
        assertThat(f).doesNotContain(HostFeature.QBO, HostFeature.TEXTURE_VIEW, HostFeature.CLIP_CONTROL,
                HostFeature.DIRECT_STATE_ACCESS, HostFeature.PROVOKING_VERTEX);
    }

    @Test
    void esVersionsGiveTheirCoreFeatures() {
        Set<HostFeature> es31 = HostCapsProbe.features(ES31, true, Set.of());
        assertThat(es31).contains(HostFeature.COMPUTE_SHADER, HostFeature.SSBO, HostFeature.IMAGES,
                HostFeature.SEPARATE_SHADER_OBJECTS, HostFeature.STORAGE_MULTISAMPLE, HostFeature.INDIRECT_DRAW,
                HostFeature.UBO, HostFeature.TEXTURE_STORAGE, HostFeature.TRANSFORM_FEEDBACK2);
        assertThat(es31).doesNotContain(HostFeature.TESSELLATION, HostFeature.GEOMETRY_SHADER,
                HostFeature.COPY_IMAGE, HostFeature.TEXTURE_BUFFER, HostFeature.CUBE_MAP_ARRAY);
        Set<HostFeature> es32 = HostCapsProbe.features(ES32, true, Set.of());
        assertThat(es32).contains(HostFeature.TESSELLATION, HostFeature.GEOMETRY_SHADER, HostFeature.COPY_IMAGE,
                HostFeature.TEXTURE_BUFFER, HostFeature.CUBE_MAP_ARRAY, HostFeature.INDEP_BLEND_FUNC);
        assertThat(es32).doesNotContain(HostFeature.TEXTURE_VIEW, HostFeature.CLIP_CONTROL);
    }

    @Test
    void anEsVersionIsNotReadAsADesktopOne() {
        // ES 3.2 is not GL 3.2: no geometry-shader-era desktop features through the desktop column.
        assertThat(HostFeature.DEPTH_CLAMP.availableOn(ES32, true, Set.of())).isFalse();
        assertThat(HostFeature.DEPTH_CLAMP.availableOn(ES32, Set.of())).isTrue();
    }

    @Test
    void desktopHostsHaveTheDesktopOnlyFeatures() {
        Set<HostFeature> f = HostCapsProbe.features(GL45, false, Set.of());
        assertThat(f).contains(HostFeature.POLYGON_MODE, HostFeature.LOGIC_OP, HostFeature.PROVOKING_VERTEX,
                HostFeature.TEXTURE_1D, HostFeature.TEXTURE_RECTANGLE, HostFeature.GET_TEX_IMAGE,
                HostFeature.TEXTURE_NORM16, HostFeature.BGRA_TEXTURE, HostFeature.DIRECT_STATE_ACCESS);
        assertThat(f).containsAll(RequiredFeatures.floor());
    }

    @Test
    void theEsFloorLeavesOutWhatHostGlRoutes() throws IOException {
        assertThat(RequiredFeatures.floor(true)).doesNotContain(HostFeature.DIRECT_STATE_ACCESS,
                HostFeature.GET_TEXTURE_SUB_IMAGE, HostFeature.TRANSFORM_FEEDBACK3, HostFeature.MULTI_DRAW_INDIRECT);
        assertThat(RequiredFeatures.floor(true)).contains(HostFeature.TEXTURE_VIEW, HostFeature.BUFFER_STORAGE,
                HostFeature.VIEWPORT_ARRAY, HostFeature.BASE_INSTANCE);
        assertThat(HostCapsProbe.features(ES32, true, llvmpipeEs())).containsAll(RequiredFeatures.floor(true));
    }

    @Test
    void esGlslVersionStringsParse() {
        assertThat(HostCapsProbe.parseGlsl("OpenGL ES GLSL ES 3.20")).isEqualTo(320);
        assertThat(HostCapsProbe.parseGlsl("OpenGL ES GLSL ES 3.10 Mesa")).isEqualTo(310);
        assertThat(HostCapsProbe.parseGlsl("4.50")).isEqualTo(450);
    }
}

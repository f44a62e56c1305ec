#!/bin/bash
# Captures real Mesa (virpipe) VirGL command streams for jvirgl-wire's CapturedStreamTest.
#
# Each piglit test runs against the C reference server (virgl_test_server 0.10.4) started
# with VTEST_SAVE, which records every byte the client sends. Mesa 22.3 connects to the
# hard-coded /tmp/.virgl_test, so every capture runs in a private mount namespace with its own
# tmpfs on /tmp. Output: gzipped captures in src/test/resources/org/jvirgl/wire/corpus.
#
# usage: scripts/capture_corpus.sh            (from jvirgl-wire/)
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
out=$here/src/test/resources/org/jvirgl/wire/corpus
P=/usr/lib/x86_64-linux-gnu/piglit
T=$P/tests/spec
SR=$P/bin/shader_runner
mkdir -p "$out"

capture() {
    local name=$1; shift
    local raw; raw=$(mktemp --tmpdir="$here" capture.XXXXXX)
    unshare --mount --map-root-user bash -c '
        mount -t tmpfs tmpfs /tmp || exit 9
        save=$1; shift
        VTEST_SAVE=$save virgl_test_server --use-egl-surfaceless --no-loop-or-fork >/dev/null 2>&1 &
        server=$!
        for _ in $(seq 50); do [ -S /tmp/.virgl_test ] && break; sleep 0.1; done
        GALLIUM_DRIVER=virpipe PIGLIT_PLATFORM=surfaceless_egl timeout 60 "$@"
        status=$?
        wait $server
        exit $status' _ "$raw" "$@" | tail -1
    gzip -9 -c "$raw" > "$out/$name.vtest.gz"
    rm -f "$raw"
}

capture glsl110-sign    $SR $T/glsl-1.10/execution/fs-sign-neg.shader_test -auto -fbo
capture tess-barrier    $SR $T/arb_tessellation_shader/execution/barrier-patch.shader_test -auto -fbo
capture compute-atomic  $SR $T/arb_compute_shader/execution/atomic-counter.shader_test -auto -fbo
capture ubo-std140      $SR $T/arb_uniform_buffer_object/execution/fs-array-of-structs-std140-indirect.shader_test -auto -fbo
capture gs-clipdist     $SR $T/glsl-1.50/execution/geometry/clip-distance-bulk-copy.shader_test -auto -fbo
capture image-basic     $SR "$(ls $T/arb_shader_image_load_store/execution/*.shader_test | head -1)" -auto -fbo
capture fbo-blit        $P/bin/fbo-blit -auto -fbo
capture clear-texture   $P/bin/arb_clear_texture-simple -auto -fbo
capture copy-image      $P/bin/arb_copy_image-simple -auto -fbo
capture draw-indirect   $P/bin/arb_draw_indirect-draw-elements-prim-restart -auto -fbo
capture occlusion2      $P/bin/arb_occlusion_query2-render -auto -fbo
capture qbo             $P/bin/arb_query_buffer_object-qbo -auto -fbo
capture ssbo            $P/bin/arb_shader_storage_buffer_object-rendering -auto -fbo
capture texview-layers  $P/bin/arb_texture_view-rendering-layers -auto -fbo
capture xfb-interleaved $P/bin/ext_transform_feedback-interleaved -auto -fbo
capture genmipmap       $P/bin/fbo-generatemipmap -auto -fbo
capture cubemap         $P/bin/cubemap -auto -fbo
capture tex3d           $P/bin/tex3d -auto -fbo
capture s3tc-teximage   $P/bin/s3tc-teximage -auto -fbo
capture cube-array      $P/bin/arb_texture_cube_map_array-fbo-cubemap-array -auto -fbo
capture ds-miplevels    $P/bin/depthstencil-render-miplevels 146 s=z24_s8 -auto -fbo

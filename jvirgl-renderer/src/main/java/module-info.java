/**
 * The jvirgl renderer library: the public renderer API an emulator embeds, the core that owns
 * contexts, resources and fence timelines, and the SPI that capset backends (VirGL, later Venus
 * and DRM) implement. Backends are found with {@link java.util.ServiceLoader}.
 */
module org.jvirgl.renderer {
    exports org.jvirgl.api;
    exports org.jvirgl.spi;
    // Linux system calls (eventfd, memfd, mmap, poll) through FFM, shared with backends only.
    exports org.jvirgl.sys to org.jvirgl.virgl, org.jvirgl.vtest;

    uses org.jvirgl.spi.BackendProvider;
}

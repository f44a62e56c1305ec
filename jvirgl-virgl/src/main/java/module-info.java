/** The VirGL capset backend: runs the guest's Gallium-style command stream on host OpenGL. */
module org.jvirgl.virgl {
    requires org.jvirgl.renderer;
    requires org.jvirgl.shader;
    requires org.jvirgl.wire;
    requires org.lwjgl;
    requires org.lwjgl.egl;
    requires org.lwjgl.opengl;

    exports org.jvirgl.virgl;
    exports org.jvirgl.virgl.winsys;
    exports org.jvirgl.virgl.caps;
    exports org.jvirgl.virgl.format;
    exports org.jvirgl.virgl.gl;
    exports org.jvirgl.virgl.resource;

    provides org.jvirgl.spi.BackendProvider with org.jvirgl.virgl.VirglBackendProvider;
}

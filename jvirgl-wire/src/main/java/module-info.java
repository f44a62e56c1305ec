/** The VirGL command stream: opcodes, Gallium enums, formats, and a GL-free decoder. */
module org.jvirgl.wire {
    exports org.jvirgl.wire;
    exports org.jvirgl.wire.state;
    exports org.jvirgl.wire.gallium;
    exports org.jvirgl.wire.format;
    exports org.jvirgl.wire.encode;
    exports org.jvirgl.wire.print;
    exports org.jvirgl.wire.caps;
}

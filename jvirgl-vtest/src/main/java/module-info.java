/** {@code jvirgl vtest} (a drop-in virgl_test_server) and the jvirgl command line. */
module org.jvirgl.vtest {
    requires org.jvirgl.renderer;

    exports org.jvirgl.vtest;
    exports org.jvirgl.vtest.cli;
    exports org.jvirgl.vtest.server;
    exports org.jvirgl.vtest.session;
    exports org.jvirgl.vtest.protocol;
}

/** {@code jvirgl vtest} (a drop-in virgl_test_server) and the jvirgl command line. */
module org.jvirgl.vtest {
    requires org.jvirgl.renderer;
}

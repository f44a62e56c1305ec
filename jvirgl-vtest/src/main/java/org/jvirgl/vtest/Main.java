package org.jvirgl.vtest;

/** The {@code jvirgl} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("jvirgl 0.1.0-SNAPSHOT");
    }
}

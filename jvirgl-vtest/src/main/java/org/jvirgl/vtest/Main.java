package org.jvirgl.vtest;

import org.jvirgl.vtest.cli.JvirglCli;

/** The {@code jvirgl} command line: {@code jvirgl vtest [options]}, {@code --help}, {@code --version}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = new JvirglCli(System.out, System.err, System.getenv()).run(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}

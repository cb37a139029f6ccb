package org.symbiopark.cli;

import java.io.PrintStream;

/** Placeholder dispatcher; replaced below. */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        err.println("unknown command: " + args[0]);
        return 2;
    }
}

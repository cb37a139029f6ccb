package org.symbiopark.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of the command line ({@code java -jar symbiopark.jar NAME ARGS…}). A command
 * starts only what it needs: commands on the store open a Spring context without the web
 * server, computations on files (benchmarks) start none.
 *
 * <p>Exit codes: 0 done, 1 failed (one line on {@code err} says why), 2 wrong usage.
 */
public interface CliCommand {

    /** The word that selects the command. */
    String name();

    /** One line: the arguments and what the command does, e.g. {@code import FILE  imports a park}. */
    String usage();

    /** Runs the command with the arguments after its name; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}

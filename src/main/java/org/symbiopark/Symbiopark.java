package org.symbiopark;

import org.symbiopark.cli.Cli;

/**
 * The one entry point of the jar: no arguments (or only {@code --option}s) start the server;
 * a command name runs that command without the web server.
 */
public final class Symbiopark {

    private Symbiopark() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            SymbioparkApplication.startServer(args);
        } else {
            System.exit(new Cli(System.out, System.err).run(args));
        }
    }
}

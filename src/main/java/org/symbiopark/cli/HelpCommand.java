package org.symbiopark.cli;

import java.io.PrintStream;
import java.util.List;

/** Lists the commands with their usage. */
final class HelpCommand implements CliCommand {

    private final List<CliCommand> commands;

    /** @param commands every command of the dispatcher, this one included */
    HelpCommand(List<CliCommand> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "help                             this list";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println("usage: java -jar symbiopark.jar [COMMAND ARGS…]   (no command: start the server)");
        out.println("options --key=value set configuration, e.g. --symbiopark.geopackage-path=FILE or");
        out.println("--spring.datasource.url=jdbc:postgresql://HOST/DB; commands:");
        for (CliCommand command : commands) {
            out.println("  " + command.usage().replace("\n", "\n  "));
        }
        return 0;
    }
}

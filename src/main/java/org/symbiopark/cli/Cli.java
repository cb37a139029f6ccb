package org.symbiopark.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.symbiopark.geo.UnknownCrsException;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.store.DuplicateIdException;

/**
 * The command-line dispatcher: the first argument names a {@link CliCommand}, the rest are
 * its arguments. Failures print one line on {@code err}: exit code 1 for a failed command, 2 for
 * wrong usage. Commands that work on the store start a Spring context without the web server;
 * the dispatcher itself starts nothing, so commands on files alone stay fast.
 */
public final class Cli {

    private final PrintStream out;
    private final PrintStream err;
    private final List<CliCommand> commands;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, List.of(new ImportCommand(), new ExportCommand(), new ParksCommand(), new GenerateCommand(),
                new ExchangeCommand(), new SiteCommand(), new RouteCommand(), new BenchCommand(List.of(new BenchStoreCommand(),
                        new BenchQapCommand(), new BenchQapCpSatCommand(), new BenchSteinerCommand(), new BenchLcpCommand(),
                        new BenchSurfaceCommand(), new BenchExchangeCommand(), new BenchTilesCommand()))));
    }

    /** A dispatcher of the given commands, plus {@code help}. */
    public Cli(PrintStream out, PrintStream err, List<CliCommand> commands) {
        this.out = out;
        this.err = err;
        List<CliCommand> all = new ArrayList<>();
        all.add(new HelpCommand(all));
        all.addAll(commands);
        this.commands = List.copyOf(all);
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            return command("help").orElseThrow().run(List.of(), out, err);
        }
        Optional<CliCommand> command = command(args[0]);
        if (command.isEmpty()) {
            err.println("unknown command '" + args[0] + "'; 'help' lists the commands");
            return 2;
        }
        try {
            return command.get().run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println(args[0] + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println(args[0] + ": " + oneLine(e));
            return 1;
        }
    }

    private Optional<CliCommand> command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The most telling message of a failure, on one line: the park's own errors say what is
     * wrong with the input; for anything else (a context that failed to start) the root cause does.
     */
    static String oneLine(Throwable e) {
        Throwable telling = e;
        if (!(e instanceof InvalidParkException || e instanceof NotFoundException
                || e instanceof DuplicateIdException || e instanceof UnknownCrsException)) {
            while (telling.getCause() != null && telling.getCause() != telling) {
                telling = telling.getCause();
            }
        }
        String message = telling.getMessage() == null || telling.getMessage().isBlank()
                ? telling.getClass().getSimpleName() : telling.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}

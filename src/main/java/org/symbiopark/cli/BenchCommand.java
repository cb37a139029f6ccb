package org.symbiopark.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code bench NAME …}: the benchmarks. Each prints one JSON line per measured instance on
 * stdout and its progress on stderr; their figures go to docs/BENCHMARKS.md with the command.
 */
final class BenchCommand implements CliCommand {

    private final List<CliCommand> benchmarks;

    BenchCommand(List<CliCommand> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return benchmarks.stream().map(CliCommand::usage).collect(Collectors.joining("\n"));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw new UsageException("which benchmark? " + names());
        }
        CliCommand benchmark = benchmarks.stream().filter(b -> b.name().equals(args.get(0))).findFirst()
                .orElseThrow(() -> new UsageException("no benchmark '" + args.get(0) + "'; there are: " + names()));
        return benchmark.run(args.subList(1, args.size()), out, err);
    }

    private String names() {
        return benchmarks.stream().map(CliCommand::name).collect(Collectors.joining(", "));
    }
}

package org.symbiopark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.symbiopark.routing.MehlhornSteinerTree;
import org.symbiopark.routing.ReductionLocalSearchSteinerTree;
import org.symbiopark.routing.SearchBudget;
import org.symbiopark.routing.SteinLibInstance;
import org.symbiopark.routing.SteinLibReader;
import org.symbiopark.routing.SteinerProblem;
import org.symbiopark.routing.SteinerTree;
import org.symbiopark.routing.UnreachableTerminalException;

/**
 * {@code bench steiner FILE.stp}: solves one SteinLib instance with the strong solver and with
 * Mehlhorn's 2-approximation, prints one JSON line (cost, seconds of reading and solving, the
 * tree's edges in the file's node numbers, the file's optimum and the gaps to it); the solver's
 * stages go to stderr. The default budget is small so that the whole command, JVM start
 * included, stays within two seconds.
 */
final class BenchSteinerCommand implements CliCommand {

    private static final double DEFAULT_SECONDS = 1.0;

    @Override
    public String name() {
        return "steiner";
    }

    @Override
    public String usage() {
        return "bench steiner FILE.stp [--seconds S] [--seed N]   solve a SteinLib instance, one JSON line";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions options = BenchOptions.parse(args, List.of("seconds", "seed"), usage());
        if (options.positional().size() != 1) {
            throw new UsageException("expected one STP file; usage: " + usage());
        }
        double seconds = options.doubleValue("seconds", DEFAULT_SECONDS);
        long seed = options.longValue("seed", 1);
        long start = System.nanoTime();
        Path file = Path.of(options.positional().get(0));
        SteinLibInstance instance;
        try {
            instance = new SteinLibReader().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        SteinerProblem problem = instance.problem();
        SearchBudget budget = new SearchBudget(seconds, seed);
        SteinerTree tree;
        try {
            tree = new ReductionLocalSearchSteinerTree(message -> err.println(instance.name() + ": " + message))
                    .solve(problem, budget);
        } catch (UnreachableTerminalException e) {
            throw new UnreachableTerminalException(e.what(), "terminal " + SteinLibInstance.fileNode(e.node())
                    + " of " + file.getFileName() + " cannot be reached from the other terminals");
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        SteinerTree baseline = new MehlhornSteinerTree().solve(problem, budget);
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        StringBuilder json = new StringBuilder("{\"instance\":\"").append(stem.replace("\"", "")).append('"')
                .append(",\"cost\":").append(number(tree.cost()))
                .append(",\"seconds\":").append(String.format(Locale.ROOT, "%.3f", elapsed))
                .append(",\"proven\":").append(tree.proven());
        if (instance.optimal().isPresent()) {
            double optimal = instance.optimal().getAsDouble();
            json.append(",\"optimal\":").append(number(optimal))
                    .append(",\"gapPercent\":").append(gap(tree.cost(), optimal));
            json.append(",\"baselineCost\":").append(number(baseline.cost()))
                    .append(",\"baselineGapPercent\":").append(gap(baseline.cost(), optimal));
        } else {
            json.append(",\"baselineCost\":").append(number(baseline.cost()));
        }
        json.append(",\"edges\":[");
        int[] edges = tree.edges();
        for (int i = 0; i < edges.length; i++) {
            json.append(i == 0 ? "[" : ",[").append(SteinLibInstance.fileNode(problem.edgeU(edges[i]))).append(',')
                    .append(SteinLibInstance.fileNode(problem.edgeV(edges[i]))).append(']');
        }
        out.println(json.append("]}"));
        return 0;
    }

    private static String gap(double cost, double optimal) {
        return String.format(Locale.ROOT, "%.3f", optimal == 0 ? 0 : 100 * (cost - optimal) / optimal);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}

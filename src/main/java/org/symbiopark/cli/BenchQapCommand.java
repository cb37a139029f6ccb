package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.symbiopark.siting.HybridEvolutionarySearch;
import org.symbiopark.siting.IteratedTabuSearch;
import org.symbiopark.siting.QapInstance;
import org.symbiopark.siting.QaplibReader;
import org.symbiopark.siting.QaplibSolution;
import org.symbiopark.siting.SitingAlgorithm;
import org.symbiopark.siting.TabuSearchPortfolio;

/**
 * {@code bench qap FILE.dat}: solves a QAPLIB-format instance with the siting engine and prints
 * one JSON line (instance, n, objective, seconds to the best, total seconds, 1-based
 * permutation; the best-known value and the gap in percent if a sibling {@code .sln} exists).
 * {@code --iterations} gives a fixed budget of tabu moves per worker instead of a time limit,
 * with bit-identical results for the same seed and threads.
 */
final class BenchQapCommand implements CliCommand {

    private static final String USAGE = "bench qap FILE.dat [--seconds S] [--seed N] [--threads T] [--iterations I]"
            + " [--method its|hybrid|portfolio]   solve a QAPLIB instance with the siting engine";

    @Override
    public String name() {
        return "qap";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions options = BenchOptions.parse(args, Set.of("seconds", "seed", "threads", "iterations", "method"), USAGE);
        if (options.positional().size() != 1) {
            throw new UsageException("expected one FILE.dat; usage: " + USAGE);
        }
        Path file = Path.of(options.positional().get(0));
        double seconds = options.positiveDouble("seconds", 10);
        long seed = options.longValue("seed", 1, Long.MIN_VALUE);
        int threads = (int) options.longValue("threads", 2, 1);
        long iterations = options.longValue("iterations", 0, 0);
        SitingAlgorithm algorithm = switch (options.stringValue("method", "its")) {
            case "portfolio" -> new TabuSearchPortfolio();
            case "hybrid" -> new HybridEvolutionarySearch();
            case "its" -> new IteratedTabuSearch();
            default -> throw new UsageException("--method: its, hybrid or portfolio; usage: " + USAGE);
        };
        QapInstance instance = QaplibReader.readInstance(file);
        err.printf("bench qap: %s, n = %d, %s, seed %d, %d thread%s …%n", instance.name(), instance.n(),
                iterations > 0 ? iterations + " iterations per worker" : seconds + " s", seed, threads,
                threads == 1 ? "" : "s");
        SitingAlgorithm.Limits limits = iterations > 0 ? SitingAlgorithm.Limits.iterations(iterations, threads, seed)
                : SitingAlgorithm.Limits.seconds(seconds, threads, seed);
        SitingAlgorithm.Result result = algorithm.solve(instance, limits);
        ObjectNode line = new ObjectMapper().createObjectNode();
        line.put("instance", instance.name());
        line.put("n", instance.n());
        line.put("objective", result.objective());
        line.put("seconds", Math.round(result.msToBest()) / 1000.0);
        line.put("totalSeconds", Math.round(result.elapsedNanos() / 1e6) / 1000.0);
        line.put("iterations", result.iterations());
        line.put("seed", seed);
        line.put("threads", threads);
        Path sln = file.resolveSibling(instance.name() + ".sln");
        if (Files.isRegularFile(sln)) {
            QaplibSolution known = QaplibReader.readSolution(sln);
            line.put("bestKnown", known.objective());
            line.put("gapPercent", gapPercent(result.objective(), known.objective()));
        }
        ArrayNode permutation = line.putArray("permutation");
        for (int location : result.assignment()) {
            permutation.add(location + 1);
        }
        out.println(line);
        return 0;
    }

    static double gapPercent(long objective, long bestKnown) {
        return bestKnown == 0 ? 0 : Math.round(1e6 * (objective - bestKnown) / (double) Math.abs(bestKnown)) / 1e4;
    }
}

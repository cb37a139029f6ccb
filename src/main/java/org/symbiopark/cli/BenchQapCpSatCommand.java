package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.symbiopark.siting.CpSatQap;
import org.symbiopark.siting.QapInstance;
import org.symbiopark.siting.QaplibReader;
import org.symbiopark.siting.QaplibSolution;

/**
 * {@code bench qap-cpsat FILE.dat}: the CP-SAT baseline on a QAPLIB-format instance, the same
 * JSON line as {@code bench qap} with {@code "objective": null} when CP-SAT found no solution
 * in time or the model is too large to build ({@code "status"} says which).
 */
final class BenchQapCpSatCommand implements CliCommand {

    private static final String USAGE = "bench qap-cpsat FILE.dat [--seconds S] [--threads T]"
            + "   the CP-SAT baseline on a QAPLIB instance";

    @Override
    public String name() {
        return "qap-cpsat";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions options = BenchOptions.parse(args, Set.of("seconds", "threads"), USAGE);
        if (options.positional().size() != 1) {
            throw new UsageException("expected one FILE.dat; usage: " + USAGE);
        }
        Path file = Path.of(options.positional().get(0));
        double seconds = options.positiveDouble("seconds", 10);
        int threads = (int) options.longValue("threads", 2, 1);
        QapInstance instance = QaplibReader.readInstance(file);
        err.printf("bench qap-cpsat: %s, n = %d, %s s, %d CP-SAT workers, %d product variables …%n", instance.name(),
                instance.n(), seconds, threads, CpSatQap.products(instance));
        ObjectNode line = new ObjectMapper().createObjectNode();
        line.put("instance", instance.name());
        line.put("n", instance.n());
        long start = System.nanoTime();
        CpSatQap.Outcome outcome;
        if (CpSatQap.products(instance) > CpSatQap.MAX_PRODUCTS) {
            outcome = new CpSatQap.Outcome(java.util.Optional.empty(), java.util.Optional.empty(), false,
                    "MODEL_TOO_LARGE");
        } else {
            outcome = CpSatQap.solve(instance, seconds, threads);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (outcome.objective().isPresent()) {
            line.put("objective", outcome.objective().get());
        } else {
            line.putNull("objective");
        }
        line.put("seconds", Math.round(elapsed * 1000) / 1000.0);
        line.put("status", outcome.status());
        Path sln = file.resolveSibling(instance.name() + ".sln");
        if (Files.isRegularFile(sln) && outcome.objective().isPresent()) {
            QaplibSolution known = QaplibReader.readSolution(sln);
            line.put("bestKnown", known.objective());
            line.put("gapPercent", BenchQapCommand.gapPercent(outcome.objective().get(), known.objective()));
        }
        ArrayNode permutation = line.putArray("permutation");
        outcome.assignment().ifPresent(a -> {
            for (int location : a) {
                permutation.add(location + 1);
            }
        });
        out.println(line);
        return 0;
    }
}

package org.symbiopark.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.symbiopark.routing.AStarGridSearch;
import org.symbiopark.routing.CostGrid;
import org.symbiopark.routing.EsriAsciiGrid;
import org.symbiopark.routing.GridPath;
import org.symbiopark.routing.Neighbourhood;
import org.symbiopark.routing.StepCostRule;

/**
 * {@code bench lcp}: a seeded random-cost square raster (costs 1.00 … 10.99 in steps of 0.01,
 * uniform, cell size 1), the least-cost path from the top-left to the bottom-right cell by A*.
 * Prints one JSON line: the cost, the search time (wall clock, and the thread's CPU time, which
 * a busy machine disturbs less), the path's steps and length in cells and the
 * cells settled. {@code --write-asc FILE} also writes the raster as an ESRI ASCII grid, the same
 * values to the digit, for GRASS GIS ({@code scripts/bench-lcp-grass.sh}).
 */
final class BenchLcpCommand implements CliCommand {

    @Override
    public String name() {
        return "lcp";
    }

    @Override
    public String usage() {
        return "bench lcp [--size N] [--seed N] [--neighbours 8|16] [--rule crossing|grass] [--write-asc FILE]"
                + "   least-cost path corner to corner on a random raster";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions options = BenchOptions.parse(args,
                List.of("size", "seed", "neighbours", "rule", "write-asc"), usage());
        if (!options.positional().isEmpty()) {
            throw new UsageException("no positional arguments expected; usage: " + usage());
        }
        long sizeValue = options.longValue("size", 2000);
        if (sizeValue < 2 || sizeValue > 20_000) {
            throw new UsageException("--size must be 2 … 20000, got " + sizeValue);
        }
        int size = (int) sizeValue;
        long seed = options.longValue("seed", 1);
        Neighbourhood neighbourhood = switch (options.stringValue("neighbours", "8")) {
            case "8" -> Neighbourhood.EIGHT;
            case "16" -> Neighbourhood.SIXTEEN;
            default -> throw new UsageException("--neighbours is 8 or 16; usage: " + usage());
        };
        StepCostRule rule = switch (options.stringValue("rule", "crossing")) {
            case "crossing" -> StepCostRule.CELL_CROSSING;
            case "grass" -> StepCostRule.GRASS_MEAN;
            default -> throw new UsageException("--rule is crossing or grass; usage: " + usage());
        };
        long t0 = System.nanoTime();
        CostGrid grid = randomGrid(size, seed);
        err.printf(Locale.ROOT, "lcp: %d × %d raster, seed %d, in %.3f s%n", size, size, seed, (System.nanoTime() - t0) / 1e9);
        String asc = options.stringValue("write-asc", null);
        if (asc != null) {
            try (BufferedWriter writer = Files.newBufferedWriter(Path.of(asc), StandardCharsets.US_ASCII)) {
                EsriAsciiGrid.write(grid, 0, 0, 2, writer);
            } catch (IOException e) {
                throw new UncheckedIOException(asc + ": " + e.getMessage(), e);
            }
            err.println("lcp: wrote " + asc);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        GridPath path = new AStarGridSearch(neighbourhood, rule).find(grid, 0, 0, size - 1, size - 1);
        double searchSeconds = (System.nanoTime() - t1) / 1e9;
        double searchCpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "{\"size\":%d,\"seed\":%d,\"neighbours\":%d,\"rule\":\"%s\",\"cost\":%.6f,"
                        + "\"searchSeconds\":%.3f,\"searchCpuSeconds\":%.3f,\"steps\":%d,\"lengthCells\":%.3f,\"settledCells\":%d}%n",
                size, seed, neighbourhood == Neighbourhood.EIGHT ? 8 : 16, options.stringValue("rule", "crossing"),
                path.cost(), searchSeconds, searchCpuSeconds, path.stepCount(), path.lengthCells(), path.settledCells());
        return 0;
    }

    /** Costs 1.00 … 10.99 in hundredths, so the ASCII grid holds them exactly. */
    static CostGrid randomGrid(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cost = new double[size * size];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = (100 + random.nextInt(1000)) / 100.0;
        }
        return new CostGrid(size, size, 1, cost);
    }
}

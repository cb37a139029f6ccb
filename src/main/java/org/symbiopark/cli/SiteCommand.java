package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.park.ParkData;
import org.symbiopark.siting.IteratedTabuSearch;
import org.symbiopark.siting.ParkSitingProblem;
import org.symbiopark.siting.ParkSitingResult;
import org.symbiopark.siting.SitingAlgorithm;

/**
 * {@code site --park FILE.geojson [--seconds S] [--seed N]}: the siting of a park file's plants
 * on its parcels, as the server's siting job does it, with a progress line on stderr and the
 * result as one JSON object on stdout. Starts no Spring context and needs no store.
 */
final class SiteCommand implements CliCommand {

    @Override
    public String name() {
        return "site";
    }

    @Override
    public String usage() {
        return "site --park FILE.geojson [--seconds S] [--seed N]   plants onto parcels, as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        double seconds = 10;
        long seed = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--park") && hasValue) {
                file = Path.of(args.get(++i));
            } else if (arg.equals("--seconds") && hasValue) {
                seconds = number(args.get(++i), "--seconds");
                if (!(seconds > 0)) {
                    throw new UsageException("--seconds must be > 0, got " + seconds);
                }
            } else if (arg.equals("--seed") && hasValue) {
                seed = (long) number(args.get(++i), "--seed");
            } else {
                throw new UsageException("unexpected argument " + arg + "; usage: " + usage());
            }
        }
        if (file == null) {
            throw new UsageException("which park? usage: " + usage());
        }
        OfflinePark park = OfflinePark.read(file);
        ParkData data = park.data();
        ParkSitingProblem problem = ParkSitingProblem.of(data, park.toWorkCrs(), park.catalog(),
                ExchangeParameters.loadDefault());
        AtomicLong best = new AtomicLong(Long.MAX_VALUE);
        LongAdder iterations = new LongAdder();
        SitingAlgorithm.SearchMonitor monitor = new SitingAlgorithm.SearchMonitor() {
            @Override
            public void improved(long objective, double elapsedMs) {
                best.accumulateAndGet(objective, Math::min);
            }

            @Override
            public void iterated(long done) {
                iterations.add(done);
            }
        };
        String currency = data.park().currency();
        long start = System.nanoTime();
        double limit = seconds;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "site-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> err.print(progressLine(start, limit, best.get(), iterations.sum(), currency)),
                500, 500, TimeUnit.MILLISECONDS);
        SitingAlgorithm.Result result;
        try {
            result = new IteratedTabuSearch().solve(problem.instance(),
                    SitingAlgorithm.Limits.seconds(seconds, 2, seed), monitor);
        } finally {
            ticker.shutdownNow();
        }
        err.println(progressLine(start, limit, result.objective(), result.iterations(), currency));
        ParkSitingResult sited = ParkSitingResult.of(problem, result);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("park", data.park().id() == null ? data.park().name() : data.park().id());
        root.put("currency", currency);
        root.put("workSrid", park.workSrid());
        root.put("seconds", seconds);
        root.put("seed", seed);
        root.put("result", sited);
        try {
            out.println(new ObjectMapper().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private static String progressLine(long startNanos, double seconds, long best, long iterations, String currency) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String objective = best == Long.MAX_VALUE ? "—"
                : String.format(Locale.ROOT, "%,.0f %s/yr", ParkSitingProblem.toCurrency(best), currency);
        return String.format(Locale.ROOT, "\rsiting: %.1f/%.0f s, best %s, %,d iterations", Math.min(elapsed, seconds),
                seconds, objective, iterations);
    }

    private static double number(String text, String option) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, got '" + text + "'");
        }
    }
}

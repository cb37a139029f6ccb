package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.park.Layer;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkGenerator;
import org.symbiopark.park.ParkService;

/**
 * {@code bench store}: how fast the configured store takes and serves a generated park. Each
 * run imports a seeded park of N parcels through the park service (areas and lengths computed,
 * one transaction), lists a bbox page of up to 1,000 parcels from a box of about a tenth of
 * the park, loads the whole park back and deletes it. Prints one JSON line with the median and
 * minimum of each step in milliseconds; a progress line goes to stderr.
 *
 * <p>The store is a throw-away GeoPackage unless the options name one
 * ({@code --symbiopark.geopackage-path=…}) or PostGIS ({@code --spring.datasource.url=…}).
 */
final class BenchStoreCommand implements CliCommand {

    private static final double CENTRE_LON = 134.85;
    private static final double CENTRE_LAT = 48.38;

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String usage() {
        return "bench store [--parcels=N] [--runs=R] [--seed=S] [--key=value …]   time the store: import, bbox page, load, delete";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArgs parsed = CommandArgs.parse(args);
        parsed.exactly(0, usage());
        List<String> springOptions = new ArrayList<>();
        int parcels = 10_000;
        int runs = 5;
        long seed = 1;
        for (String option : parsed.options()) {
            if (option.startsWith("--parcels=")) {
                parcels = positiveInt(option);
            } else if (option.startsWith("--runs=")) {
                runs = positiveInt(option);
            } else if (option.startsWith("--seed=")) {
                seed = Long.parseLong(value(option));
            } else {
                springOptions.add(option);
            }
        }
        Path scratch = null;
        if (springOptions.stream().noneMatch(o -> o.startsWith("--symbiopark.geopackage-path=")
                || o.startsWith("--spring.datasource.url="))) {
            try {
                scratch = Files.createTempDirectory("symbiopark-bench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            springOptions.add("--symbiopark.geopackage-path=" + scratch.resolve("bench.gpkg"));
        }
        ParkGenerator generator = new ParkGenerator(ResourceCatalog.loadDefault(), CENTRE_LON, CENTRE_LAT);
        try (StoreContext context = StoreContext.open(springOptions)) {
            ParkService parks = context.parks();
            double[] importMs = new double[runs];
            double[] bboxMs = new double[runs];
            double[] loadMs = new double[runs];
            double[] deleteMs = new double[runs];
            long matched = 0;
            for (int r = 0; r < runs; r++) {
                err.printf("\rbench store: run %d/%d, %d parcels …", r + 1, runs, parcels);
                ParkData park = generator.generate("bench-" + seed + "-" + r, parcels, Math.max(1, parcels / 50), seed);
                String id = park.park().id();
                BoundingBox box = tenthOf(park);
                importMs[r] = timeMs(() -> parks.importPark(park));
                long[] found = new long[1];
                bboxMs[r] = timeMs(() -> found[0] = parks.listFeatures(id, Layer.PARCELS, box, 1000, 0).total());
                matched = found[0];
                loadMs[r] = timeMs(() -> parks.exportPark(id));
                deleteMs[r] = timeMs(() -> {
                    parks.deletePark(id);
                    return null;
                });
            }
            err.println();
            ObjectMapper json = new ObjectMapper();
            ObjectNode line = json.createObjectNode();
            line.put("benchmark", "store");
            line.put("store", context.storeKind());
            line.put("parcels", parcels);
            line.put("runs", runs);
            line.put("seed", seed);
            line.put("bboxMatched", matched);
            summary(line.putObject("importMs"), importMs);
            summary(line.putObject("bboxPageMs"), bboxMs);
            summary(line.putObject("loadMs"), loadMs);
            summary(line.putObject("deleteMs"), deleteMs);
            out.println(line);
            return 0;
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** A box around the park's centre with about a tenth of its area. */
    private static BoundingBox tenthOf(ParkData park) {
        Envelope all = new Envelope();
        park.parcels().forEach(p -> all.expandToInclude(p.geometry().getEnvelopeInternal()));
        double half = Math.sqrt(0.1) / 2;
        return new BoundingBox(all.centre().x - half * all.getWidth(), all.centre().y - half * all.getHeight(),
                all.centre().x + half * all.getWidth(), all.centre().y + half * all.getHeight());
    }

    private static double timeMs(Supplier<?> step) {
        long start = System.nanoTime();
        step.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void summary(ObjectNode node, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        node.put("median", Math.round(median * 10) / 10.0);
        node.put("min", Math.round(sorted[0] * 10) / 10.0);
    }

    private static int positiveInt(String option) {
        int v = Integer.parseInt(value(option));
        if (v < 1) {
            throw new UsageException(option + ": must be at least 1");
        }
        return v;
    }

    private static String value(String option) {
        return option.substring(option.indexOf('=') + 1);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}

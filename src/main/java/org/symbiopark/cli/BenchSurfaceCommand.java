package org.symbiopark.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.park.Plant;
import org.symbiopark.routing.AStarGridSearch;
import org.symbiopark.routing.CostSurface;
import org.symbiopark.routing.CostSurfaceBuilder;
import org.symbiopark.routing.CostSurfaceParameters;
import org.symbiopark.routing.LeastCostPath;
import org.symbiopark.routing.LeastCostPathFinder;
import org.symbiopark.routing.Neighbourhood;
import org.symbiopark.routing.StepCostRule;
import org.symbiopark.routing.SurfaceLayers;
import org.symbiopark.routing.SurfaceSpec;
import org.symbiopark.routing.Terminal;

/**
 * {@code bench surface}: builds a park's cost surface and answers one least-cost path between
 * two plants, {@code --runs} times after one warm-up; prints one JSON line with the medians (wall
 * clock) of the build, of the path (search and simplification) and, as the in-run reference, of
 * the bare grid search on the same surface. The park file is read and transformed once, outside
 * the timings (the server does that per request too, but it is the store's cost, not routing's).
 */
final class BenchSurfaceCommand implements CliCommand {

    @Override
    public String name() {
        return "surface";
    }

    @Override
    public String usage() {
        return "bench surface [--park FILE] [--cell-size M] [--neighbours 8|16] [--from PLANT] [--to PLANT] [--runs N]"
                + "   cost surface of a park and one least-cost path";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions options = BenchOptions.parse(args,
                List.of("park", "cell-size", "neighbours", "from", "to", "runs"), usage());
        if (!options.positional().isEmpty()) {
            throw new UsageException("no positional arguments expected; usage: " + usage());
        }
        Path file = Path.of(options.stringValue("park", "data/parks/bolshoy-ussuriysky.geojson"));
        CostSurfaceParameters parameters = CostSurfaceParameters.loadDefault();
        double cellSizeM = options.positiveDouble("cell-size", parameters.defaultCellSizeM());
        Neighbourhood neighbourhood = switch (options.stringValue("neighbours", "8")) {
            case "8" -> Neighbourhood.EIGHT;
            case "16" -> Neighbourhood.SIXTEEN;
            default -> throw new UsageException("--neighbours is 8 or 16; usage: " + usage());
        };
        int runs = (int) options.longValue("runs", 5, 1);
        String fromId = options.stringValue("from", "chp");
        String toId = options.stringValue("to", "brewery");

        OfflinePark park = OfflinePark.read(file);
        SurfaceLayers layers = SurfaceLayers.from(park.data(), park.toWorkCrs());
        Terminal from = terminal(park, fromId);
        Terminal to = terminal(park, toId);
        Envelope extent = SurfaceSpec.extentAround(layers, parameters.marginM());
        SurfaceSpec spec = new SurfaceSpec(extent, cellSizeM, Set.of(fromId, toId), null);
        CostSurfaceBuilder builder = new CostSurfaceBuilder(parameters);
        LeastCostPathFinder finder = new LeastCostPathFinder(neighbourhood);

        double[] build = new double[runs];
        double[] path = new double[runs];
        double[] search = new double[runs];
        CostSurface surface = null;
        LeastCostPath answer = null;
        for (int run = -1; run < runs; run++) {
            long t0 = System.nanoTime();
            surface = builder.build(layers, spec);
            long t1 = System.nanoTime();
            answer = finder.find(surface, from, to);
            long t2 = System.nanoTime();
            new AStarGridSearch(neighbourhood, StepCostRule.CELL_CROSSING).find(surface.grid(),
                    surface.column(from.pointM().x), surface.row(from.pointM().y),
                    surface.column(to.pointM().x), surface.row(to.pointM().y));
            long t3 = System.nanoTime();
            if (run >= 0) {
                build[run] = (t1 - t0) / 1e9;
                path[run] = (t2 - t1) / 1e9;
                search[run] = (t3 - t2) / 1e9;
            }
            err.printf(Locale.ROOT, "surface: run %d build %.3f s, path %.3f s%n", run + 1, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9);
        }
        out.printf(Locale.ROOT, "{\"park\":\"%s\",\"cellSizeM\":%s,\"neighbours\":%d,\"columns\":%d,\"rows\":%d,"
                        + "\"from\":\"%s\",\"to\":\"%s\",\"lengthM\":%.2f,\"cost\":%.2f,\"runs\":%d,"
                        + "\"buildSeconds\":%.4f,\"pathSeconds\":%.4f,\"searchOnlySeconds\":%.4f}%n",
                park.data().park().id(), cellSizeM, neighbourhood == Neighbourhood.EIGHT ? 8 : 16,
                surface.grid().columns(), surface.grid().rows(), fromId, toId, answer.lengthM(), answer.cost(), runs,
                median(build), median(path), median(search));
        return 0;
    }

    private static Terminal terminal(OfflinePark park, String plantId) {
        Plant plant = park.data().plants().stream().filter(p -> p.id().equals(plantId)).findFirst()
                .orElseThrow(() -> new UsageException("no plant '" + plantId + "' in the park"));
        if (plant.geometry() == null) {
            throw new UsageException("plant '" + plantId + "' has no site");
        }
        Coordinate point = park.toWorkCrs().apply(plant.geometry()).getInteriorPoint().getCoordinate();
        return new Terminal("plant '" + plantId + "'", point);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symbiopark.analysis.CarrierNetworkStudy;
import org.symbiopark.analysis.NetworkPlanningService;
import org.symbiopark.exchange.AllocationMethod;
import org.symbiopark.exchange.ExchangeEngine;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ExchangeProblemFactory;
import org.symbiopark.exchange.ExchangeResult;
import org.symbiopark.exchange.Resource;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.routing.CarrierNetwork;
import org.symbiopark.routing.CostSurfaceBuilder;
import org.symbiopark.routing.CostSurfaceParameters;
import org.symbiopark.routing.PlanningMonitor;
import org.symbiopark.routing.SearchBudget;
import org.symbiopark.routing.SurfaceLayers;
import org.symbiopark.routing.SurfaceSpec;

/**
 * {@code route --park FILE.geojson --carrier ID [--cell-size M] [--terminals A,B,…] [--seconds S]}:
 * the shared network of one carrier in a park file, as the server's network job plans it (the
 * exchanges from the park's exchange analysis), printed as one JSON object (segments with flows,
 * diameters and costs, totals, the point-to-point comparison, the routes as GeoJSON), with a
 * progress line on stderr. Starts no Spring context and needs no store.
 */
final class RouteCommand implements CliCommand {

    @Override
    public String name() {
        return "route";
    }

    @Override
    public String usage() {
        return "route --park FILE.geojson --carrier ID [--cell-size M] [--terminals A,B,…] [--seconds S]\n"
                + "                                 a carrier's shared network vs point-to-point pipes, as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        String carrierId = null;
        Double cellSizeM = null;
        List<String> terminals = null;
        double seconds = CarrierNetworkStudy.DEFAULT_SECONDS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--park") && hasValue) {
                file = Path.of(args.get(++i));
            } else if (arg.equals("--carrier") && hasValue) {
                carrierId = args.get(++i);
            } else if (arg.equals("--cell-size") && hasValue) {
                cellSizeM = number(args.get(++i), "--cell-size");
                if (!(cellSizeM > 0)) {
                    throw new UsageException("--cell-size must be > 0 m, got " + cellSizeM);
                }
            } else if (arg.equals("--terminals") && hasValue) {
                terminals = Arrays.stream(args.get(++i).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            } else if (arg.equals("--seconds") && hasValue) {
                seconds = number(args.get(++i), "--seconds");
                if (!(seconds > 0)) {
                    throw new UsageException("--seconds must be > 0, got " + seconds);
                }
            } else {
                throw new UsageException("unexpected argument " + arg + "; usage: " + usage());
            }
        }
        if (file == null || carrierId == null) {
            throw new UsageException((file == null ? "which park?" : "which carrier?") + " usage: " + usage());
        }
        long start = System.nanoTime();
        OfflinePark park = OfflinePark.read(file);
        Resource carrier = NetworkPlanningService.carrier(carrierId, park.catalog());
        ExchangeParameters parameters = ExchangeParameters.loadDefault();
        err.print(String.format(Locale.ROOT, "\rroute: %5.1f s exchange analysis", (System.nanoTime() - start) / 1e9));
        ExchangeResult exchanges = new ExchangeEngine(parameters).analyse(
                new ExchangeProblemFactory(park.catalog(), parameters).create(park.data(), park.toWorkCrs()),
                AllocationMethod.LINEARISED_MIN_COST_FLOW);
        CostSurfaceParameters surfaceParameters = CostSurfaceParameters.loadDefault();
        double size = cellSizeM != null ? cellSizeM : surfaceParameters.defaultCellSizeM();
        SurfaceLayers layers = SurfaceLayers.from(park.data(), park.toWorkCrs());
        CarrierNetworkStudy study = CarrierNetworkStudy.prepare(park.data(), carrier, terminals,
                NetworkPlanningService.fromLinks(exchanges.links(), carrier), "the exchange analysis",
                ids -> {
                    err.print(String.format(Locale.ROOT, "\rroute: %5.1f s cost surface", (System.nanoTime() - start) / 1e9));
                    return new CostSurfaceBuilder(surfaceParameters).build(layers,
                            new SurfaceSpec(SurfaceSpec.extentAround(layers, surfaceParameters.marginM()), size, ids, null));
                },
                park.toWorkCrs(), g -> park.transforms().transform(g, park.workSrid(), CoordinateTransforms.WGS84),
                parameters, new SearchBudget(seconds, 1), surfaceParameters.existingPipeCostFactor());
        CarrierNetwork network = study.plan(new PlanningMonitor() {
            @Override
            public void progress(double fraction, String message) {
                err.print(String.format(Locale.ROOT, "\rroute: %5.1f s %3.0f %% %-70.70s", (System.nanoTime() - start) / 1e9,
                        100 * fraction, message));
            }

            @Override
            public boolean cancelRequested() {
                return false;
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        err.println(String.format(Locale.ROOT, "\rroute: %s network of %d segment(s), %.0f m, in %.1f s%-40s",
                carrier.id(), network.segments().size(), network.lengthM(), elapsed, ""));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("park", park.data().park().id() == null ? park.data().park().name() : park.data().park().id());
        root.put("workSrid", park.workSrid());
        root.putAll(study.report(network));
        try {
            out.println(new ObjectMapper().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private static double number(String text, String option) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, got '" + text + "'");
        }
    }
}

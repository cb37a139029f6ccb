package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.symbiopark.exchange.AllocationInstance;
import org.symbiopark.exchange.AllocationLinearProgram;
import org.symbiopark.exchange.AllocationMethod;
import org.symbiopark.exchange.ExchangeEngine;
import org.symbiopark.exchange.ExchangeMatcher;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ExchangePlant;
import org.symbiopark.exchange.ExchangeProblem;
import org.symbiopark.exchange.ExchangeProblemFactory;
import org.symbiopark.exchange.ExchangeResult;
import org.symbiopark.exchange.JGraphTMinCostFlowAllocator;
import org.symbiopark.exchange.MinCostFlowAllocator;
import org.symbiopark.exchange.PlantDistances;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.Direction;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkGenerator;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;

/**
 * {@code bench exchange}: the exchange analysis of a generated park (default 1,000 plants with
 * 5 streams each on a 100 × 100 street grid, about 20,000 noded road edges). Prints one JSON line:
 * the engine's time for distances + matching + allocation (a fresh engine, so no cached
 * distances), the phases measured again one by one, and as a peer the same allocation LP solved
 * by OR-Tools GLOP, with the ratio min-cost flow / GLOP, and the earlier JGraphT flow solver's time.
 */
final class BenchExchangeCommand implements CliCommand {

    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public String usage() {
        return "bench exchange [--plants=1000] [--streams-per-plant=5] [--parcels=10000] [--seed=1]"
                + "   exchange analysis of a generated park";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int plants = 1000;
        int streamsPerPlant = 5;
        int parcels = 10_000;
        long seed = 1;
        for (String option : args) {
            String value = option.substring(option.indexOf('=') + 1);
            try {
                if (option.startsWith("--plants=")) {
                    plants = Integer.parseInt(value);
                } else if (option.startsWith("--streams-per-plant=")) {
                    streamsPerPlant = Integer.parseInt(value);
                } else if (option.startsWith("--parcels=")) {
                    parcels = Integer.parseInt(value);
                } else if (option.startsWith("--seed=")) {
                    seed = Long.parseLong(value);
                } else {
                    throw new UsageException("unknown option " + option + "; usage: " + usage());
                }
            } catch (NumberFormatException e) {
                throw new UsageException(option + ": not a number");
            }
        }
        ResourceCatalog catalog = ResourceCatalog.loadDefault();
        ParkData generated = withStreams(new ParkGenerator(catalog, 134.85, 48.38)
                .generate("bench-exchange", parcels, plants, seed), catalog, streamsPerPlant, seed);
        CoordinateTransforms transforms = new SisCoordinateTransforms();
        int workSrid = CoordinateTransforms.utmZoneSrid(134.85, 48.38);
        ExchangeParameters parameters = ExchangeParameters.loadDefault();
        err.println("bench exchange: " + plants + " plants, " + plants * streamsPerPlant + " streams, "
                + generated.corridors().size() + " street lines");

        long t0 = System.nanoTime();
        ExchangeProblem problem = new ExchangeProblemFactory(catalog, parameters)
                .create(generated, g -> transforms.transform(g, CoordinateTransforms.WGS84, workSrid));
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        ExchangeResult result = new ExchangeEngine(parameters).analyse(problem, AllocationMethod.LINEARISED_MIN_COST_FLOW);
        long t2 = System.nanoTime();
        long cpu2 = processCpuNanos();

        // the phases one by one, and the peer
        List<ExchangePlant> sited = problem.plants().stream().filter(p -> p.locationM() != null).toList();
        long p0 = System.nanoTime();
        PlantDistances distances = new PlantDistances(sited.stream().map(ExchangePlant::locationM).toList(),
                problem.networkLinesM(), problem.pipeCostFactors(), parameters.number("detourFactor"));
        long p1 = System.nanoTime();
        distances.prepareFrom(java.util.stream.IntStream.range(0, sited.size()).toArray());
        long p1b = System.nanoTime();
        var matches = new ExchangeMatcher(parameters.number("existingPipe.maxEndGapM")).match(problem, distances);
        long p2 = System.nanoTime();
        AllocationInstance instance = AllocationInstance.of(matches.candidates().stream()
                .filter(c -> c.benefitPerUnit() > c.costPerUnitAtMax()).toList(), problem.costModel()).quantised();
        long p3 = System.nanoTime();
        double flowCost = new MinCostFlowAllocator().solve(instance).totalCostPerYear();
        long p4 = System.nanoTime();
        double glopCost = AllocationLinearProgram.minimumCost(instance);
        long p5 = System.nanoTime();
        double jgraphtCost = new JGraphTMinCostFlowAllocator().solve(instance).totalCostPerYear();
        long p6 = System.nanoTime();

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("plants", plants);
        line.put("streams", plants * streamsPerPlant);
        line.put("networkLines", problem.networkLinesM().size());
        line.put("candidates", result.candidateCount());
        line.put("arcs", instance.arcs().size());
        line.put("links", result.links().size());
        line.put("netBenefitPerYear", Math.round(result.totals().moneySavedPerYear()));
        line.put("problemMs", ms(t1 - t0));
        line.put("engineMs", ms(t2 - t1));
        // CPU of all threads over the engine run: steadier than wall time when other work shares the cores
        line.put("engineCpuMs", cpu1 < 0 ? -1 : ms(cpu2 - cpu1));
        line.put("networkBuildMs", ms(p1 - p0));
        line.put("matchingWithDistancesMs", ms(p2 - p1));
        line.put("shortestPathsMs", ms(p1b - p1));
        line.put("instanceMs", ms(p3 - p2));
        line.put("minCostFlowMs", ms(p4 - p3));
        line.put("glopMs", ms(p5 - p4));
        line.put("flowOverGlop", Math.round(1000.0 * (p4 - p3) / (p5 - p4)) / 1000.0);
        line.put("jgraphtFlowMs", ms(p6 - p5));
        line.put("sameOptimum", Math.abs(flowCost - glopCost) <= 1e-6 * Math.max(1, Math.abs(glopCost))
                && Math.abs(jgraphtCost - glopCost) <= 1e-6 * Math.max(1, Math.abs(glopCost)));
        line.put("peakHeapMiB", peakHeapMiB());
        line.put("peakRssMiB", peakRssMiB());
        try {
            out.println(new ObjectMapper().writeValueAsString(line));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }

    /** The generated park with exactly {@code perPlant} seeded random streams per plant, in EUR. */
    static ParkData withStreams(ParkData data, ResourceCatalog catalog, int perPlant, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<Resource> resources = new ArrayList<>(catalog.all());
        List<Plant> plants = new ArrayList<>();
        for (Plant p : data.plants()) {
            List<ResourceStream> streams = new ArrayList<>();
            for (int s = 0; s < perPlant; s++) {
                Resource r = resources.get(random.nextInt(resources.size()));
                streams.add(new ResourceStream(random.nextBoolean() ? Direction.IN : Direction.OUT, r.id(),
                        Math.round(100 + random.nextDouble() * 49_900), r.unit().symbol(), null, null, false, null, null));
            }
            plants.add(new Plant(p.id(), p.name(), p.industry(), p.status(), p.geometry(), p.footprintM2(),
                    p.hazardClass(), p.safetyBufferM(), p.allowedZoning(), p.parcelId(), streams));
        }
        Park park = data.park();
        return new ParkData(new Park(park.id(), park.name(), park.country(), park.languages(), "EUR", park.workSrid(),
                park.discountRate(), park.lifetimeYears(), park.description()), data.parcels(), plants,
                data.pipelines(), data.corridors(), data.scenarios());
    }


    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /** The process's peak resident set (Linux {@code VmHWM}), or -1 where /proc is not available. */
    private static long peakRssMiB() {
        try {
            for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}

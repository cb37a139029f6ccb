package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import java.util.List;
import java.util.Optional;
import org.symbiopark.exchange.LinkCostModel.LinkCost;
import org.symbiopark.exchange.LinkCostModel.LinkRequest;
import org.symbiopark.park.Direction;

/**
 * Pairs every OUT stream with every IN stream of another sited plant that may take it
 * (DESIGN.md §5.1), and prices the pair with the cost model:
 * <ul>
 * <li>same resource, or a substitute the catalog allows (FGD gypsum for gypsum …);</li>
 * <li>water: the supply's class is at least as good as the class the demand needs (cascade);</li>
 * <li>heat: the temperature on arrival, after the route's losses, is at least the demand's
 *     temperature + the minimum approach;</li>
 * <li>hazardous outputs only to receivers flagged as licensed;</li>
 * <li>some mode (pipe, truck, cable) can carry it.</li>
 * </ul>
 * A plant never exchanges with itself; plants without a location take part in no pair. Where a
 * pipeline of the supplied resource already joins the two plants (each end within
 * {@code maxEndGapM} of one of them) the pair uses it if it can carry the flow, else a new link;
 * when the pipeline states its capacity, the pair gets both (links along the pipe share its
 * capacity in the allocation, and what does not fit may go by a link of its own).
 */
public final class ExchangeMatcher {

    private final double maxEndGapM;

    public ExchangeMatcher(double maxEndGapM) {
        this.maxEndGapM = maxEndGapM;
    }

    /** An existing pipeline between two sited plants, with its length plus the two end gaps. */
    private record PipeRoute(ExistingPipeline pipeline, double lengthM) {
    }


    /** The candidates, and how many compatible pairs each rule turned away. */
    public record Matches(List<ExchangeCandidate> candidates, int tooCold, int noMode) {
    }

    public Matches match(ExchangeProblem problem, PlantDistances distances) {
        LinkCostModel costs = problem.costModel();
        List<ExchangePlant> sited = problem.plants().stream().filter(p -> p.locationM() != null).toList();
        List<ExchangeCandidate> candidates = new ArrayList<>();
        int tooCold = 0;
        int noMode = 0;
        Map<String, PipeRoute> pipes = pipeRoutes(problem.existingPipelines(), sited);
        distances.prepareFrom(java.util.stream.IntStream.range(0, sited.size())
                .filter(i -> sited.get(i).streams().stream().anyMatch(s -> s.direction() == Direction.OUT)).toArray());
        // each supplier plant's pairs on its own (in parallel), then joined in plant order: the
        // same list, in the same order, as one loop over the plants
        Map<String, List<Receiver>> receivers = receiversByResource(sited);
        PlantPairs[] perPlant = new PlantPairs[sited.size()];
        java.util.stream.IntStream.range(0, sited.size()).parallel()
                .forEach(i -> perPlant[i] = pairsOf(i, sited, receivers, pipes, distances, costs));
        for (PlantPairs pairs : perPlant) {
            candidates.addAll(pairs.candidates());
            tooCold += pairs.tooCold();
            noMode += pairs.noMode();
        }
        return new Matches(candidates, tooCold, noMode);
    }

    private record PlantPairs(List<ExchangeCandidate> candidates, int tooCold, int noMode) {
    }

    /** An IN stream of sited plant {@code plant}; {@code order} = its place in a loop over plants and streams. */
    private record Receiver(int plant, int order, ExchangeStream demand) {
    }

    /** The IN streams of the sited plants by resource id, each list in plant and stream order. */
    private static Map<String, List<Receiver>> receiversByResource(List<ExchangePlant> sited) {
        Map<String, List<Receiver>> byResource = new HashMap<>();
        int order = 0;
        for (int j = 0; j < sited.size(); j++) {
            for (ExchangeStream demand : sited.get(j).streams()) {
                if (demand.direction() == Direction.IN) {
                    byResource.computeIfAbsent(demand.resource().id(), k -> new ArrayList<>())
                            .add(new Receiver(j, order, demand));
                }
                order++;
            }
        }
        return byResource;
    }

    /**
     * The candidates whose supplier is sited plant {@code i}, in the order of a loop over its OUT
     * streams, then the other plants and their IN streams; only the IN streams of the supply's own
     * resource and of those it substitutes are visited.
     */
    private PlantPairs pairsOf(int i, List<ExchangePlant> sited, Map<String, List<Receiver>> receivers,
                               Map<String, PipeRoute> pipes, PlantDistances distances, LinkCostModel costs) {
        List<ExchangeCandidate> candidates = new ArrayList<>();
        int tooCold = 0;
        int noMode = 0;
        for (ExchangeStream supply : sited.get(i).streams()) {
            if (supply.direction() != Direction.OUT) {
                continue;
            }
            List<Receiver> takers = new ArrayList<>(receivers.getOrDefault(supply.resource().id(), List.of()));
            for (String substitute : supply.resource().substitutes()) {
                if (!substitute.equals(supply.resource().id())) {
                    takers.addAll(receivers.getOrDefault(substitute, List.of()));
                }
            }
            if (!supply.resource().substitutes().isEmpty()) {
                takers.sort((a, b) -> Integer.compare(a.order(), b.order()));
            }
            for (Receiver taker : takers) {
                int j = taker.plant();
                ExchangeStream demand = taker.demand();
                if (i == j || !accepts(supply, demand)) {
                    continue;
                }
                double max = Math.min(supply.quantityPerYear(), demand.quantityPerYear());
                PipeRoute pipe = pipes.isEmpty() ? null : pipes.get(i + "," + j + "," + supply.resource().id());
                if (pipe != null) {
                    Double capacity = pipe.pipeline().capacityPerYear();
                    double viaMax = capacity == null ? max : Math.min(max, capacity);
                    LinkRequest viaPipe = new LinkRequest(supply.resource(), viaMax, pipe.lengthM(),
                            supply.temperatureC(), pipe.pipeline().diameterM());
                    Optional<LinkCost> cost = viaMax > 0 ? costs.cost(TransportMode.PIPELINE, viaPipe)
                            : Optional.empty();
                    if (cost.isPresent() && warmEnough(viaPipe, demand, costs)) {
                        candidates.add(new ExchangeCandidate(supply, demand,
                                new Distance(pipe.lengthM(), DistanceMethod.EXISTING_PIPELINE), viaMax,
                                virginPrice(demand, costs) + disposalCost(supply, costs), cost.get(),
                                pipe.pipeline()));
                        // a pipe of stated capacity may be full with other links: the pair may
                        // also get a link of its own for the rest
                        if (capacity == null) {
                            continue;
                        }
                    }
                }
                Distance distance = distances.between(i, j);
                LinkRequest request = LinkRequest.along(supply.resource(), max, distance, supply.temperatureC());
                if (!warmEnough(request, demand, costs)) {
                    tooCold++;
                    continue;
                }
                Optional<LinkCost> cost = costs.cheapest(request);
                if (cost.isEmpty()) {
                    noMode++;
                    continue;
                }
                candidates.add(new ExchangeCandidate(supply, demand, distance, max,
                        virginPrice(demand, costs) + disposalCost(supply, costs), cost.get(), null));
            }
        }
        return new PlantPairs(candidates, tooCold, noMode);
    }

    /** Heat arrives at least the minimum approach above the demand's temperature (true if no temperature applies). */
    public static boolean warmEnough(LinkRequest request, ExchangeStream demand, LinkCostModel costs) {
        if (demand.temperatureC() == null) {
            return true;
        }
        double arrival = costs.arrivalTemperatureC(request);
        return Double.isNaN(arrival) || arrival >= demand.temperatureC() + costs.minApproachK();
    }

    /**
     * Existing pipelines by "i,j,carrier" (sited plant indices, both directions): each end is
     * matched to its nearest sited plant within the gap; of several pipes the shortest route wins.
     */
    private Map<String, PipeRoute> pipeRoutes(List<ExistingPipeline> pipelines, List<ExchangePlant> sited) {
        Map<String, PipeRoute> routes = new HashMap<>();
        for (ExistingPipeline p : pipelines) {
            Coordinate[] cs = p.lineM().getCoordinates();
            if (cs.length < 2) {
                continue;
            }
            int[] endPlant = {-1, -1};
            double[] endGap = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
            Coordinate[] ends = {cs[0], cs[cs.length - 1]};
            for (int e = 0; e < 2; e++) {
                for (int k = 0; k < sited.size(); k++) {
                    double gap = sited.get(k).locationM().getCoordinate().distance(ends[e]);
                    if (gap <= maxEndGapM && gap < endGap[e]) {
                        endGap[e] = gap;
                        endPlant[e] = k;
                    }
                }
            }
            if (endPlant[0] < 0 || endPlant[1] < 0 || endPlant[0] == endPlant[1]) {
                continue;
            }
            PipeRoute route = new PipeRoute(p, p.lineM().getLength() + endGap[0] + endGap[1]);
            for (String key : List.of(endPlant[0] + "," + endPlant[1] + "," + p.carrier(),
                    endPlant[1] + "," + endPlant[0] + "," + p.carrier())) {
                routes.merge(key, route, (a, b) -> a.lengthM() <= b.lengthM() ? a : b);
            }
        }
        return routes;
    }

    /** Resource, water class and hazard rules; distance and temperature come later. */
    public static boolean accepts(ExchangeStream supply, ExchangeStream demand) {
        if (!supply.plantId().equals(demand.plantId()) && supply.resource().canReplace(demand.resource().id())) {
            WaterQuality offered = supply.effectiveQuality();
            WaterQuality needed = demand.effectiveQuality();
            if (offered != null && needed != null && !offered.canServe(needed)) {
                return false;
            }
            return !supply.hazardous() || demand.hazardous();
        }
        return false;
    }

    /** What the receiver pays now per unit, park currency: its own price, else the catalog's. */
    public static double virginPrice(ExchangeStream demand, LinkCostModel costs) {
        return demand.pricePerUnit() != null ? demand.pricePerUnit()
                : demand.resource().virginPriceEurPerUnit() * costs.currencyPerEur();
    }

    /** What the supplier pays now per unit to dispose of it (negative: sells it), park currency. */
    public static double disposalCost(ExchangeStream supply, LinkCostModel costs) {
        return supply.pricePerUnit() != null ? supply.pricePerUnit()
                : supply.resource().disposalCostEurPerUnit() * costs.currencyPerEur();
    }
}

package org.symbiopark.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.symbiopark.exchange.LinkCostModel.LinkCost;
import org.symbiopark.exchange.LinkCostModel.LinkRequest;

/**
 * The exchange analysis of a park: distances, matching, park-wide allocation, links and totals
 * (DESIGN.md §5.1). Plain Java; thread-safe. Distances are cached per park layout (the sited
 * plants' ids and positions, the network lines and the detour factor), so a second analysis of
 * the same layout with other prices does not rebuild the network.
 */
public final class ExchangeEngine {

    private static final int CACHED_LAYOUTS = 8;
    private static final int MIP_TIME_LIMIT_S = 60;
    /**
     * Re-solves after dropping links that do not pay at the quantity they got; after this many the
     * remaining such links are dropped without re-solving (their quantities go to the market and
     * disposal, which costs no more than the link did).
     */
    private static final int MAX_PRUNING_ROUNDS = 3;

    private final ExchangeParameters parameters;
    private final Map<String, PlantDistances> distanceCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PlantDistances> eldest) {
            return size() > CACHED_LAYOUTS;
        }
    };

    public ExchangeEngine(ExchangeParameters parameters) {
        this.parameters = parameters;
    }

    public ExchangeResult analyse(ExchangeProblem problem, AllocationMethod method) {
        List<ExchangePlant> sited = problem.plants().stream().filter(p -> p.locationM() != null).toList();
        List<String> unsited = problem.plants().stream().filter(p -> p.locationM() == null).map(ExchangePlant::id).toList();
        PlantDistances distances = distances(sited, problem);
        ExchangeMatcher.Matches matches = new ExchangeMatcher(parameters.number("existingPipe.maxEndGapM"))
                .match(problem, distances);
        LinkCostModel costs = problem.costModel();

        List<ExchangeCandidate> active = new ArrayList<>(matches.candidates().stream()
                .filter(c -> c.benefitPerUnit() > c.costPerUnitAtMax()).toList());
        int unprofitable = matches.candidates().size() - active.size();
        // Re-solve after dropping the links that do not pay at the quantity they got; only the
        // connected groups of streams that lost a link are solved again, the rest keep their links.
        List<ExchangeLink> links = new ArrayList<>();
        List<ExchangeCandidate> pending = active;
        int dropped = 0;
        int rounds = 0;
        boolean provenOptimal = true;
        for (int round = 0; ; round++) {
            rounds++;
            Allocation allocation = allocate(pending, costs, method);
            provenOptimal &= allocation.provenOptimal;
            ExchangeLink[] roundLinks = new ExchangeLink[pending.size()];
            boolean[] failing = new boolean[pending.size()];
            int failingCount = 0;
            for (int k = 0; k < pending.size(); k++) {
                double flow = allocation.flow[k];
                if (flow <= allocation.quantum / 2) {
                    continue;
                }
                Optional<ExchangeLink> link = link(pending.get(k), flow, costs);
                if (link.isEmpty()) {
                    failing[k] = true;
                    failingCount++;
                } else {
                    roundLinks[k] = link.get();
                }
            }
            dropped += failingCount;
            if (failingCount == 0 || round == MAX_PRUNING_ROUNDS) {
                for (ExchangeLink l : roundLinks) {
                    if (l != null) {
                        links.add(l);
                    }
                }
                break;
            }
            int[] group = groups(pending);
            Set<Integer> dirty = new java.util.HashSet<>();
            for (int k = 0; k < pending.size(); k++) {
                if (failing[k]) {
                    dirty.add(group[k]);
                }
            }
            List<ExchangeCandidate> again = new ArrayList<>();
            for (int k = 0; k < pending.size(); k++) {
                if (!dirty.contains(group[k])) {
                    if (roundLinks[k] != null) {
                        links.add(roundLinks[k]);
                    }
                } else if (!failing[k]) {
                    again.add(pending.get(k));
                }
            }
            pending = again;
        }

        List<String> notes = new ArrayList<>();
        if (!unsited.isEmpty()) {
            notes.add(unsited.size() + " plant(s) without a location take part in no link: " + String.join(", ", unsited));
        }
        notes.add(distances.hasNetwork()
                ? "distances along the park's road/utility network; pairs it does not connect use straight line × "
                        + parameters.number("detourFactor")
                : "the park has no road/utility network: distances are straight line × " + parameters.number("detourFactor"));
        notes.add(matches.candidates().size() + " candidate pairs; " + unprofitable
                + " cost more than they save even at full size; " + matches.tooCold()
                + " turned away because the heat would arrive too cold; " + matches.noMode() + " have no transport mode");
        if (dropped > 0) {
            notes.add(dropped + " link(s) dropped after the allocation because they did not pay (or arrived too cold)"
                    + " at the smaller quantity they got; " + rounds + " allocation round(s)");
        }
        notes.add(method == AllocationMethod.FIXED_CHARGE_MIP
                ? "allocation: exact fixed-charge MIP (OR-Tools SCIP)" + (provenOptimal ? ""
                        : "; stopped at its " + MIP_TIME_LIMIT_S + "-s limit: the best solution found, not proven optimal")
                : "allocation: min-cost flow with link costs linearised (full-size cost spread per unit)");
        long viaPipes = links.stream().filter(l -> l.existingPipeline() != null).count();
        notes.add(viaPipes + " link(s) use an existing pipeline and pay no capital for it; links along one pipeline"
                + " carry at most its stated capacity together (each also within its velocity limit)");
        return new ExchangeResult(problem.parkId(), problem.currency(), method,
                distances.hasNetwork() ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_X_DETOUR,
                links, totals(links, matches.candidates()), matches.candidates().size(), unsited, notes);
    }

    /**
     * Every pair that passes the matching rules and has a feasible mode, priced at full size,
     * before any allocation: what a single plant could exchange if the rest of the park did not
     * compete for its streams. Uses the same distance cache as {@link #analyse}.
     */
    public ExchangeMatcher.Matches match(ExchangeProblem problem) {
        List<ExchangePlant> sited = problem.plants().stream().filter(p -> p.locationM() != null).toList();
        return new ExchangeMatcher(parameters.number("existingPipe.maxEndGapM"))
                .match(problem, distances(sited, problem));
    }

    /** Connected groups of candidates that share a supply or a demand stream (union–find). */
    private static int[] groups(List<ExchangeCandidate> candidates) {
        Map<ExchangeStream, Integer> node = new IdentityHashMap<>();
        for (ExchangeCandidate c : candidates) {
            node.putIfAbsent(c.supply(), node.size());
            node.putIfAbsent(c.demand(), node.size());
        }
        int[] parent = new int[node.size()];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        for (ExchangeCandidate c : candidates) {
            int a = root(parent, node.get(c.supply()));
            int b = root(parent, node.get(c.demand()));
            parent[a] = b;
        }
        int[] group = new int[candidates.size()];
        for (int k = 0; k < group.length; k++) {
            group[k] = root(parent, node.get(candidates.get(k).supply()));
        }
        return group;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private record Allocation(double[] flow, double quantum, boolean provenOptimal) {
    }

    private Allocation allocate(List<ExchangeCandidate> candidates, LinkCostModel costs, AllocationMethod method) {
        AllocationInstance instance = AllocationInstance.of(candidates, costs);
        if (candidates.isEmpty()) {
            return new Allocation(new double[0], 1.0, true);
        }
        if (method == AllocationMethod.FIXED_CHARGE_MIP) {
            AllocationInstance.Solution mip = new FixedChargeAllocator(MIP_TIME_LIMIT_S).solve(instance);
            return new Allocation(mip.arcFlow(), 1e-6 * instance.quantum(), mip.provenOptimal());
        }
        AllocationInstance quantised = instance.quantised();
        // quantised() drops arcs rounded to nothing; map flows back by position among the kept ones
        double[] flow = new double[candidates.size()];
        AllocationInstance.Solution solution = new MinCostFlowAllocator().solve(quantised);
        int kept = 0;
        double quantum = instance.quantum();
        for (int k = 0; k < candidates.size(); k++) {
            if (Math.round(candidates.get(k).maxQuantityPerYear() / quantum) > 0) {
                flow[k] = solution.arcFlow()[kept++];
            }
        }
        return new Allocation(flow, quantum, true);
    }

    /** The link at the quantity it got, or empty if at that quantity it arrives too cold or does not pay. */
    private Optional<ExchangeLink> link(ExchangeCandidate c, double flow, LinkCostModel costs) {
        ExchangeStream s = c.supply();
        ExchangeStream d = c.demand();
        LinkRequest request = c.existingPipeline() == null
                ? LinkRequest.along(s.resource(), flow, c.distance(), s.temperatureC())
                : new LinkRequest(s.resource(), flow, c.distance().lengthM(), s.temperatureC(),
                        c.existingPipeline().diameterM());
        if (!ExchangeMatcher.warmEnough(request, d, costs)) {
            return Optional.empty();
        }
        Optional<LinkCost> cost = costs.cheapest(request);
        if (cost.isEmpty()) {
            return Optional.empty();
        }
        double costPerYear = cost.get().costPerYear();
        double benefitPerYear = c.benefitPerUnit() * flow;
        if (benefitPerYear - costPerYear <= 0) {
            return Optional.empty();
        }
        double co2 = flow * (d.resource().co2TPerUnit() - cost.get().transportCo2TPerUnit());
        return Optional.of(new ExchangeLink(s.plantId(), d.plantId(), s.resource().id(), d.resource().id(), flow,
                s.resource().unit().symbol(), routeLengthM(c, cost.get().mode()), c.distance().method(), cost.get().mode(),
                cost.get().diameterM() == null ? null : cost.get().diameterM() * 1000.0, costPerYear, benefitPerYear,
                benefitPerYear - costPerYear, co2, c.existingPipeline() == null ? null : c.existingPipeline().id()));
    }

    /** A new pipe follows the route of least cost-weighted length, the other modes the shortest one. */
    private static double routeLengthM(ExchangeCandidate c, TransportMode mode) {
        return mode == TransportMode.PIPELINE && c.existingPipeline() == null ? c.distance().pipeLengthM()
                : c.distance().lengthM();
    }

    private ExchangeTotals totals(List<ExchangeLink> links, List<ExchangeCandidate> candidates) {
        Map<String, Resource> resources = new HashMap<>();
        for (ExchangeCandidate c : candidates) {
            resources.put(c.supply().resource().id(), c.supply().resource());
            resources.put(c.demand().resource().id(), c.demand().resource());
        }
        double money = 0;
        double co2 = 0;
        double virginMaterial = 0;
        double landfill = 0;
        double water = 0;
        double energy = 0;
        for (ExchangeLink l : links) {
            Resource supplied = resources.get(l.resource());
            Resource received = resources.get(l.receivedAs());
            money += l.netBenefitPerYear();
            co2 += l.co2AvoidedTPerYear();
            if (received.category() == ResourceCategory.MATERIAL && received.unit().dimension() == QuantityUnit.Dimension.MASS) {
                virginMaterial += l.quantity();
            }
            if (supplied.category() == ResourceCategory.MATERIAL && supplied.disposalCostEurPerUnit() > 0) {
                landfill += l.quantity();
            }
            if (received.category() == ResourceCategory.WATER && received.virginPriceEurPerUnit() > 0) {
                water += l.quantity();
            }
            if (supplied.category() == ResourceCategory.ENERGY) {
                energy += supplied.unit().dimension() == QuantityUnit.Dimension.ENERGY ? supplied.unit().toBase(l.quantity())
                        : l.quantity() * parameters.number("steam.energyMWhPerT");
            }
        }
        return new ExchangeTotals(money, co2, virginMaterial, landfill, water, energy, links.size());
    }

    private PlantDistances distances(List<ExchangePlant> sited, ExchangeProblem problem) {
        double detour = parameters.number("detourFactor");
        String key = layoutKey(sited, problem.networkLinesM(), problem.pipeCostFactors(), detour);
        synchronized (distanceCache) {
            PlantDistances cached = distanceCache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        PlantDistances built = new PlantDistances(sited.stream().map(ExchangePlant::locationM).toList(),
                problem.networkLinesM(), problem.pipeCostFactors(), detour);
        synchronized (distanceCache) {
            distanceCache.putIfAbsent(key, built);
            return distanceCache.get(key);
        }
    }

    /** SHA-256 of the sited plants (ids and positions), the network lines, their cost factors and the detour factor. */
    static String layoutKey(List<ExchangePlant> sited, List<Geometry> lines, List<Double> factors, double detour) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(16);
            for (ExchangePlant p : sited) {
                digest.update(p.id().getBytes(StandardCharsets.UTF_8));
                Point point = p.locationM();
                digest.update(buffer.clear().putDouble(point.getX()).putDouble(point.getY()).array());
            }
            digest.update((byte) '|');
            for (Geometry line : lines) {
                for (Coordinate c : line.getCoordinates()) {
                    digest.update(buffer.clear().putDouble(c.getX()).putDouble(c.getY()).array());
                }
                digest.update((byte) ';');
            }
            for (double f : factors) {
                digest.update(buffer.clear().putDouble(f).array(), 0, 8);
            }
            digest.update(buffer.clear().putDouble(detour).array(), 0, 8);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many layouts the distance cache holds now (for tests). */
    int cachedLayouts() {
        synchronized (distanceCache) {
            return distanceCache.size();
        }
    }
}

package org.symbiopark.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.symbiopark.exchange.DistanceMethod;
import org.symbiopark.exchange.ExchangeCostModel;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.LinkCostModel;
import org.symbiopark.exchange.LinkCostModel.LinkCost;
import org.symbiopark.exchange.LinkCostModel.LinkRequest;
import org.symbiopark.exchange.PlantDistances;
import org.symbiopark.exchange.QuantityUnit;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.exchange.TransportMode;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.SanitaryProtectionZone;
import org.symbiopark.park.Violation;
import org.symbiopark.park.ZoningClass;

/**
 * The one translation from a park to a {@link QapInstance}: which plant goes on which parcel.
 *
 * <ul>
 *   <li><b>Items</b> are the park's plants: proposed plants are free, existing plants are pinned to
 *       their {@code parcelId} (an existing plant without a known parcel is left out, and so are
 *       its flows).</li>
 *   <li><b>Locations</b> are the available parcels plus every parcel a plant names as its own
 *       (occupied and reserved parcels nobody names are not offered).</li>
 *   <li><b>Flow</b> f[i][j] is the yearly cost per metre of moving what plant i puts OUT to plant
 *       j's IN streams of a resource it can replace: for each such pair q = min(supply, demand) in
 *       catalog units, and the cost per metre is the slope of the exchange engine's cheapest link
 *       cost ({@link LinkCostModel}) between 1 km and 2 km. Taking every pair at its minimum
 *       overstates flows when one supply could serve several demands: the layout is pulled
 *       towards every possible partner, which is what siting wants.</li>
 *   <li><b>Distance</b> between parcel centroids in the park's metric work CRS, m: along the
 *       park's road and utility corridor lines where it has them (the exchange engine's
 *       {@link PlantDistances}, each centroid joined to the nearest line), else, and for pairs the
 *       network does not connect, the straight line × the detour factor. The factor matters
 *       because the linear term is in money too.</li>
 *   <li><b>Linear term</b> of a proposed plant: its land, landPricePerM2 × footprintM2, annualised
 *       with the capital recovery factor of the park's discount rate and lifetime; plus, for each
 *       of its streams whose carrier has an existing pipeline in the park, the connection to the
 *       nearest such trunk: distance from the parcel centroid to the line × the yearly cost per
 *       metre of a new pipe for that stream's quantity (the exchange cost model's pipe, its capital
 *       annualised by the same factor). Nothing for existing plants (land paid, already connected).</li>
 *   <li><b>Forbidden</b>: a proposed plant may not go on a parcel whose zoning it does not allow
 *       (no list = the industrial classes industrial-light, industrial-heavy, chemical,
 *       logistics, utility), whose buildable area (area × maxCoverage) is below its footprint,
 *       that lies closer than its safety buffer (its own, else the SanPiN default of its hazard
 *       class) to a residential or protected parcel (polygon-to-polygon distance), or that is
 *       occupied or reserved (unless it is the plant's own).</li>
 * </ul>
 *
 * The objective is in hundredths of the park's currency per year, so it stays an exact
 * {@code long}; {@link #costs(int[])} gives it back in currency.
 */
public final class ParkSitingProblem {

    /** What "any industrial class" means for a plant that lists no allowed zoning. */
    public static final Set<ZoningClass> INDUSTRIAL = EnumSet.of(ZoningClass.INDUSTRIAL_LIGHT,
            ZoningClass.INDUSTRIAL_HEAVY, ZoningClass.CHEMICAL, ZoningClass.LOGISTICS, ZoningClass.UTILITY);

    /** Objective units per unit of currency. */
    static final double SCALE = 100;

    private static final double SLOPE_FROM_M = 1000;
    private static final double SLOPE_TO_M = 2000;

    private final List<Plant> plants;
    private final List<Parcel> parcels;
    private final QapInstance instance;
    private final int[] current;
    private final long[][] connection;
    private final DistanceMethod distanceMethod;
    private final int offNetworkPairs;

    private ParkSitingProblem(List<Plant> plants, List<Parcel> parcels, QapInstance instance, int[] current,
            long[][] connection, DistanceMethod distanceMethod, int offNetworkPairs) {
        this.plants = plants;
        this.parcels = parcels;
        this.instance = instance;
        this.current = current;
        this.connection = connection;
        this.distanceMethod = distanceMethod;
        this.offNetworkPairs = offNetworkPairs;
    }

    /** One plant on one parcel. */
    public record Placement(String plantId, String parcelId, boolean pinned) {
    }

    /** An assignment's objective in the park's currency per year, split by cause. */
    public record Costs(double exchangeTransportPerYear, double landPerYear, double connectionPerYear,
                        double totalPerYear) {
        public Costs(double exchangeTransportPerYear, double landPerYear, double connectionPerYear) {
            this(exchangeTransportPerYear, landPerYear, connectionPerYear,
                    exchangeTransportPerYear + landPerYear + connectionPerYear);
        }
    }

    /**
     * @param toWorkCrs     transforms a WGS 84 geometry to the park's metric work CRS
     * @param annuityFactor the capital recovery factor that turns a land price into a cost per year
     * @param detourFactor  route length over straight line where there is no network
     * @throws InvalidParkException if a proposed plant fits no parcel (naming the plant and, per
     *                              zoning class, what rules its parcels out), or the plants cannot
     *                              all be placed together (naming those that compete for too few
     *                              parcels)
     */
    public static ParkSitingProblem create(ParkData data, UnaryOperator<Geometry> toWorkCrs, ResourceCatalog catalog,
            LinkCostModel costs, double annuityFactor, double detourFactor) {
        Map<String, Parcel> parcelById = new LinkedHashMap<>();
        data.parcels().forEach(p -> parcelById.put(p.id(), p));
        List<Plant> plants = new ArrayList<>();
        for (Plant plant : data.plants()) {
            boolean existing = plant.status() == DevelopmentStatus.EXISTING;
            if (!existing || (plant.parcelId() != null && parcelById.containsKey(plant.parcelId()))) {
                plants.add(plant);
            }
        }
        Set<String> named = new java.util.HashSet<>();
        plants.forEach(p -> {
            if (p.parcelId() != null) {
                named.add(p.parcelId());
            }
        });
        List<Parcel> parcels = data.parcels().stream()
                .filter(p -> p.status() == ParcelStatus.AVAILABLE || named.contains(p.id())).toList();
        if (plants.isEmpty()) {
            throw new InvalidParkException(Violation.of("plants", "the park has no plant to site"));
        }
        int n = plants.size();
        int m = parcels.size();
        Map<String, Geometry> work = new HashMap<>();
        data.parcels().forEach(p -> work.put(p.id(), toWorkCrs.apply(p.geometry())));
        List<Geometry> sensitive = data.parcels().stream().filter(p -> p.zoning() != null && p.zoning().isSensitive())
                .map(p -> work.get(p.id())).toList();

        Point[] centroid = parcels.stream().map(p -> work.get(p.id()).getCentroid()).toArray(Point[]::new);
        PlantDistances routes = new PlantDistances(List.of(centroid), networkLines(data, toWorkCrs), detourFactor);
        routes.prepareFrom(java.util.stream.IntStream.range(0, m).toArray());
        long[][] distance = new long[m][m];
        int offNetwork = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                if (a != b) {
                    var d = routes.between(a, b);
                    distance[a][b] = Math.round(d.lengthM());
                    if (routes.hasNetwork() && d.method() != DistanceMethod.NETWORK && a < b) {
                        offNetwork++;
                    }
                }
            }
        }
        Map<String, List<Geometry>> trunks = trunkLines(data, toWorkCrs);
        long[][] linear = new long[n][m];
        long[][] connection = new long[n][m];
        boolean[][] forbidden = new boolean[n][m];
        int[] pinned = new int[n];
        Arrays.fill(pinned, -1);
        int[] current = new int[n];
        Map<String, Integer> locationOf = new HashMap<>();
        for (int k = 0; k < m; k++) {
            locationOf.put(parcels.get(k).id(), k);
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Plant plant = plants.get(i);
            Integer own = plant.parcelId() == null ? null : locationOf.get(plant.parcelId());
            current[i] = own == null ? -1 : own;
            if (plant.status() == DevelopmentStatus.EXISTING) {
                pinned[i] = own;
                for (int e = 0; e < i; e++) {
                    if (pinned[e] == own) {
                        violations.add(new Violation(null, plant.id(), "parcelId", "existing plants '"
                                + plants.get(e).id() + "' and '" + plant.id() + "' stand on the same parcel '"
                                + plant.parcelId() + "'; siting puts one plant on a parcel"));
                    }
                }
                continue;
            }
            Map<ZoningClass, Map<String, Integer>> reasons = new TreeMap<>();
            boolean any = false;
            for (int k = 0; k < m; k++) {
                Parcel parcel = parcels.get(k);
                Optional<String> rule = ruleOut(plant, parcel, work.get(parcel.id()), sensitive, own != null && own == k);
                if (rule.isPresent()) {
                    forbidden[i][k] = true;
                    reasons.computeIfAbsent(parcel.zoning(), z -> new LinkedHashMap<>()).merge(rule.get(), 1, Integer::sum);
                } else {
                    any = true;
                    double price = parcel.landPricePerM2() == null ? 0 : parcel.landPricePerM2();
                    double footprint = plant.footprintM2() == null ? 0 : plant.footprintM2();
                    connection[i][k] = Math.round(connectionPerYear(plant, centroid[k], trunks, catalog, costs) * SCALE);
                    linear[i][k] = Math.round(price * footprint * annuityFactor * SCALE) + connection[i][k];
                }
            }
            if (!any) {
                violations.add(new Violation(null, plant.id(), "parcelId", "plant '" + plant.id()
                        + "' fits no parcel: " + describe(reasons)));
            }
        }
        if (violations.isEmpty() && n > m) {
            violations.add(Violation.of("parcels", n + " plants to site but only " + m
                    + " parcels are available or taken by them"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidParkException(violations);
        }
        requireCompleteAssignment(plants, parcels, forbidden, pinned);
        long[][] flow = flows(plants, catalog, costs);
        boolean complete = Arrays.stream(current).allMatch(k -> k >= 0);
        int[] currentLayout = complete && injective(current) ? current : null;
        QapInstance instance = new QapInstance("park " + data.park().id(), flow, distance, linear, forbidden, pinned);
        return new ParkSitingProblem(List.copyOf(plants), parcels, instance, currentLayout, connection,
                routes.hasNetwork() ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_X_DETOUR, offNetwork);
    }

    /** Road and utility corridor lines in the work CRS, as the exchange engine takes them. */
    private static List<Geometry> networkLines(ParkData data, UnaryOperator<Geometry> toWorkCrs) {
        List<Geometry> lines = new ArrayList<>();
        for (Corridor c : data.corridors()) {
            if ((c.kind() == CorridorKind.ROAD || c.kind() == CorridorKind.UTILITY) && c.geometry() != null) {
                Geometry g = toWorkCrs.apply(c.geometry());
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    if (g.getGeometryN(i) instanceof LineString line && !line.isEmpty()) {
                        lines.add(line);
                    }
                }
            }
        }
        return lines;
    }

    /** Existing pipelines in the work CRS by carrier id. */
    private static Map<String, List<Geometry>> trunkLines(ParkData data, UnaryOperator<Geometry> toWorkCrs) {
        Map<String, List<Geometry>> byCarrier = new HashMap<>();
        for (Pipeline p : data.pipelines()) {
            if (p.status() == DevelopmentStatus.EXISTING && p.carrier() != null && p.geometry() != null
                    && !p.geometry().isEmpty()) {
                byCarrier.computeIfAbsent(p.carrier(), c -> new ArrayList<>()).add(toWorkCrs.apply(p.geometry()));
            }
        }
        return byCarrier;
    }

    /** Σ over the plant's streams with a trunk of their carrier: distance to it × new pipe cost per metre. */
    private static double connectionPerYear(Plant plant, Point site, Map<String, List<Geometry>> trunks,
            ResourceCatalog catalog, LinkCostModel costs) {
        double total = 0;
        for (ResourceStream stream : plant.streams()) {
            List<Geometry> lines = trunks.get(stream.resource());
            Resource carrier = catalog.find(stream.resource()).orElse(null);
            Double q = inCatalogUnit(stream, carrier);
            if (lines == null || q == null || q <= 0 || carrier.transport() != TransportMode.PIPELINE) {
                continue;
            }
            double distanceM = lines.stream().mapToDouble(site::distance).min().orElseThrow();
            total += distanceM * pipeCostPerMetre(costs, carrier, q, stream.temperatureC());
        }
        return total;
    }

    private static void requireCompleteAssignment(List<Plant> plants, List<Parcel> parcels, boolean[][] forbidden,
            int[] pinned) {
        int n = plants.size();
        int m = parcels.size();
        boolean[][] allowed = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                allowed[i][k] = pinned[i] >= 0 ? pinned[i] == k : !forbidden[i][k];
            }
        }
        CompleteAssignment.check(allowed, m).ifPresent(shortage -> {
            List<String> names = Arrays.stream(shortage.items()).mapToObj(i -> "'" + plants.get(i).id() + "'"
                    + (pinned[i] >= 0 ? " (existing, on " + parcels.get(pinned[i]).id() + ")" : "")).toList();
            List<String> where = Arrays.stream(shortage.locations()).mapToObj(k -> parcels.get(k).id()).toList();
            throw new InvalidParkException(Violation.of("plants", "plants " + String.join(", ", names)
                    + " cannot all be placed together: too few allowed parcels for them — between them they may"
                    + " only use " + where.size() + (where.size() == 1 ? " parcel" : " parcels")
                    + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")") + " for " + names.size()
                    + " plants, one plant per parcel"));
        });
    }

    /**
     * The problem of a park with the exchange engine's cost model for its currency, discount rate
     * and lifetime.
     */
    public static ParkSitingProblem of(ParkData data, UnaryOperator<Geometry> toWorkCrs, ResourceCatalog catalog,
            ExchangeParameters parameters) {
        var park = data.park();
        var costs = new ExchangeCostModel(parameters, park.discountRate(), park.lifetimeYears(), park.currency());
        return create(data, toWorkCrs, catalog, costs, costs.capitalRecoveryFactor(), parameters.number("detourFactor"));
    }

    /** NETWORK when the park has road/utility lines (see {@link #offNetworkPairs()}), else STRAIGHT_X_DETOUR. */
    public DistanceMethod distanceMethod() {
        return distanceMethod;
    }

    /** Parcel pairs the network does not connect, measured straight × detour instead. */
    public int offNetworkPairs() {
        return offNetworkPairs;
    }

    public QapInstance instance() {
        return instance;
    }

    /** The plants, in item order. */
    public List<Plant> plants() {
        return plants;
    }

    /** The parcels, in location order. */
    public List<Parcel> parcels() {
        return parcels;
    }

    /** The layout as the park has it now, if every plant names a distinct parcel offered here. */
    public Optional<int[]> currentAssignment() {
        return Optional.ofNullable(current).map(int[]::clone);
    }

    public List<Placement> placements(int[] assignment) {
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < assignment.length; i++) {
            out.add(new Placement(plants.get(i).id(), parcels.get(assignment[i]).id(), instance.pinned()[i] >= 0));
        }
        return out;
    }

    /** The objective of an assignment in currency per year, split into exchange transport, land and connection. */
    public Costs costs(int[] assignment) {
        long transport = 0;
        long land = 0;
        long connect = 0;
        int n = instance.n();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                transport += instance.flow()[i][j] * instance.distance()[assignment[i]][assignment[j]];
            }
            connect += connection[i][assignment[i]];
            land += instance.linearCost()[i][assignment[i]] - connection[i][assignment[i]];
        }
        return new Costs(transport / SCALE, land / SCALE, connect / SCALE);
    }

    /** Converts the engine's objective to currency per year. */
    public static double toCurrency(long objective) {
        return objective / SCALE;
    }

    private static Optional<String> ruleOut(Plant plant, Parcel parcel, Geometry parcelWork, List<Geometry> sensitive,
            boolean own) {
        Set<ZoningClass> allowed = plant.allowedZoning().isEmpty() ? INDUSTRIAL : EnumSet.copyOf(plant.allowedZoning());
        if (!allowed.contains(parcel.zoning())) {
            return Optional.of("zoning not allowed (allowed: "
                    + String.join(", ", allowed.stream().map(ZoningClass::code).toList()) + ")");
        }
        if (parcel.status() != ParcelStatus.AVAILABLE && !own) {
            return Optional.of("parcel is " + parcel.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        double footprint = plant.footprintM2() == null ? 0 : plant.footprintM2();
        double coverage = parcel.maxCoverage() == null ? 1 : parcel.maxCoverage();
        double buildable = parcelWork.getArea() * coverage;
        if (buildable < footprint) {
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "buildable area (area × maxCoverage) below the footprint %.0f m²", footprint));
        }
        double buffer = bufferM(plant);
        if (buffer > 0 && sensitive.stream().anyMatch(s -> s != parcelWork && s.distance(parcelWork) < buffer)) {
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "within the safety buffer of %.0f m from residential or protected land", buffer));
        }
        return Optional.empty();
    }

    /** The plant's own buffer, else the sanitary protection zone of its hazard class, else none. */
    static double bufferM(Plant plant) {
        if (plant.safetyBufferM() > 0) {
            return plant.safetyBufferM();
        }
        return plant.hazardClass() == null ? 0 : SanitaryProtectionZone.defaultBufferM(plant.hazardClass());
    }

    private static String describe(Map<ZoningClass, Map<String, Integer>> reasons) {
        if (reasons.isEmpty()) {
            return "the park offers no parcel";
        }
        List<String> parts = new ArrayList<>();
        reasons.forEach((zoning, rules) -> {
            List<String> rs = new ArrayList<>();
            rules.forEach((rule, count) -> rs.add(rule + " [" + count + (count == 1 ? " parcel]" : " parcels]")));
            parts.add((zoning == null ? "no zoning" : zoning.code()) + ": " + String.join("; ", rs));
        });
        return String.join(" | ", parts);
    }

    private static long[][] flows(List<Plant> plants, ResourceCatalog catalog, LinkCostModel costs) {
        int n = plants.size();
        long[][] flow = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (ResourceStream out : plants.get(i).streams()) {
                if (out.direction() != org.symbiopark.park.Direction.OUT) {
                    continue;
                }
                Resource carrier = catalog.find(out.resource()).orElse(null);
                Double supply = inCatalogUnit(out, carrier);
                if (supply == null) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    for (ResourceStream in : plants.get(j).streams()) {
                        if (in.direction() != org.symbiopark.park.Direction.IN || !carrier.canReplace(in.resource())) {
                            continue;
                        }
                        Double demand = inCatalogUnit(in, carrier);
                        if (demand == null) {
                            continue;
                        }
                        double q = Math.min(supply, demand);
                        double perM = costPerMetre(costs, carrier, q, out.temperatureC());
                        flow[i][j] += Math.round(perM * SCALE);
                    }
                }
            }
        }
        return flow;
    }

    private static Double inCatalogUnit(ResourceStream stream, Resource carrier) {
        if (carrier == null) {
            return null;
        }
        Optional<QuantityUnit> unit = QuantityUnit.fromSymbol(stream.unit());
        if (unit.isEmpty() || unit.get().dimension() != carrier.unit().dimension()) {
            return null;
        }
        return unit.get().toBase(stream.quantityPerYear()) / carrier.unit().toBase(1);
    }

    private static double costPerMetre(LinkCostModel costs, Resource carrier, double q, Double temperatureC) {
        if (q <= 0) {
            return 0;
        }
        Optional<LinkCost> near = costs.cheapest(new LinkRequest(carrier, q, SLOPE_FROM_M, temperatureC));
        Optional<LinkCost> far = costs.cheapest(new LinkRequest(carrier, q, SLOPE_TO_M, temperatureC));
        if (near.isEmpty() || far.isEmpty()) {
            return 0;
        }
        return Math.max(0, (far.get().costPerYear() - near.get().costPerYear()) / (SLOPE_TO_M - SLOPE_FROM_M));
    }

    /** Yearly cost per metre of a new pipe for this quantity: the pipe cost's slope between 1 and 2 km. */
    private static double pipeCostPerMetre(LinkCostModel costs, Resource carrier, double q, Double temperatureC) {
        Optional<LinkCost> near = costs.cost(TransportMode.PIPELINE, new LinkRequest(carrier, q, SLOPE_FROM_M, temperatureC));
        Optional<LinkCost> far = costs.cost(TransportMode.PIPELINE, new LinkRequest(carrier, q, SLOPE_TO_M, temperatureC));
        if (near.isEmpty() || far.isEmpty()) {
            return 0;
        }
        return Math.max(0, (far.get().costPerYear() - near.get().costPerYear()) / (SLOPE_TO_M - SLOPE_FROM_M));
    }

    private static boolean injective(int[] assignment) {
        return Arrays.stream(assignment).distinct().count() == assignment.length;
    }
}

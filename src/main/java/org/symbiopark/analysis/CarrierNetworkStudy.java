package org.symbiopark.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.symbiopark.exchange.ExchangeCostModel;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.TransportMode;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.Violation;
import org.symbiopark.routing.CarrierExchange;
import org.symbiopark.routing.CarrierNetwork;
import org.symbiopark.routing.CarrierNetworkPlanner;
import org.symbiopark.routing.CostSurface;
import org.symbiopark.routing.CostSurfaceBuilder;
import org.symbiopark.routing.ExistingPipe;
import org.symbiopark.routing.NetworkSegment;
import org.symbiopark.routing.NetworkTerminal;
import org.symbiopark.routing.PlanningMonitor;
import org.symbiopark.routing.PointToPointPipe;
import org.symbiopark.routing.SearchBudget;
import org.symbiopark.routing.UnreachableTerminalException;

/**
 * The shared network of one carrier in one park, set up from the park model and ready to run:
 * the cost surface with the terminals' sites passable, each terminal plant at the cell of its
 * point (a footprint's centroid, as the exchange engine places it), the planner with the park's
 * cost model. Everything a request can get wrong is found by {@link #prepare} (before any job
 * exists): {@link #plan} only computes. Shared by the API's job and the {@code route} command.
 *
 * <p>Errors (all 422 at the API): {@link InvalidParkException} with a violation naming the field
 * or plant for a carrier that travels by truck, fewer than two terminals, a terminal that is not
 * a sited plant or exchanges none of the carrier with the others;
 * {@link org.symbiopark.routing.RasterTooLargeException} from the surface;
 * {@link UnreachableTerminalException} naming a terminal the surface cannot reach.
 */
public final class CarrierNetworkStudy {

    /** Search time of the Steiner solver; the exact search usually ends far sooner. */
    public static final double DEFAULT_SECONDS = 10;

    private final Resource carrier;
    private final String currency;
    private final CostSurface surface;
    private final List<NetworkTerminal> terminals;
    private final Map<String, Coordinate> terminalPointsM;
    private final List<CarrierExchange> exchanges;
    private final CarrierNetworkPlanner planner;
    private final UnaryOperator<Geometry> toWgs84;
    private final String exchangeSource;
    private final List<ExistingPipe> existingPipes;
    private final double existingPipeCostFactor;

    private CarrierNetworkStudy(Resource carrier, String currency, CostSurface surface, List<NetworkTerminal> terminals,
            Map<String, Coordinate> terminalPointsM, List<CarrierExchange> exchanges, CarrierNetworkPlanner planner,
            UnaryOperator<Geometry> toWgs84, String exchangeSource, List<ExistingPipe> existingPipes,
            double existingPipeCostFactor) {
        this.carrier = carrier;
        this.currency = currency;
        this.surface = surface;
        this.terminals = terminals;
        this.terminalPointsM = terminalPointsM;
        this.exchanges = exchanges;
        this.planner = planner;
        this.toWgs84 = toWgs84;
        this.exchangeSource = exchangeSource;
        this.existingPipes = existingPipes;
        this.existingPipeCostFactor = existingPipeCostFactor;
    }

    /**
     * @param carrier        the catalog resource the network carries
     * @param terminalIds    the plants to join, or {@code null} for every plant in {@code exchanges}
     * @param exchanges      the exchanges of this carrier (from a scenario or an exchange analysis);
     *                       only those between terminals are carried
     * @param exchangeSource where the exchanges come from, for messages ("scenario 'x'")
     * @param surfaceFor     the park's cost surface with these plants' sites passable (may throw
     *                       {@link org.symbiopark.routing.RasterTooLargeException})
     * @param existingPipeCostFactor the cost factor of cells along an existing pipeline of the carrier
     *                       in the network's search ({@code CostSurfaceParameters.existingPipeCostFactor})
     * @throws UnreachableTerminalException naming a terminal off the surface, on a forbidden cell or cut off
     */
    public static CarrierNetworkStudy prepare(ParkData data, Resource carrier, List<String> terminalIds,
            List<CarrierExchange> exchanges, String exchangeSource, Function<Set<String>, CostSurface> surfaceFor,
            UnaryOperator<Geometry> toWorkCrs, UnaryOperator<Geometry> toWgs84, ExchangeParameters exchangeParameters,
            SearchBudget budget, double existingPipeCostFactor) {
        if (carrier.transport() == TransportMode.TRUCK) {
            throw invalid("carrier", "'" + carrier.id() + "' travels by truck: it has no pipe or cable network to plan");
        }
        Set<String> ids = new LinkedHashSet<>();
        if (terminalIds != null) {
            ids.addAll(terminalIds);
        } else {
            exchanges.forEach(x -> {
                ids.add(x.supplier());
                ids.add(x.receiver());
            });
        }
        if (ids.size() < 2) {
            throw invalid(terminalIds != null ? "terminals" : "carrier", "a " + carrier.id() + " network needs at least 2 terminals; "
                    + (terminalIds != null ? ids.size() + " given" : ids.size() + " plant(s) exchange " + carrier.id()
                    + " in " + exchangeSource));
        }
        Map<String, Plant> plants = new LinkedHashMap<>();
        data.plants().forEach(p -> plants.put(p.id(), p));
        Map<String, Coordinate> pointsM = new LinkedHashMap<>();
        for (String id : ids) {
            Plant plant = plants.get(id);
            if (plant == null) {
                throw invalid("terminals", "no plant '" + id + "' in the park");
            }
            if (plant.geometry() == null || plant.geometry().isEmpty()) {
                throw new InvalidParkException(new Violation(null, id, "geometry", "plant '" + id
                        + "' has no site yet: a network terminal needs its location"));
            }
            Point centroid = toWorkCrs.apply(plant.geometry()).getCentroid();
            pointsM.put(id, centroid.getCoordinate());
        }
        List<CarrierExchange> carried = exchanges.stream()
                .filter(x -> ids.contains(x.supplier()) && ids.contains(x.receiver())).toList();
        for (String id : ids) {
            if (carried.stream().noneMatch(x -> x.supplier().equals(id) || x.receiver().equals(id))) {
                throw new InvalidParkException(new Violation(null, id, "terminals", "plant '" + id + "' exchanges no "
                        + carrier.id() + " with the other terminals in " + exchangeSource));
            }
        }
        CostSurface surface = surfaceFor.apply(Set.copyOf(ids));
        List<NetworkTerminal> terminals = new ArrayList<>();
        pointsM.forEach((id, p) -> terminals.add(new NetworkTerminal(id, surface.column(p.x), surface.row(p.y))));
        var park = data.park();
        var costModel = new ExchangeCostModel(exchangeParameters, park.discountRate(), park.lifetimeYears(), park.currency());
        CarrierNetworkPlanner planner = new CarrierNetworkPlanner(carrier, costModel, budget);
        planner.checkReachable(surface.grid(), terminals);
        planner.checkSize(surface.grid(), terminals);
        List<ExistingPipe> existing = new ArrayList<>();
        for (Pipeline pipe : data.pipelines()) {
            if (pipe.status() == DevelopmentStatus.EXISTING && carrier.id().equals(pipe.carrier())
                    && pipe.geometry() != null && !pipe.geometry().isEmpty()) {
                existing.add(new ExistingPipe(pipe.id(), pipe.carrier(),
                        pipe.diameterMm() == null ? null : pipe.diameterMm() / 1000.0, pipe.capacityPerYear(),
                        CostSurfaceBuilder.lineCells(surface, toWorkCrs.apply(pipe.geometry()))));
            }
        }
        return new CarrierNetworkStudy(carrier, park.currency(), surface, List.copyOf(terminals), pointsM, carried, planner,
                toWgs84, exchangeSource, List.copyOf(existing), existingPipeCostFactor);
    }

    public Resource carrier() {
        return carrier;
    }

    public List<NetworkTerminal> terminals() {
        return terminals;
    }

    public List<CarrierExchange> exchanges() {
        return exchanges;
    }

    public CostSurface surface() {
        return surface;
    }

    /** @throws java.util.concurrent.CancellationException when the monitor asks to stop */
    public CarrierNetwork plan(PlanningMonitor monitor) {
        return planner.plan(surface.grid(), terminals, exchanges, existingPipes, existingPipeCostFactor, monitor);
    }

    /**
     * The network as JSON: {@code carrier}, {@code unit}, {@code currency}, {@code cellSizeM},
     * {@code terminals}, {@code segments}, {@code totals}, {@code pointToPoint} (its pipes, length,
     * cost and the saving), {@code routesGeoJson} (the segments as WGS 84 LineStrings whose
     * properties are a proposed pipeline's plus flow and cost) and {@code pipelines} (the proposed
     * pipelines in the park exchange format's members).
     */
    public Map<String, Object> report(CarrierNetwork network) {
        String unit = carrier.unit().symbol();
        List<Map<String, Object>> segments = new ArrayList<>();
        List<Map<String, Object>> features = new ArrayList<>();
        List<Map<String, Object>> pipelines = new ArrayList<>();
        for (int i = 0; i < network.segments().size(); i++) {
            NetworkSegment s = network.segments().get(i);
            String id = carrier.id() + "-network-" + (i + 1);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", id);
            properties.put("layer", "pipeline");
            properties.put("status", "proposed");
            properties.put("carrier", carrier.id());
            properties.put("from", s.fromTerminal());
            properties.put("to", s.toTerminal());
            properties.put("flowPerYear", round(s.flowPerYear(), 3));
            properties.put("unit", unit);
            properties.put("diameterMm", s.diameterM() == null ? null : round(s.diameterM() * 1000, 0));
            properties.put("lengthM", round(s.lengthM(), 1));
            properties.put("weightedLengthM", round(s.weightedLengthM(), 1));
            properties.put("costPerYear", round(s.costPerYear(), 0));
            properties.put("reusedLengthM", round(s.reusedLengthM(), 1));
            properties.put("reusedPipelineIds", s.reusedPipelineIds());
            properties.put("notes", s.notes());
            segments.add(properties);
            Map<String, Object> geometry = lineJson(line(s));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", id);
            feature.put("geometry", geometry);
            feature.put("properties", properties);
            features.add(feature);
            if (s.flowPerYear() > 0) {
                Map<String, Object> pipeline = new LinkedHashMap<>();
                pipeline.put("id", id);
                pipeline.put("name", carrier.id() + " network " + describe(s));
                pipeline.put("carrier", carrier.id());
                pipeline.put("diameterMm", properties.get("diameterMm"));
                pipeline.put("capacityPerYear", properties.get("flowPerYear"));
                pipeline.put("status", "proposed");
                pipeline.put("lengthM", properties.get("lengthM"));
                pipeline.put("geometry", geometry);
                pipelines.add(pipeline);
            }
        }
        Map<String, Object> routes = new LinkedHashMap<>();
        routes.put("type", "FeatureCollection");
        routes.put("features", features);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", "network");
        root.put("carrier", carrier.id());
        root.put("unit", unit);
        root.put("currency", currency);
        root.put("cellSizeM", surface.cellSizeM());
        root.put("exchangesFrom", exchangeSource);
        root.put("terminals", terminals.stream().map(NetworkTerminal::id).toList());
        root.put("exchanges", exchanges.stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("supplier", x.supplier());
            m.put("receiver", x.receiver());
            m.put("quantityPerYear", round(x.quantityPerYear(), 3));
            return m;
        }).toList());
        root.put("segments", segments);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("segments", network.segments().size());
        totals.put("lengthM", round(network.lengthM(), 1));
        totals.put("costPerYear", round(network.costPerYear(), 0));
        totals.put("reusedLengthM", round(network.reusedLengthM(), 1));
        totals.put("treeProven", network.treeProven());
        root.put("totals", totals);
        Map<String, Object> pointToPoint = new LinkedHashMap<>();
        pointToPoint.put("pipes", network.pointToPoint().stream().map(CarrierNetworkStudy::pipeJson).toList());
        pointToPoint.put("lengthM", round(network.pointToPointLengthM(), 1));
        pointToPoint.put("costPerYear", round(network.pointToPointCostPerYear(), 0));
        pointToPoint.put("reusedLengthM", round(network.pointToPointReusedLengthM(), 1));
        pointToPoint.put("savingPerYear", round(network.savingPerYear(), 0));
        pointToPoint.put("savingPercent", round(network.savingPercent(), 2));
        pointToPoint.put("lengthSavedM", round(network.pointToPointLengthM() - network.lengthM(), 1));
        root.put("pointToPoint", pointToPoint);
        root.put("routesGeoJson", routes);
        root.put("pipelines", pipelines);
        return root;
    }

    /**
     * A segment's line in WGS 84: its cell centres, with a terminal's own point at a terminal
     * end, keeping only the cells where the direction turns (no vertex of the raster path is
     * moved, so the line crosses exactly the cells the tree does).
     */
    private Geometry line(NetworkSegment s) {
        int[] cells = s.cells();
        int columns = surface.grid().columns();
        List<Coordinate> kept = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0 && i < cells.length - 1) {
                int dx1 = cells[i] % columns - cells[i - 1] % columns;
                int dy1 = cells[i] / columns - cells[i - 1] / columns;
                int dx2 = cells[i + 1] % columns - cells[i] % columns;
                int dy2 = cells[i + 1] / columns - cells[i] / columns;
                if (dx1 == dx2 && dy1 == dy2) {
                    continue;
                }
            }
            kept.add(surface.centre(cells[i] % columns, cells[i] / columns));
        }
        if (s.fromTerminal() != null) {
            kept.add(0, terminalPointsM.get(s.fromTerminal()));
        }
        if (s.toTerminal() != null) {
            kept.add(terminalPointsM.get(s.toTerminal()));
        }
        List<Coordinate> distinct = new ArrayList<>();
        for (Coordinate c : kept) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals2D(c)) {
                distinct.add(c);
            }
        }
        if (distinct.size() == 1) {
            distinct.add(distinct.get(0));
        }
        LineString lineM = new GeometryFactory().createLineString(distinct.toArray(Coordinate[]::new));
        return toWgs84.apply(lineM);
    }

    private static Map<String, Object> lineJson(Geometry line) {
        List<List<Double>> coordinates = new ArrayList<>();
        for (Coordinate c : line.getCoordinates()) {
            coordinates.add(List.of(round(c.x, 7), round(c.y, 7)));
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "LineString");
        geometry.put("coordinates", coordinates);
        return geometry;
    }

    private static Map<String, Object> pipeJson(PointToPointPipe p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("supplier", p.supplier());
        m.put("receiver", p.receiver());
        m.put("quantityPerYear", round(p.quantityPerYear(), 3));
        m.put("lengthM", round(p.lengthM(), 1));
        m.put("diameterMm", p.diameterM() == null ? null : round(p.diameterM() * 1000, 0));
        m.put("costPerYear", round(p.costPerYear(), 0));
        m.put("reusedLengthM", round(p.reusedLengthM(), 1));
        m.put("reusedPipelineIds", p.reusedPipelineIds());
        m.put("notes", p.notes());
        return m;
    }

    private static String describe(NetworkSegment s) {
        return (s.fromTerminal() == null ? "branch" : s.fromTerminal()) + " → " + (s.toTerminal() == null ? "branch" : s.toTerminal());
    }

    private static InvalidParkException invalid(String field, String reason) {
        return new InvalidParkException(Violation.of(field, reason));
    }

    private static double round(double value, int decimals) {
        return ExchangeResultJson.round(value, decimals);
    }
}

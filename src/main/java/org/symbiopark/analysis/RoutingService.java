package org.symbiopark.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Plant;
import org.symbiopark.park.Violation;
import org.symbiopark.routing.CostSurfaceBuilder;
import org.symbiopark.routing.CostSurfaceParameters;
import org.symbiopark.routing.LeastCostPath;
import org.symbiopark.routing.LeastCostPathFinder;
import org.symbiopark.routing.Neighbourhood;
import org.symbiopark.routing.SurfaceLayers;
import org.symbiopark.routing.SurfaceSpec;
import org.symbiopark.routing.Terminal;

/**
 * Least-cost routing on stored parks (issue 6): builds a park's cost surface in its work CRS
 * (the park's layers transformed from WGS 84) and searches paths on it. Nothing is stored.
 *
 * <p>Errors: {@link NotFoundException} for an unknown park or plant (404),
 * {@link InvalidParkException} for a plant without a site or an unknown carrier (422),
 * {@link org.symbiopark.routing.UnreachableTerminalException} for an end outside the surface, on
 * a forbidden cell or enclosed (422), {@link org.symbiopark.routing.RasterTooLargeException} for a
 * surface above the memory limit (422 with the cell size that fits).
 */
public class RoutingService {

    private final ParkService parks;
    private final CoordinateTransforms transforms;
    private final MetricMeasures measures;
    private final ResourceCatalog catalog;
    private final CostSurfaceParameters parameters;
    private final CostSurfaceBuilder builder;
    private final GeometryFactory geometries = new GeometryFactory();

    public RoutingService(ParkService parks, CoordinateTransforms transforms, MetricMeasures measures,
                          ResourceCatalog catalog, CostSurfaceParameters parameters, long maxRasterBytes) {
        this.parks = parks;
        this.transforms = transforms;
        this.measures = measures;
        this.catalog = catalog;
        this.parameters = parameters;
        this.builder = new CostSurfaceBuilder(parameters, maxRasterBytes);
    }

    /** The cost factor of cells along an existing pipeline in a carrier network's search. */
    public double existingPipeCostFactor() {
        return parameters.existingPipeCostFactor();
    }

    /** The cell size used when a request gives none, m. */
    public double defaultCellSizeM() {
        return parameters.defaultCellSizeM();
    }

    /**
     * The cost surface of a stored park: its layers' bounding box plus the configured margin, every
     * plant's site forbidden except those of {@code passablePlantIds} (the terminals to be joined).
     *
     * @param cellSizeM cell width, m; {@code null} for the default
     */
    public ParkCostSurface surface(String parkId, Double cellSizeM, Set<String> passablePlantIds) {
        return surface(parks.exportPark(parkId), cellSizeM, passablePlantIds);
    }

    /** As {@link #surface(String, Double, Set)} for a park already exported. */
    public ParkCostSurface surface(ParkData data, Double cellSizeM, Set<String> passablePlantIds) {
        int workSrid = ParkWorkCrs.srid(data, measures);
        SurfaceLayers layers = SurfaceLayers.from(data,
                g -> transforms.transform(g, CoordinateTransforms.WGS84, workSrid));
        Envelope extent = SurfaceSpec.extentAround(layers, parameters.marginM());
        if (extent.isNull()) {
            throw new InvalidParkException(new Violation(null, null, "features",
                    "park '" + data.park().id() + "' has no located feature to build a cost surface over"));
        }
        double size = cellSizeM == null ? parameters.defaultCellSizeM() : cellSizeM;
        return new ParkCostSurface(data, workSrid, layers,
                builder.build(layers, new SurfaceSpec(extent, size, passablePlantIds, null)));
    }

    /** A plant as a path terminal: its point, or a point inside its footprint, in the work CRS. */
    public Terminal plantTerminal(ParkCostSurface surface, String plantId) {
        Plant plant = surface.data().plants().stream().filter(p -> p.id().equals(plantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no plant '" + plantId + "' in park '"
                        + surface.data().park().id() + "'"));
        if (plant.geometry() == null || plant.geometry().isEmpty()) {
            throw new InvalidParkException(new Violation(null, plantId, "geometry", "plant '" + plantId
                    + "' has no site yet: a path needs its location (place it on a parcel first)"));
        }
        Geometry site = transforms.transform(plant.geometry(), CoordinateTransforms.WGS84, surface.workSrid());
        return new Terminal("plant '" + plantId + "'", site.getInteriorPoint().getCoordinate());
    }

    /** Transforms a geometry of the surface's work CRS to WGS 84 longitude/latitude. */
    public Geometry toWgs84(ParkCostSurface surface, Geometry geometryM) {
        return transforms.transform(geometryM, surface.workSrid(), CoordinateTransforms.WGS84);
    }

    /**
     * The least-cost path between two ends of a park.
     *
     * @param cellSizeM     cell width, m; {@code null} for the default
     * @param neighbourhood 8 or 16 neighbours
     * @param carrier       a catalog resource id the path is meant for, or {@code null}
     */
    public RoutedPath path(String parkId, RouteEnd from, RouteEnd to, Double cellSizeM, Neighbourhood neighbourhood,
                           String carrier) {
        if (carrier != null && !catalog.contains(carrier)) {
            throw new InvalidParkException(new Violation(null, null, "carrier", "carrier '" + carrier
                    + "' is not in the resource catalog (GET /api/v1/resources lists it)"));
        }
        ParkData data = parks.exportPark(parkId);
        Set<String> terminals = new LinkedHashSet<>();
        for (RouteEnd end : new RouteEnd[] {from, to}) {
            if (end.isPlant()) {
                if (data.plants().stream().noneMatch(p -> p.id().equals(end.plantId()))) {
                    throw new NotFoundException("no plant '" + end.plantId() + "' in park '" + parkId + "'");
                }
                terminals.add(end.plantId());
            }
        }
        ParkCostSurface surface = surface(data, cellSizeM, terminals);
        LeastCostPath path = new LeastCostPathFinder(neighbourhood)
                .find(surface.surface(), terminal(surface, from), terminal(surface, to));
        LineString wgs84 = (LineString) toWgs84(surface, path.lineM());
        return new RoutedPath(wgs84, path, surface.surface().cellSizeM(), neighbourhood, carrier, surface.workSrid());
    }

    private Terminal terminal(ParkCostSurface surface, RouteEnd end) {
        if (end.isPlant()) {
            return plantTerminal(surface, end.plantId());
        }
        Geometry point = transforms.transform(geometries.createPoint(new Coordinate(end.lon(), end.lat())),
                CoordinateTransforms.WGS84, surface.workSrid());
        return new Terminal(end.describe(), point.getCoordinate());
    }
}

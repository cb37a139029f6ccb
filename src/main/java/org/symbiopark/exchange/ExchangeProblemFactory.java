package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.Violation;

/**
 * The one translation from a park (WGS 84, stream units, catalog ids) to an {@link ExchangeProblem}
 * (metres in the work CRS, catalog units, resolved resources). The WGS 84 → work CRS transform
 * comes in as a function, so the engine needs no CRS library.
 */
public final class ExchangeProblemFactory {

    private final ResourceCatalog catalog;
    private final ExchangeParameters parameters;

    public ExchangeProblemFactory(ResourceCatalog catalog, ExchangeParameters parameters) {
        this.catalog = catalog;
        this.parameters = parameters;
    }

    /**
     * @param toWorkCrs transforms a WGS 84 geometry to the park's metric work CRS
     * @throws InvalidParkException naming the stream, for an unknown resource, an unconvertible
     *                              unit or an unknown water quality class
     */
    public ExchangeProblem create(ParkData data, UnaryOperator<Geometry> toWorkCrs) {
        var park = data.park();
        List<Violation> violations = new ArrayList<>();
        List<ExchangePlant> plants = new ArrayList<>();
        for (Plant plant : data.plants()) {
            List<ExchangeStream> streams = new ArrayList<>();
            for (int i = 0; i < plant.streams().size(); i++) {
                ResourceStream s = plant.streams().get(i);
                String field = "streams[" + i + "]";
                Resource resource = catalog.find(s.resource()).orElse(null);
                if (resource == null) {
                    violations.add(new Violation(null, plant.id(), field + ".resource",
                            "unknown resource '" + s.resource() + "'"));
                    continue;
                }
                QuantityUnit unit = QuantityUnit.fromSymbol(s.unit()).orElse(null);
                if (unit == null || unit.dimension() != resource.unit().dimension()) {
                    violations.add(new Violation(null, plant.id(), field + ".unit", "unit '" + s.unit()
                            + "' does not convert to " + resource.unit().symbol() + " for " + resource.id()));
                    continue;
                }
                WaterQuality quality = null;
                if (s.waterQuality() != null) {
                    quality = WaterQuality.fromCode(s.waterQuality()).orElse(null);
                    if (quality == null) {
                        violations.add(new Violation(null, plant.id(), field + ".waterQuality",
                                "unknown water quality '" + s.waterQuality() + "'"));
                        continue;
                    }
                }
                double perCatalogUnit = unit.toBase(1.0) / resource.unit().toBase(1.0);
                if (!(s.quantityPerYear() > 0)) {
                    continue;
                }
                streams.add(new ExchangeStream(plant.id(), i, s.direction(), resource,
                        s.quantityPerYear() * perCatalogUnit, s.temperatureC(), quality,
                        s.hazardous() || resource.hazardousByDefault(),
                        s.pricePerUnit() == null ? null : s.pricePerUnit() / perCatalogUnit));
            }
            Point location = plant.geometry() == null || plant.geometry().isEmpty() ? null
                    : toWorkCrs.apply(plant.geometry()).getCentroid();
            plants.add(new ExchangePlant(plant.id(), location, streams));
        }
        if (!violations.isEmpty()) {
            throw new InvalidParkException(violations);
        }
        List<Geometry> lines = new ArrayList<>();
        List<Double> factors = new ArrayList<>();
        for (Corridor c : data.corridors()) {
            if ((c.kind() == CorridorKind.ROAD || c.kind() == CorridorKind.UTILITY) && c.geometry() != null) {
                Geometry g = toWorkCrs.apply(c.geometry());
                // the reader already put the kind's default where the file gave none; null forbids pipes
                double factor = c.costFactor() == null ? Double.POSITIVE_INFINITY : c.costFactor();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    if (g.getGeometryN(i) instanceof LineString line && !line.isEmpty()) {
                        lines.add(line);
                        factors.add(factor);
                    }
                }
            }
        }
        List<ExistingPipeline> pipes = new ArrayList<>();
        for (Pipeline p : data.pipelines()) {
            if (p.status() == DevelopmentStatus.EXISTING && p.diameterMm() != null && p.diameterMm() > 0
                    && p.geometry() != null && !p.geometry().isEmpty()) {
                pipes.add(new ExistingPipeline(p.id(), p.carrier(), toWorkCrs.apply(p.geometry()), p.diameterMm() / 1000.0,
                        p.capacityPerYear()));
            }
        }
        var costModel = new ExchangeCostModel(parameters, park.discountRate(), park.lifetimeYears(), park.currency());
        return new ExchangeProblem(park.id(), park.currency(), plants, lines, pipes, costModel, factors);
    }
}

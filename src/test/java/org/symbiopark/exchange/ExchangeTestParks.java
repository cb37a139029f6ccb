package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.symbiopark.park.Direction;

/**
 * Small parks in metres for hand-checked tests. Parameters: EUR, discount rate 0 and 10 years
 * (CRF = 1/10 = 0.1), no O&amp;M, so the arithmetic stays short; the rest as in the shipped file.
 */
final class ExchangeTestParks {

    static final GeometryFactory GEOMETRY = new GeometryFactory();
    static final ResourceCatalog CATALOG = ResourceCatalog.loadDefault();

    static ExchangeParameters parameters() {
        return ExchangeParameters.loadDefault().with("pipe.operationShareOfCapexPerYear", 0);
    }

    static LinkCostModel costModel(ExchangeParameters parameters) {
        return new ExchangeCostModel(parameters, 0.0, 10, "EUR");
    }

    private final List<ExchangePlant> plants = new ArrayList<>();
    private final List<Geometry> roads = new ArrayList<>();
    private final List<Double> roadFactors = new ArrayList<>();
    private final List<ExistingPipeline> pipes = new ArrayList<>();
    private final ExchangeParameters parameters;

    ExchangeTestParks(ExchangeParameters parameters) {
        this.parameters = parameters;
    }

    ExchangeTestParks() {
        this(parameters());
    }

    ExchangeTestParks plant(String id, Double x, Double y, ExchangeStream... streams) {
        List<ExchangeStream> list = new ArrayList<>();
        for (int i = 0; i < streams.length; i++) {
            ExchangeStream s = streams[i];
            list.add(new ExchangeStream(id, i, s.direction(), s.resource(), s.quantityPerYear(), s.temperatureC(),
                    s.quality(), s.hazardous(), s.pricePerUnit()));
        }
        plants.add(new ExchangePlant(id, x == null ? null : GEOMETRY.createPoint(new Coordinate(x, y)), list));
        return this;
    }

    ExchangeTestParks road(double... xy) {
        return corridor(1.0, xy);
    }

    /** A network line whose pipes cost {@code pipeCostFactor} × the base capex (+∞ = forbidden). */
    ExchangeTestParks corridor(double pipeCostFactor, double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        roads.add(GEOMETRY.createLineString(cs));
        roadFactors.add(pipeCostFactor);
        return this;
    }

    ExchangeTestParks existingPipe(String id, String carrier, double diameterM, double... xy) {
        return existingPipeWithCapacity(id, carrier, diameterM, null, xy);
    }

    ExchangeTestParks existingPipeWithCapacity(String id, String carrier, double diameterM, Double capacityPerYear,
                                               double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        pipes.add(new ExistingPipeline(id, carrier, GEOMETRY.createLineString(cs), diameterM, capacityPerYear));
        return this;
    }

    ExchangeProblem problem() {
        return new ExchangeProblem("test", "EUR", plants, roads, pipes, costModel(parameters), roadFactors);
    }

    ExchangeResult analyse() {
        return new ExchangeEngine(parameters).analyse(problem(), AllocationMethod.LINEARISED_MIN_COST_FLOW);
    }

    static ExchangeStream out(String resource, double quantity) {
        return new ExchangeStream("", 0, Direction.OUT, CATALOG.find(resource).orElseThrow(), quantity, null, null,
                false, null);
    }

    static ExchangeStream in(String resource, double quantity) {
        return new ExchangeStream("", 0, Direction.IN, CATALOG.find(resource).orElseThrow(), quantity, null, null,
                false, null);
    }

    static ExchangeStream withTemperature(ExchangeStream s, double temperatureC) {
        return new ExchangeStream(s.plantId(), s.index(), s.direction(), s.resource(), s.quantityPerYear(), temperatureC,
                s.quality(), s.hazardous(), s.pricePerUnit());
    }

    static ExchangeStream withQuality(ExchangeStream s, WaterQuality quality) {
        return new ExchangeStream(s.plantId(), s.index(), s.direction(), s.resource(), s.quantityPerYear(),
                s.temperatureC(), quality, s.hazardous(), s.pricePerUnit());
    }

    static ExchangeStream hazardous(ExchangeStream s) {
        return new ExchangeStream(s.plantId(), s.index(), s.direction(), s.resource(), s.quantityPerYear(),
                s.temperatureC(), s.quality(), true, s.pricePerUnit());
    }
}

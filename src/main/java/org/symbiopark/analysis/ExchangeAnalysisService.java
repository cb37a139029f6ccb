package org.symbiopark.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.symbiopark.exchange.AllocationMethod;
import org.symbiopark.exchange.ExchangeCandidate;
import org.symbiopark.exchange.ExchangeEngine;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ExchangePlant;
import org.symbiopark.exchange.ExchangeProblem;
import org.symbiopark.exchange.ExchangeProblemFactory;
import org.symbiopark.exchange.ExchangeResult;
import org.symbiopark.exchange.ExchangeStream;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.Direction;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Plant;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.Violation;

/**
 * The exchange analysis of a stored park (issue 3): loads the park, translates it as the
 * {@code exchange} command does, runs the engine and, if asked, keeps the result as a scenario.
 * One engine serves every request, so its distance cache is shared across analyses of a layout.
 *
 * <p>Errors: {@link NotFoundException} for an unknown park or plant (404),
 * {@link InvalidParkException} for streams the catalog cannot read or a plant without a site (422).
 */
public class ExchangeAnalysisService {

    private final ParkService parks;
    private final CoordinateTransforms transforms;
    private final MetricMeasures measures;
    private final ExchangeProblemFactory problems;
    private final ExchangeEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    public ExchangeAnalysisService(ParkService parks, CoordinateTransforms transforms, MetricMeasures measures,
                                   ResourceCatalog catalog, ExchangeParameters parameters) {
        this.parks = parks;
        this.transforms = transforms;
        this.measures = measures;
        this.problems = new ExchangeProblemFactory(catalog, parameters);
        this.engine = new ExchangeEngine(parameters);
    }

    /**
     * Analyses a park; with {@code saveAs} not {@code null} the report is saved as a scenario of
     * that name ({@code "Exchange analysis <UTC time>"} if blank).
     */
    public ExchangeAnalysis analyse(String parkId, AllocationMethod method, String saveAs) {
        ParkData data = parks.exportPark(parkId);
        int workSrid = ParkWorkCrs.srid(data, measures);
        ExchangeProblem problem = problem(data, workSrid);
        ExchangeResult result = engine.analyse(problem, method);
        Map<String, Object> report = new LinkedHashMap<>(ExchangeResultJson.of(result, workSrid));
        report.put("linksGeoJson", ExchangeLinesGeoJson.of(result.links(), plantsWgs84(problem, workSrid)));
        if (saveAs == null) {
            return new ExchangeAnalysis(result, report, null);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String name = saveAs.isBlank() ? "Exchange analysis " + now : saveAs;
        String description = result.links().size() + " exchange link(s), " + result.allocation().name()
                .toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + now;
        Scenario saved = parks.createScenario(parkId, new Scenario(null, name, 1, description, null, toJson(report)));
        return new ExchangeAnalysis(result, report, saved);
    }

    /**
     * The partners a plant could exchange with, best net benefit first: for {@code OUT} who could
     * take each of its outputs, for {@code IN} who could supply each of its needs. Every pair that
     * passes the matching rules is listed, also those that would not pay (negative net benefit).
     */
    public ExchangePartners partners(String parkId, String plantId, Direction direction) {
        ParkData data = parks.exportPark(parkId);
        Plant plant = data.plants().stream().filter(p -> p.id().equals(plantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no plant '" + plantId + "' in park '" + parkId + "'"));
        if (plant.geometry() == null || plant.geometry().isEmpty()) {
            throw new InvalidParkException(new Violation(null, plantId, "geometry", "plant '" + plantId
                    + "' has no site yet: exchange partners need its location (place it on a parcel first)"));
        }
        Map<String, String> names = new HashMap<>();
        data.plants().forEach(p -> names.put(p.id(), p.name()));
        ExchangeProblem whole = problem(data, ParkWorkCrs.srid(data, measures));
        // only the asking plant's streams of that direction meet the others' streams of the other one,
        // so the distances are searched from as few suppliers as the question needs
        Direction partnerDirection = direction == Direction.OUT ? Direction.IN : Direction.OUT;
        List<ExchangePlant> plants = whole.plants().stream().map(p -> new ExchangePlant(p.id(), p.locationM(),
                p.streams().stream().filter(s -> s.direction()
                        == (p.id().equals(plantId) ? direction : partnerDirection)).toList())).toList();
        ExchangeProblem asked = whole.withPlants(plants);
        List<ExchangePartner> partners = new ArrayList<>();
        for (ExchangeCandidate c : engine.match(asked).candidates()) {
            ExchangeStream own = direction == Direction.OUT ? c.supply() : c.demand();
            ExchangeStream other = direction == Direction.OUT ? c.demand() : c.supply();
            if (!own.plantId().equals(plantId)) {
                continue;
            }
            double quantity = c.maxQuantityPerYear();
            double cost = c.costAtMax().costPerYear();
            double benefit = c.benefitPerUnit() * quantity;
            double co2 = quantity * (c.demand().resource().co2TPerUnit() - c.costAtMax().transportCo2TPerUnit());
            partners.add(new ExchangePartner(other.plantId(), names.get(other.plantId()), other.index(), own.index(),
                    c.supply().resource().id(), c.demand().resource().id(), quantity,
                    c.supply().resource().unit().symbol(), c.distance().lengthM(), c.distance().method(),
                    c.costAtMax().mode(), c.costAtMax().diameterM() == null ? null : c.costAtMax().diameterM() * 1000.0,
                    cost, benefit, benefit - cost, co2,
                    c.existingPipeline() == null ? null : c.existingPipeline().id()));
        }
        partners.sort(Comparator.comparingDouble(ExchangePartner::netBenefitPerYear).reversed()
                .thenComparing(ExchangePartner::partner).thenComparingInt(ExchangePartner::partnerStream));
        return new ExchangePartners(parkId, plantId, direction, whole.currency(), partners);
    }

    private ExchangeProblem problem(ParkData data, int workSrid) {
        return problems.create(data, g -> transforms.transform(g, CoordinateTransforms.WGS84, workSrid));
    }

    /** The engine's plant points (a footprint's centroid in the work CRS) back in WGS 84. */
    private Map<String, Point> plantsWgs84(ExchangeProblem problem, int workSrid) {
        Map<String, Point> points = new HashMap<>();
        for (ExchangePlant p : problem.plants()) {
            if (p.locationM() != null) {
                points.put(p.id(), (Point) transforms.transform(p.locationM(), workSrid, CoordinateTransforms.WGS84));
            }
        }
        return points;
    }

    private String toJson(Map<String, Object> report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("exchange report not serialisable", e);
        }
    }
}

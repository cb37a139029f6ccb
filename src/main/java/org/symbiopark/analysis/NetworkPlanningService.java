package org.symbiopark.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.symbiopark.exchange.AllocationMethod;
import org.symbiopark.exchange.ExchangeLink;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.exchange.TransportMode;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.Violation;
import org.symbiopark.routing.CarrierExchange;
import org.symbiopark.routing.CarrierNetwork;
import org.symbiopark.routing.SearchBudget;

/**
 * The shared network of one carrier in a stored park (issue 6): which plants it joins and what
 * they exchange, from a saved exchange-analysis scenario ({@code links} in its content) or else
 * from a fresh exchange analysis; then a {@link CarrierNetworkStudy}, and the network saved as a
 * scenario of proposed pipelines. {@link #prepare} does every check a request can fail (so the
 * API answers 422 before a job exists); running the study is the job's work.
 */
public class NetworkPlanningService {

    /** Scenario name of network results: "Steam network", each run the next version. */
    static final String SCENARIO_SUFFIX = " network";

    private final ParkService parks;
    private final CoordinateTransforms transforms;
    private final MetricMeasures measures;
    private final ResourceCatalog catalog;
    private final ExchangeParameters exchangeParameters;
    private final RoutingService routing;
    private final ExchangeAnalysisService exchangeAnalysis;
    private final ObjectMapper json = new ObjectMapper();

    public NetworkPlanningService(ParkService parks, CoordinateTransforms transforms, MetricMeasures measures,
            ResourceCatalog catalog, ExchangeParameters exchangeParameters, RoutingService routing,
            ExchangeAnalysisService exchangeAnalysis) {
        this.parks = parks;
        this.transforms = transforms;
        this.measures = measures;
        this.catalog = catalog;
        this.exchangeParameters = exchangeParameters;
        this.routing = routing;
        this.exchangeAnalysis = exchangeAnalysis;
    }

    /**
     * What to plan.
     *
     * @param carrier    catalog id of the resource, required
     * @param terminals  plant ids to join; {@code null} = every plant exchanging the carrier
     * @param scenarioId an exchange-analysis scenario to take the exchanges from; {@code null} = analyse now
     * @param cellSizeM  raster cell width, m; {@code null} = the surface default
     */
    public record NetworkRequest(String carrier, List<String> terminals, String scenarioId, Double cellSizeM) {
    }

    /**
     * @throws NotFoundException for an unknown park (404); an unknown scenario is a 422 as the body names it
     * @throws InvalidParkException for anything else the request gets wrong (422), and the surface's
     *     {@link org.symbiopark.routing.RasterTooLargeException} and the planner's
     *     {@link org.symbiopark.routing.UnreachableTerminalException} (422 too)
     */
    public CarrierNetworkStudy prepare(String parkId, NetworkRequest request) {
        ParkData data = parks.exportPark(parkId);
        Resource carrier = carrier(request.carrier(), catalog);
        int workSrid = ParkWorkCrs.srid(data, measures);
        List<CarrierExchange> exchanges;
        String source;
        if (request.scenarioId() != null) {
            Scenario scenario;
            try {
                scenario = parks.getScenario(parkId, request.scenarioId());
            } catch (NotFoundException e) {
                throw new InvalidParkException(Violation.of("scenario", e.getMessage()));
            }
            exchanges = fromScenario(scenario, carrier);
            source = "scenario '" + request.scenarioId() + "'";
        } else {
            exchanges = fromLinks(exchangeAnalysis.analyse(parkId, AllocationMethod.LINEARISED_MIN_COST_FLOW, null)
                    .result().links(), carrier);
            source = "the exchange analysis";
        }
        return CarrierNetworkStudy.prepare(data, carrier, request.terminals(), exchanges, source,
                ids -> routing.surface(data, request.cellSizeM(), ids).surface(),
                g -> transforms.transform(g, CoordinateTransforms.WGS84, workSrid),
                g -> transforms.transform(g, workSrid, CoordinateTransforms.WGS84), exchangeParameters,
                new SearchBudget(CarrierNetworkStudy.DEFAULT_SECONDS, 1), routing.existingPipeCostFactor());
    }

    /** Saves a planned network as the next version of the carrier's network scenario. */
    public Scenario save(String parkId, CarrierNetworkStudy study, CarrierNetwork network, Map<String, Object> report) {
        String description = String.format(Locale.ROOT,
                "%d proposed %s pipeline segment(s), %.0f m, %.0f %s per year; separate pipes %.0f m, %.0f per year"
                        + " (saving %.1f %%)", network.segments().size(), study.carrier().id(), network.lengthM(),
                network.costPerYear(), report.get("currency"), network.pointToPointLengthM(),
                network.pointToPointCostPerYear(), network.savingPercent());
        try {
            return parks.createScenario(parkId, new Scenario(null, scenarioName(study.carrier()), 1, description, null,
                    json.writeValueAsString(report)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("network report not serialisable", e);
        }
    }

    static String scenarioName(Resource carrier) {
        String name = carrier.names().getOrDefault("en", carrier.id());
        return name + SCENARIO_SUFFIX;
    }

    /**
     * The catalog resource of a network carrier.
     *
     * @throws InvalidParkException for a missing or unknown id, or a resource that travels by truck
     */
    public static Resource carrier(String id, ResourceCatalog catalog) {
        String carriers = catalog.all().stream().filter(r -> r.transport() != TransportMode.TRUCK).map(Resource::id)
                .sorted().collect(Collectors.joining(", "));
        if (id == null || id.isBlank()) {
            throw new InvalidParkException(Violation.of("carrier", "which carrier? one of " + carriers));
        }
        Resource carrier = catalog.find(id).orElseThrow(() -> new InvalidParkException(Violation.of("carrier",
                "unknown carrier '" + id + "'; network carriers of the catalog: " + carriers)));
        if (carrier.transport() == TransportMode.TRUCK) {
            throw new InvalidParkException(Violation.of("carrier", "'" + id
                    + "' travels by truck: it has no pipe or cable network; network carriers: " + carriers));
        }
        return carrier;
    }

    /** The exchanges of an exchange result that move this carrier. */
    public static List<CarrierExchange> fromLinks(List<ExchangeLink> links, Resource carrier) {
        return links.stream().filter(l -> l.resource().equals(carrier.id()) && l.quantity() > 0)
                .map(l -> new CarrierExchange(l.supplier(), l.receiver(), l.quantity())).toList();
    }

    private List<CarrierExchange> fromScenario(Scenario scenario, Resource carrier) {
        JsonNode links;
        try {
            links = json.readTree(scenario.contentJson()).get("links");
        } catch (JsonProcessingException e) {
            links = null;
        }
        if (links == null || !links.isArray()) {
            throw new InvalidParkException(Violation.of("scenario", "scenario '" + scenario.id()
                    + "' holds no exchange links: give the id of a saved exchange analysis"));
        }
        List<CarrierExchange> exchanges = new ArrayList<>();
        for (JsonNode link : links) {
            double quantity = link.path("quantity").asDouble(0);
            if (carrier.id().equals(link.path("resource").asText()) && quantity > 0
                    && link.hasNonNull("supplier") && link.hasNonNull("receiver")) {
                exchanges.add(new CarrierExchange(link.get("supplier").asText(), link.get("receiver").asText(), quantity));
            }
        }
        return exchanges;
    }
}

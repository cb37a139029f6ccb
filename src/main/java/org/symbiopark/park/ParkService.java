package org.symbiopark.park;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.GeometryChecks;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.store.DuplicateIdException;
import org.symbiopark.store.Page;
import org.symbiopark.store.ParkStore;

/**
 * The park use cases the web layer and the CLI call, one call per request. It checks what the
 * format reader cannot know (ids already taken, references to stored parcels), fills computed
 * fields — areas and lengths in the park's metric work CRS, the default work CRS — and hands
 * whole, consistent writes to the store.
 *
 * <p>Errors: {@link NotFoundException} (404), {@link InvalidParkException} (422),
 * {@link DuplicateIdException} (409).
 */
public class ParkService {

    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final ParkStore store;
    private final CoordinateTransforms transforms;
    private final MetricMeasures measures;
    private final ParkRules rules;
    private final Map<String, Long> revisions = new ConcurrentHashMap<>();

    public ParkService(ParkStore store, CoordinateTransforms transforms, MetricMeasures measures, ParkRules rules) {
        this.store = store;
        this.transforms = transforms;
        this.measures = measures;
        this.rules = rules;
    }

    /**
     * A number that grows with every write to the park made through this service (also across a
     * delete and a new import under the same id), so readers that keep derived data (the map
     * services' feature snapshots) can tell when theirs is stale.
     */
    public long revision(String parkId) {
        return revisions.getOrDefault(parkId, 0L);
    }

    private void changed(String parkId) {
        revisions.merge(parkId, 1L, Long::sum);
    }

    public List<Park> listParks() {
        return store.listParks();
    }

    public Park getPark(String parkId) {
        return store.findPark(parkId).orElseThrow(() -> new NotFoundException("no park '" + parkId + "'"));
    }

    /** Creates a park; a {@code null} id gets a fresh one. Returns the park as stored. */
    public Park createPark(Park park) {
        Park withId = park.id() == null ? park.withId(newId()) : park;
        requireValid(rules.check(withId));
        if (store.findPark(withId.id()).isPresent()) {
            throw new DuplicateIdException("a park with id '" + withId.id() + "' exists already");
        }
        store.insertPark(withId);
        changed(withId.id());
        return withId;
    }

    /**
     * Replaces a park's attributes. The work CRS may be set while the park has no features, but
     * not changed afterwards: stored areas and lengths were computed in it.
     */
    public Park updatePark(String parkId, Park park) {
        Park current = getPark(parkId);
        if (park.id() != null && !park.id().equals(parkId)) {
            throw new InvalidParkException(Violation.of("id", "'" + park.id() + "' differs from the park id in the path '" + parkId + "'"));
        }
        Park updated = park.withId(parkId);
        requireValid(rules.check(updated));
        if (current.workSrid() != null && !current.workSrid().equals(updated.workSrid())) {
            if (updated.workSrid() == null) {
                updated = updated.withWorkSrid(current.workSrid());
            } else if (hasFeatures(parkId)) {
                throw new InvalidParkException(Violation.of("workSrid", "cannot change from EPSG:" + current.workSrid()
                        + " while the park has features (their areas and lengths were computed in it); "
                        + "export the park, change workSrid in the file and import it again"));
            }
        }
        store.updatePark(updated);
        changed(updated.id());
        return updated;
    }

    public void deletePark(String parkId) {
        boolean done = store.deletePark(parkId);
        changed(parkId);
        if (!done) {
            throw new NotFoundException("no park '" + parkId + "'");
        }
    }

    /** Imports a whole park in one transaction and returns its id. */
    public String importPark(ParkData data) {
        Park park = data.park().id() == null ? data.park().withId(newId()) : data.park();
        requireValid(rules.check(park));
        if (store.findPark(park.id()).isPresent()) {
            throw new DuplicateIdException("a park with id '" + park.id()
                    + "' exists already; delete it first or remove the id from the file to import a copy");
        }
        if (park.workSrid() == null) {
            Geometry extent = extentOf(data);
            park = extent == null ? park : park.withWorkSrid(measures.defaultWorkSrid(extent));
        }
        Integer workSrid = park.workSrid();
        List<Violation> outside = new ArrayList<>();
        Stream.of(data.parcels(), data.plants(), data.pipelines(), data.corridors()).flatMap(List::stream)
                .forEach(f -> outsideWorkCrs(f, workSrid).ifPresent(outside::add));
        requireValid(outside);
        store.insertParkData(new ParkData(park,
                data.parcels().stream().map(f -> withMeasures(f, workSrid)).toList(),
                data.plants(),
                data.pipelines().stream().map(f -> withMeasures(f, workSrid)).toList(),
                data.corridors(), data.scenarios()));
        changed(park.id());
        return park.id();
    }

    public ParkData exportPark(String parkId) {
        return store.loadParkData(parkId).orElseThrow(() -> new NotFoundException("no park '" + parkId + "'"));
    }

    public <F extends ParkFeature> Page<F> listFeatures(String parkId, Layer<F> layer, BoundingBox bbox,
                                                        Integer limit, Integer offset) {
        getPark(parkId);
        return store.listFeatures(parkId, layer, bbox, limit == null ? DEFAULT_PAGE_SIZE : limit,
                offset == null ? 0 : offset);
    }

    public <F extends ParkFeature> F getFeature(String parkId, Layer<F> layer, String featureId) {
        getPark(parkId);
        return store.findFeature(parkId, layer, featureId).orElseThrow(() -> featureNotFound(parkId, layer, featureId));
    }

    /** Creates a feature (a {@code null} id gets a fresh one) and returns it as stored. */
    public <F extends ParkFeature> F createFeature(String parkId, Layer<F> layer, F feature) {
        Park park = getPark(parkId);
        F withId = feature.id() == null ? layer.cast(feature.withId(layer.name() + "-" + newId().substring(0, 8))) : feature;
        checkReferences(parkId, withId);
        Integer workSrid = workSridFor(park, withId.geometry());
        outsideWorkCrs(withId, workSrid).ifPresent(v -> requireValid(List.of(v)));
        F stored = withMeasures(withId, workSrid);
        store.insertFeature(parkId, layer, stored);
        changed(parkId);
        keepWorkSrid(park, workSrid);
        return stored;
    }

    /** Replaces the feature {@code featureId}; the body's id, if any, must match. */
    public <F extends ParkFeature> F updateFeature(String parkId, Layer<F> layer, String featureId, F feature) {
        Park park = getPark(parkId);
        if (feature.id() != null && !feature.id().equals(featureId)) {
            throw new InvalidParkException(Violation.of("properties.id", "'" + feature.id()
                    + "' differs from the id in the path '" + featureId + "'"));
        }
        F withId = layer.cast(feature.withId(featureId));
        checkReferences(parkId, withId);
        Integer workSrid = workSridFor(park, withId.geometry());
        outsideWorkCrs(withId, workSrid).ifPresent(v -> requireValid(List.of(v)));
        F stored = withMeasures(withId, workSrid);
        boolean done = store.updateFeature(parkId, layer, stored);
        changed(parkId);
        if (!done) {
            throw featureNotFound(parkId, layer, featureId);
        }
        keepWorkSrid(park, workSrid);
        return stored;
    }

    /**
     * Deletes a feature. A parcel that plants stand on is kept: deleting it would leave their
     * {@code parcelId} pointing nowhere, and the park's export would no longer import.
     */
    public <F extends ParkFeature> void deleteFeature(String parkId, Layer<F> layer, String featureId) {
        getPark(parkId);
        if (layer == Layer.PARCELS) {
            List<String> users = plantsOn(parkId, featureId);
            if (!users.isEmpty()) {
                throw new ConflictException("parcel '" + featureId + "' has plants on it (" + String.join(", ", users)
                        + "); move or delete them first");
            }
        }
        boolean done = store.deleteFeature(parkId, layer, featureId);
        changed(parkId);
        if (!done) {
            throw featureNotFound(parkId, layer, featureId);
        }
    }

    public List<Scenario> listScenarios(String parkId) {
        getPark(parkId);
        return store.listScenarios(parkId);
    }

    public Scenario getScenario(String parkId, String scenarioId) {
        getPark(parkId);
        return store.findScenario(parkId, scenarioId)
                .orElseThrow(() -> new NotFoundException("no scenario '" + scenarioId + "' in park '" + parkId + "'"));
    }

    /** Saves a scenario; saving again under the same name makes the next version. */
    public Scenario createScenario(String parkId, Scenario scenario) {
        getPark(parkId);
        List<Violation> violations = new ArrayList<>();
        if (scenario.name() == null || scenario.name().isBlank()) {
            violations.add(Violation.of("name", "is required"));
        }
        if (scenario.id() != null && !ParkRules.isValidId(scenario.id())) {
            violations.add(Violation.of("id", "'" + scenario.id() + "' is not a valid id: " + ParkRules.idRule()));
        }
        violations.addAll(ParkRules.controlCharacters("name", scenario.name()));
        violations.addAll(ParkRules.controlCharacters("description", scenario.description()));
        requireValid(violations);
        int version = 1 + store.listScenarios(parkId).stream()
                .filter(s -> s.name().equals(scenario.name())).mapToInt(Scenario::version).max().orElse(0);
        Scenario stored = new Scenario(scenario.id() == null ? newId() : scenario.id(), scenario.name(), version,
                scenario.description(), Instant.now().truncatedTo(ChronoUnit.MICROS), scenario.contentJson());
        store.insertScenario(parkId, stored);
        changed(parkId);
        return stored;
    }

    public void deleteScenario(String parkId, String scenarioId) {
        getPark(parkId);
        boolean done = store.deleteScenario(parkId, scenarioId);
        changed(parkId);
        if (!done) {
            throw new NotFoundException("no scenario '" + scenarioId + "' in park '" + parkId + "'");
        }
    }

    // ----

    private boolean hasFeatures(String parkId) {
        return Layer.ALL.stream().anyMatch(l -> store.listFeatures(parkId, l, null, 1, 0).total() > 0);
    }

    /** The park's work CRS, or the default (UTM zone of the geometry) a park without one gets with its first geometry. */
    private Integer workSridFor(Park park, Geometry geometry) {
        if (park.workSrid() != null || geometry == null) {
            return park.workSrid();
        }
        return measures.defaultWorkSrid(geometry);
    }

    /** Stores a default work CRS once the feature it was chosen for has been written. */
    private void keepWorkSrid(Park park, Integer workSrid) {
        if (park.workSrid() == null && workSrid != null) {
            store.setWorkSridIfUnset(park.id(), workSrid);
            changed(park.id());
        }
    }

    private List<String> plantsOn(String parkId, String parcelId) {
        List<String> ids = new ArrayList<>();
        int offset = 0;
        Page<Plant> page;
        do {
            page = store.listFeatures(parkId, Layer.PLANTS, null, DEFAULT_PAGE_SIZE, offset);
            page.items().stream().filter(p -> parcelId.equals(p.parcelId())).map(Plant::id).forEach(ids::add);
            offset += DEFAULT_PAGE_SIZE;
        } while (offset < page.total());
        return ids;
    }

    /**
     * Lengths and areas are computed in the work CRS, which is only metric near its area of
     * use: a feature far outside it (a park set to the wrong UTM zone) would get wrong numbers.
     */
    private java.util.Optional<Violation> outsideWorkCrs(ParkFeature feature, Integer workSrid) {
        if (workSrid == null || feature.geometry() == null) {
            return java.util.Optional.empty();
        }
        return GeometryChecks.outsideAreaOfUse(feature.geometry(), transforms.describe(workSrid))
                .map(reason -> new Violation(null, feature.id(), "geometry", "outside the park's work CRS EPSG:"
                        + workSrid + ": " + reason + "; set the park's workSrid to a CRS that covers it"));
    }

    private void checkReferences(String parkId, ParkFeature feature) {
        if (feature instanceof Plant plant && plant.parcelId() != null
                && store.findFeature(parkId, Layer.PARCELS, plant.parcelId()).isEmpty()) {
            throw new InvalidParkException(new Violation(null, plant.id(), "properties.parcelId",
                    "no parcel '" + plant.parcelId() + "' in park '" + parkId + "'"));
        }
    }

    @SuppressWarnings("unchecked")
    private <F extends ParkFeature> F withMeasures(F feature, Integer workSrid) {
        if (workSrid == null || feature.geometry() == null) {
            return feature;
        }
        if (feature instanceof Parcel parcel) {
            return (F) parcel.withAreaM2(measures.areaM2(parcel.geometry(), workSrid));
        }
        if (feature instanceof Pipeline pipeline) {
            return (F) pipeline.withLengthM(measures.lengthM(pipeline.geometry(), workSrid));
        }
        return feature;
    }

    private static Geometry extentOf(ParkData data) {
        Envelope env = new Envelope();
        Stream.of(data.parcels(), data.plants(), data.pipelines(), data.corridors())
                .flatMap(List::stream)
                .map(ParkFeature::geometry)
                .filter(g -> g != null)
                .forEach(g -> env.expandToInclude(g.getEnvelopeInternal()));
        return env.isNull() ? null : new GeometryFactory().toGeometry(env);
    }

    private static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidParkException(violations);
        }
    }

    private static NotFoundException featureNotFound(String parkId, Layer<?> layer, String featureId) {
        return new NotFoundException("no " + layer.name() + " '" + featureId + "' in park '" + parkId + "'");
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}

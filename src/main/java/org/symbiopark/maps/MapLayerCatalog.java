package org.symbiopark.maps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.symbiopark.maps.MapLayer.GeometryKind;
import org.symbiopark.park.Layer;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Plant;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.io.ParkGeoJsonWriter;

/**
 * What the map services (WMS, OGC API Features, vector tiles, the review page) publish: every
 * park's layers, and the result layers that analyses leave in a park's scenarios. It is the one
 * place that turns stored parks into {@link MapFeature}s, so a new kind of result becomes a map
 * layer in all protocols by one entry in {@link #RESULT_LAYERS}.
 *
 * <p>Maps are read far more often than parks change, so each park is loaded once into an
 * in-memory snapshot with an STR-tree per layer (Leutenegger, Lopez &amp; Edgington 1997), and
 * reloaded when {@link ParkService#revision(String)} says something was written to that park, or after
 * {@code maxAge} for writes made by another process (a CLI import into the same store). That
 * second reload runs on the {@code refresher} while requests keep getting the old snapshot, so
 * a busy map server never waits on it.
 */
public class MapLayerCatalog {

    public static final String EXCHANGE_LINKS = "exchange-links";
    public static final String ROUTES = "routes";

    /** A result layer: its name, the scenario content member holding its FeatureCollection, its title. */
    private record ResultLayer(String name, String contentMember, String title, GeometryKind geometry) {
    }

    private static final List<ResultLayer> RESULT_LAYERS = List.of(
            new ResultLayer(EXCHANGE_LINKS, "linksGeoJson", "Exchange links", GeometryKind.LINE),
            new ResultLayer(ROUTES, "routesGeoJson", "Shared pipeline routes", GeometryKind.LINE));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ParkService parks;
    private final Duration maxAge;
    private final Clock clock;
    private final ParkGeoJsonWriter writer = new ParkGeoJsonWriter();
    private final Map<String, ParkSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final Executor refresher;

    /** A catalog that reloads a snapshot past its maximum age in the calling thread. */
    public MapLayerCatalog(ParkService parks, Duration maxAge, Clock clock) {
        this(parks, maxAge, clock, Runnable::run);
    }

    /**
     * @param refresher runs the reload of a snapshot that is past {@code maxAge} but whose park
     *                  revision is unchanged; requests meanwhile get the old snapshot
     */
    public MapLayerCatalog(ParkService parks, Duration maxAge, Clock clock, Executor refresher) {
        this.parks = parks;
        this.maxAge = maxAge;
        this.clock = clock;
        this.refresher = refresher;
    }

    /** The layers of every park, parks in the store's order. */
    public List<MapLayer> layers() {
        List<MapLayer> all = new ArrayList<>();
        parks.listParks().forEach(p -> all.addAll(layers(p.id())));
        return all;
    }

    /** A park's layers: parcels, plants, pipelines, corridors, then the result layers it has. */
    public List<MapLayer> layers(String parkId) {
        return snapshot(parkId).layers();
    }

    /** @throws NotFoundException for an unknown park or layer */
    public MapLayer layer(String parkId, String name) {
        return layers(parkId).stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("no map layer '" + name + "' in park '" + parkId
                        + "'; the park has " + layers(parkId).stream().map(MapLayer::name).toList()));
    }

    /** A layer by its qualified name {@code parkId:name}. */
    public MapLayer layer(String qualifiedName) {
        int colon = qualifiedName.lastIndexOf(':');
        if (colon <= 0 || colon == qualifiedName.length() - 1) {
            throw new NotFoundException("no map layer '" + qualifiedName + "': names are parkId:layer");
        }
        return layer(qualifiedName.substring(0, colon), qualifiedName.substring(colon + 1));
    }

    /**
     * The features of a layer whose geometry intersects {@code bboxWgs84} (all of them for
     * {@code null}), in a stable order: the store's for park layers, the document's for results.
     *
     * @param scenarioId for a result layer, the scenario to show ({@code null}: the newest); ignored
     *                   for park layers
     */
    public List<MapFeature> features(MapLayer layer, String scenarioId, Envelope bboxWgs84) {
        return snapshot(layer.parkId()).layer(layer, scenarioId).query(bboxWgs84);
    }

    public Optional<MapFeature> feature(MapLayer layer, String scenarioId, String featureId) {
        return snapshot(layer.parkId()).layer(layer, scenarioId).byId(featureId);
    }

    /** Forgets every snapshot (tests, and a store replaced under the server). */
    public void clear() {
        snapshots.clear();
    }

    // ----

    private ParkSnapshot snapshot(String parkId) {
        long revision = parks.revision(parkId);
        Instant now = clock.instant();
        ParkSnapshot current = snapshots.get(parkId);
        if (current != null && current.revision == revision) {
            if (!now.isAfter(current.loadedAt.plus(maxAge))) {
                return current;
            }
            // Old only by age (a write by another process may be missing): refresh it without making
            // the map requests of a busy server wait for the park to load; they get this one meanwhile.
            if (refreshing.add(parkId)) {
                try {
                    refresher.execute(() -> refresh(parkId, current));
                } catch (RuntimeException rejected) {
                    refreshing.remove(parkId);
                }
            }
            return snapshots.getOrDefault(parkId, current);
        }
        return snapshots.compute(parkId, (id, old) -> old != null && old.revision == revision
                && !now.isAfter(old.loadedAt.plus(maxAge)) ? old : load(id, revision, now, old));
    }

    private void refresh(String parkId, ParkSnapshot stale) {
        try {
            long revision = parks.revision(parkId);
            snapshots.computeIfPresent(parkId, (id, old) -> old == stale ? load(id, revision, clock.instant(), old) : old);
        } catch (NotFoundException gone) {
            snapshots.remove(parkId, stale);
        } catch (RuntimeException e) {
            // the next request past the maximum age tries again; until then the stale snapshot serves
        } finally {
            refreshing.remove(parkId);
        }
    }

    /**
     * Loads a park. A layer whose features are the same as in {@code previous} keeps the previous
     * {@link LayerFeatures} (and feature list) object, so what the protocols derive from it and key
     * by identity (projected geometries, encoded tiles) survives a reload that found no change.
     */
    private ParkSnapshot load(String parkId, long revision, Instant now, ParkSnapshot previous) {
        ParkData data = parks.exportPark(parkId);
        Integer workSrid = data.park().workSrid();
        Map<String, LayerFeatures> byName = new LinkedHashMap<>();
        List<MapLayer> layers = new ArrayList<>();
        for (Layer<?> layer : Layer.ALL) {
            LayerFeatures features = unchangedOrNew(parkFeatures(data, layer),
                    previous == null ? null : previous.parkLayers().get(layer.path()));
            byName.put(layer.path(), features);
            layers.add(new MapLayer(parkId, layer.path(), title(layer), kind(layer), layer.path(),
                    features.extent(), workSrid, List.of()));
        }
        List<Scenario> newestFirst = data.scenarios().stream()
                .sorted(Comparator.comparing(Scenario::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        Map<String, LayerFeatures> results = new LinkedHashMap<>();
        for (ResultLayer r : RESULT_LAYERS) {
            List<String> ids = new ArrayList<>();
            Envelope extent = null;
            for (Scenario s : newestFirst) {
                Optional<List<MapFeature>> features = resultFeatures(s, r);
                if (features.isPresent()) {
                    ids.add(s.id());
                    String key = r.name() + "/" + s.id();
                    LayerFeatures kept = unchangedOrNew(features.get(),
                            previous == null ? null : previous.results().get(key));
                    results.put(key, kept);
                    if (extent == null) {
                        extent = kept.extent();
                    }
                }
            }
            if (!ids.isEmpty()) {
                layers.add(new MapLayer(parkId, r.name(), r.title(), r.geometry(), r.name(), extent, workSrid, ids));
            }
        }
        return new ParkSnapshot(revision, now, List.copyOf(layers), byName, results);
    }

    private static LayerFeatures unchangedOrNew(List<MapFeature> features, LayerFeatures previous) {
        // MapFeature is a record: equal ids, attributes and exactly equal geometries (JTS equalsExact)
        return previous != null && previous.features().equals(features) ? previous : LayerFeatures.of(features);
    }

    private List<MapFeature> parkFeatures(ParkData data, Layer<?> layer) {
        List<? extends ParkFeature> features = switch (layer.path()) {
            case "parcels" -> data.parcels();
            case "plants" -> data.plants();
            case "pipelines" -> data.pipelines();
            default -> data.corridors();
        };
        List<MapFeature> out = new ArrayList<>(features.size());
        for (ParkFeature f : features) {
            if (f.geometry() == null || f.geometry().isEmpty()) {
                continue;
            }
            out.add(new MapFeature(f.id(), f.geometry(), attributes(layer, f)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <F extends ParkFeature> Map<String, Object> attributes(Layer<F> layer, ParkFeature f) {
        ObjectNode node = (ObjectNode) writer.feature(layer, layer.cast(f)).get("properties");
        Map<String, Object> properties = JSON.convertValue(node, LinkedHashMap.class);
        if (f instanceof Plant plant) {
            properties.put("industryGroup", IndustryGroup.of(plant.industry()));
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<MapFeature>> resultFeatures(Scenario s, ResultLayer r) {
        JsonNode collection;
        try {
            collection = JSON.readTree(s.contentJson()).get(r.contentMember());
        } catch (Exception e) {
            return Optional.empty();
        }
        if (collection == null || !collection.path("features").isArray()) {
            return Optional.empty();
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));
        List<MapFeature> features = new ArrayList<>();
        int k = 0;
        for (JsonNode f : collection.get("features")) {
            k++;
            JsonNode geometry = f.get("geometry");
            if (geometry == null || geometry.isNull()) {
                continue;
            }
            Geometry g;
            try {
                g = reader.read(geometry.toString());
            } catch (ParseException | RuntimeException e) {
                continue; // a result document is ours; a feature we cannot read is skipped, not fatal
            }
            Map<String, Object> properties = f.has("properties") && f.get("properties").isObject()
                    ? JSON.convertValue(f.get("properties"), LinkedHashMap.class) : new LinkedHashMap<>();
            properties.put("scenarioId", s.id());
            String id = f.hasNonNull("id") ? f.get("id").asText() : r.name() + "-" + k;
            features.add(new MapFeature(id, g, properties));
        }
        return Optional.of(features);
    }

    private static String title(Layer<?> layer) {
        return switch (layer.path()) {
            case "parcels" -> "Parcels";
            case "plants" -> "Plants";
            case "pipelines" -> "Pipelines";
            default -> "Corridors";
        };
    }

    private static GeometryKind kind(Layer<?> layer) {
        return switch (layer.path()) {
            case "parcels" -> GeometryKind.POLYGON;
            case "pipelines" -> GeometryKind.LINE;
            default -> GeometryKind.MIXED;
        };
    }

    private record ParkSnapshot(long revision, Instant loadedAt, List<MapLayer> layers,
                                Map<String, LayerFeatures> parkLayers, Map<String, LayerFeatures> results) {

        LayerFeatures layer(MapLayer layer, String scenarioId) {
            if (!layer.isResultLayer()) {
                LayerFeatures features = parkLayers.get(layer.name());
                if (features == null) {
                    throw new NotFoundException("no map layer '" + layer.id() + "'");
                }
                return features;
            }
            String scenario = scenarioId == null ? layer.scenarioIds().get(0) : scenarioId;
            LayerFeatures features = results.get(layer.name() + "/" + scenario);
            if (features == null) {
                throw new NotFoundException("scenario '" + scenario + "' of park '" + layer.parkId()
                        + "' has no " + layer.name() + "; these do: " + layer.scenarioIds());
            }
            return features;
        }
    }

    /** One layer's features with an STR-tree over their envelopes. */
    private record LayerFeatures(List<MapFeature> features, STRtree index, Map<String, Integer> byId,
                                 Envelope extent) {

        static LayerFeatures of(List<MapFeature> features) {
            STRtree index = new STRtree();
            Map<String, Integer> byId = new LinkedHashMap<>();
            Envelope extent = new Envelope();
            for (int i = 0; i < features.size(); i++) {
                Envelope e = features.get(i).geometryWgs84().getEnvelopeInternal();
                index.insert(e, i);
                byId.putIfAbsent(features.get(i).id(), i);
                extent.expandToInclude(e);
            }
            index.build();
            return new LayerFeatures(List.copyOf(features), index, byId, extent.isNull() ? null : extent);
        }

        List<MapFeature> query(Envelope bbox) {
            if (bbox == null) {
                return features;
            }
            List<Integer> hits = new ArrayList<>();
            index.query(bbox, item -> hits.add((Integer) item));
            hits.sort(null);
            Geometry box = null;
            List<MapFeature> out = new ArrayList<>(hits.size());
            for (int i : hits) {
                MapFeature f = features.get(i);
                Geometry g = f.geometryWgs84();
                // the index compares envelopes; the answer is the geometries that really meet the box
                if (bbox.contains(g.getEnvelopeInternal()) || g instanceof Point) {
                    out.add(f);
                    continue;
                }
                if (box == null) {
                    box = g.getFactory().toGeometry(bbox);
                }
                if (g.intersects(box)) {
                    out.add(f);
                }
            }
            return out;
        }

        Optional<MapFeature> byId(String id) {
            Integer i = byId.get(id);
            return i == null ? Optional.empty() : Optional.of(features.get(i));
        }
    }
}

package org.symbiopark.park;

import java.util.List;
import java.util.Optional;

/**
 * The typed key of one feature layer of a park. The {@code name} is the {@code layer} property of
 * the exchange format; the {@code path} is the API collection and table name.
 */
public final class Layer<F extends ParkFeature> {

    public static final Layer<Parcel> PARCELS = new Layer<>("parcel", "parcels", Parcel.class);
    public static final Layer<Plant> PLANTS = new Layer<>("plant", "plants", Plant.class);
    public static final Layer<Pipeline> PIPELINES = new Layer<>("pipeline", "pipelines", Pipeline.class);
    public static final Layer<Corridor> CORRIDORS = new Layer<>("corridor", "corridors", Corridor.class);

    public static final List<Layer<?>> ALL = List.of(PARCELS, PLANTS, PIPELINES, CORRIDORS);

    private final String name;
    private final String path;
    private final Class<F> type;

    private Layer(String name, String path, Class<F> type) {
        this.name = name;
        this.path = path;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public String path() {
        return path;
    }

    public Class<F> type() {
        return type;
    }

    public F cast(ParkFeature feature) {
        return type.cast(feature);
    }

    public static Optional<Layer<?>> byName(String name) {
        return ALL.stream().filter(l -> l.name.equals(name)).findFirst();
    }

    public static Optional<Layer<?>> byPath(String path) {
        return ALL.stream().filter(l -> l.path.equals(path)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}

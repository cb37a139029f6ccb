package org.symbiopark.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.ZoningClass;

/**
 * The numbers of the park cost surface, read from {@code data/catalog/routing-parameters.properties}
 * where every key says its source or that it is an assumption. Immutable;
 * {@link #with(String, String)} gives a copy with one value changed (tests, what-ifs).
 */
public final class CostSurfaceParameters {

    public static final String CLASSPATH_LOCATION = "/data/catalog/routing-parameters.properties";
    private static final String FORBIDDEN = "forbidden";

    private final Map<String, String> values;

    public CostSurfaceParameters(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static CostSurfaceParameters loadDefault() {
        try (InputStream in = CostSurfaceParameters.class.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("routing parameters missing from the classpath: " + CLASSPATH_LOCATION);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).trim()));
            return new CostSurfaceParameters(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CostSurfaceParameters with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return new CostSurfaceParameters(copy);
    }

    public double number(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("routing parameter missing: " + key);
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("routing parameter " + key + " is not a number: " + v, e);
        }
    }

    public double defaultCellSizeM() {
        return number("cellSizeM");
    }

    public double marginM() {
        return number("marginM");
    }

    public long maxBytes() {
        return (long) number("maxBytes");
    }

    /** The base cost of a cell of this land class ({@code null}: outside every parcel); +∞ if forbidden. */
    public double landCost(ZoningClass zoning) {
        String key = "land." + (zoning == null ? "none" : zoning.code());
        return FORBIDDEN.equals(values.get(key)) ? Double.POSITIVE_INFINITY : number(key);
    }

    /** Width of the cheap band along a line corridor of this kind, m; 0 when pipes do not run along it. */
    public double alongWidthM(CorridorKind kind) {
        String key = "along." + kind.code() + ".widthM";
        return values.containsKey(key) ? number(key) : 0;
    }

    /** Penalty per crossing of a line of this kind, equivalent metres; 0 for kinds crossed freely. */
    public double crossingPenaltyM(CorridorKind kind) {
        String key = "crossing." + kind.code() + ".penaltyM";
        return values.containsKey(key) ? number(key) : 0;
    }

    /**
     * The factor on a cell's cost, for the network's tree search only, where an existing pipeline
     * of the network's carrier runs: reusing a pipe in the ground is far cheaper than digging.
     */
    public double existingPipeCostFactor() {
        double f = number("existingPipeCostFactor");
        if (!(f > 0) || f > 1) {
            throw new IllegalArgumentException("existingPipeCostFactor must be in (0, 1], got " + f);
        }
        return f;
    }

    public double slopeCostPerGradient() {
        return number("slope.costPerGradient");
    }
}

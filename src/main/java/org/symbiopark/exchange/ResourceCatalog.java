package org.symbiopark.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resources plants may exchange, read from {@code data/catalog/resources.csv} (a plain CSV
 * with a header; columns are found by name, so more may be added). Immutable and thread-safe.
 */
public final class ResourceCatalog {

    public static final String CLASSPATH_LOCATION = "/data/catalog/resources.csv";

    private final Map<String, Resource> byId;

    public ResourceCatalog(Collection<Resource> resources) {
        Map<String, Resource> map = new LinkedHashMap<>();
        for (Resource r : resources) {
            if (map.put(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate resource id in catalog: " + r.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /** The catalog shipped in the jar. */
    public static ResourceCatalog loadDefault() {
        try (InputStream in = ResourceCatalog.class.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("resource catalog missing from the classpath: " + CLASSPATH_LOCATION);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResourceCatalog read(InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException("empty resource catalog");
        }
        List<String> columns = List.of(header.trim().split(","));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            col.put(columns.get(i), i);
        }
        List<Resource> resources = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                Map<String, String> names = new LinkedHashMap<>();
                for (String lang : List.of("en", "ru", "zh")) {
                    Integer i = col.get("name_" + lang);
                    if (i != null && i < f.length && !f[i].isBlank()) {
                        names.put(lang, f[i].trim());
                    }
                }
                String unit = f[col.get("unit")].trim();
                String quality = optional(f, col, "water_quality");
                String trip = optional(f, col, "trip_capacity");
                String substitutes = optional(f, col, "substitutes");
                resources.add(new Resource(f[col.get("id")].trim(),
                        ResourceCategory.valueOf(f[col.get("category")].trim().toUpperCase(Locale.ROOT)),
                        TransportMode.valueOf(f[col.get("transport")].trim().toUpperCase(Locale.ROOT)),
                        QuantityUnit.fromSymbol(unit).orElseThrow(
                                () -> new IllegalArgumentException("unknown unit " + unit)),
                        names,
                        number(f, col, "virgin_price_eur"),
                        number(f, col, "disposal_cost_eur"),
                        number(f, col, "co2_t_per_unit"),
                        substitutes == null ? List.of() : List.of(substitutes.split(";")).stream()
                                .map(String::trim).filter(x -> !x.isEmpty()).toList(),
                        quality == null ? null : WaterQuality.fromCode(quality).orElseThrow(
                                () -> new IllegalArgumentException("unknown water quality " + quality)),
                        trip == null ? null : Double.valueOf(trip),
                        Boolean.parseBoolean(optional(f, col, "hazardous"))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("resource catalog line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        ResourceCatalog catalog = new ResourceCatalog(resources);
        catalog.checkSubstitutes();
        return catalog;
    }

    private void checkSubstitutes() {
        for (Resource r : byId.values()) {
            for (String s : r.substitutes()) {
                Resource target = byId.get(s);
                if (target == null) {
                    throw new IllegalArgumentException("resource " + r.id() + " substitutes unknown resource " + s);
                }
                if (target.unit().dimension() != r.unit().dimension()) {
                    throw new IllegalArgumentException("resource " + r.id() + " (" + r.unit().symbol()
                            + ") cannot substitute " + s + " (" + target.unit().symbol() + "): other dimension");
                }
            }
        }
    }

    /** A column's text, {@code null} when the column is absent or the cell empty. */
    private static String optional(String[] f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.length || f[i].isBlank() ? null : f[i].trim();
    }

    private static double number(String[] f, Map<String, Integer> col, String name) {
        String text = optional(f, col, name);
        return text == null ? 0.0 : Double.parseDouble(text);
    }

    public Optional<Resource> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<Resource> all() {
        return byId.values();
    }
}

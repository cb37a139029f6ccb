package org.symbiopark.exchange;

import java.util.Map;

/**
 * One resource of the catalog.
 *
 * @param id        stable id used in files and the API, e.g. {@code fly_ash}
 * @param category  material, water or energy
 * @param transport how it usually travels between plants
 * @param unit      catalog unit: t, m3 or MWh; streams may use another unit of the same dimension
 * @param names     display names by language code (en, ru, zh)
 */
public record Resource(String id, ResourceCategory category, TransportMode transport, QuantityUnit unit,
                       Map<String, String> names) {

    public Resource {
        names = Map.copyOf(names);
    }
}

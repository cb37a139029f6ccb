package org.symbiopark.park;

import java.util.List;

/**
 * A park: the frame every layer and every computation belongs to.
 *
 * @param id            stable id, unique in the store
 * @param name          display name
 * @param country       ISO 3166-1 alpha-2 code of the host country, e.g. {@code RU}
 * @param languages     BCP 47 codes of the languages the park team works in, e.g. {@code [ru, zh, en]}
 * @param currency      ISO 4217 code all money of the park is in, e.g. {@code RUB}
 * @param workSrid      EPSG code of the metric projected CRS in which lengths and areas are computed
 *                      (default: the UTM zone of the park's centre; a national CRS such as a CGCS2000
 *                      3° Gauss–Krüger zone may be set); {@code null} until the park has geometry
 * @param discountRate  real discount rate per year used to annualise capital costs, e.g. 0.08
 * @param lifetimeYears project lifetime in years for the capital recovery factor
 * @param description   free text, may be empty
 */
public record Park(String id, String name, String country, List<String> languages, String currency,
                   Integer workSrid, double discountRate, int lifetimeYears, String description) {

    public static final double DEFAULT_DISCOUNT_RATE = 0.08;
    public static final int DEFAULT_LIFETIME_YEARS = 30;

    public Park {
        // Not List.copyOf: a null entry must reach ParkRules, which names it, not fail here.
        languages = languages == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(languages));
        description = description == null ? "" : description;
    }

    public Park withId(String newId) {
        return new Park(newId, name, country, languages, currency, workSrid, discountRate, lifetimeYears, description);
    }

    public Park withWorkSrid(Integer srid) {
        return new Park(id, name, country, languages, currency, srid, discountRate, lifetimeYears, description);
    }
}

package org.symbiopark.park;

/**
 * One plant's yearly output (OUT) or need (IN) of one catalog resource.
 *
 * @param direction       OUT (a "have") or IN (a "want")
 * @param resource        catalog id, e.g. {@code steam}
 * @param quantityPerYear quantity per year in {@code unit}, finite and ≥ 0
 * @param unit            unit of the quantity, convertible to the catalog unit of the resource (t, kt, m3, MWh, GJ …)
 * @param temperatureC    supply (OUT) or required (IN) temperature for heat carriers, else {@code null}
 * @param waterQuality    water quality class for water streams (see the catalog), else {@code null}
 * @param hazardous       OUT: the stream is hazardous waste; IN: the receiver is licensed to take hazardous waste
 * @param ewcCode         European Waste Catalogue code where it applies, e.g. {@code 10 01 02}
 * @param pricePerUnit    IN: price paid now per unit; OUT: disposal cost per unit; {@code null} = catalog default
 */
public record ResourceStream(Direction direction, String resource, double quantityPerYear, String unit,
                             Double temperatureC, String waterQuality, boolean hazardous, String ewcCode,
                             Double pricePerUnit) {
}

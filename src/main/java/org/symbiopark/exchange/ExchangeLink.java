package org.symbiopark.exchange;

/**
 * One exchange the allocation chose. Money in the park's currency per year.
 *
 * @param resource        what the supplier gives (catalog id)
 * @param receivedAs      what the receiver asked for: the same id, or the resource it substitutes
 * @param quantity        per year, in {@code unit} (the catalog unit of {@code resource})
 * @param diameterMm      sized inner diameter for a pipe, else {@code null}
 * @param costPerYear     the link at this quantity: annualised capital, O&amp;M, pumping, heat loss or trucking
 * @param benefitPerYear  avoided virgin purchase + avoided disposal
 * @param co2AvoidedTPerYear CO₂ of the virgin supply replaced minus the trucking's
 * @param existingPipeline id of the pipeline in the ground the link uses, else {@code null}
 */
public record ExchangeLink(String supplier, String receiver, String resource, String receivedAs, double quantity,
                           String unit, double distanceM, DistanceMethod distanceMethod, TransportMode mode,
                           Double diameterMm, double costPerYear, double benefitPerYear, double netBenefitPerYear,
                           double co2AvoidedTPerYear, String existingPipeline) {
}

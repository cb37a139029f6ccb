package org.symbiopark.analysis;

import org.symbiopark.exchange.DistanceMethod;
import org.symbiopark.exchange.TransportMode;

/**
 * A plant that could take one of a plant's outputs (or supply one of its needs), priced as if the
 * link were built at its full size and nobody else in the park competed for the streams.
 *
 * @param partner           the other plant's id
 * @param partnerStream     position of the other plant's stream in its list
 * @param ownStream         position of the asking plant's stream in its list
 * @param resource          what the supplier gives (catalog id)
 * @param receivedAs        what the receiver asked for: the same id, or the resource it substitutes
 * @param quantity          min(supply, demand) per year, in {@code unit} (the catalog unit of {@code resource})
 * @param costPerYear       the cheapest mode's yearly cost at that quantity, park currency
 * @param benefitPerYear    avoided virgin purchase + avoided disposal at that quantity
 * @param netBenefitPerYear benefit − cost; negative: the link would not pay
 */
public record ExchangePartner(String partner, String partnerName, int partnerStream, int ownStream, String resource,
                              String receivedAs, double quantity, String unit, double distanceM,
                              DistanceMethod distanceMethod, TransportMode mode, Double diameterMm,
                              double costPerYear, double benefitPerYear, double netBenefitPerYear,
                              double co2AvoidedTPerYear, String existingPipeline) {
}

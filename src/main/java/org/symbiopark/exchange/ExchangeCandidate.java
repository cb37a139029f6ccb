package org.symbiopark.exchange;

import org.symbiopark.exchange.LinkCostModel.LinkCost;

/**
 * A supply that may serve a demand: the pair passed the matching rules and has a feasible mode.
 *
 * @param maxQuantityPerYear    min(supply, demand) in the catalog unit; the link is sized for it
 * @param benefitPerUnit        avoided virgin purchase (receiver) + avoided disposal (supplier), park currency
 * @param costAtMax             the cheapest mode's cost when carrying {@code maxQuantityPerYear}
 * @param existingPipeline      the pipeline in the ground the link uses, else {@code null}
 */
public record ExchangeCandidate(ExchangeStream supply, ExchangeStream demand, Distance distance,
                                double maxQuantityPerYear, double benefitPerUnit, LinkCost costAtMax,
                                ExistingPipeline existingPipeline) {

    /** The linearised cost per unit: the link's yearly cost at full size spread over that size. */
    public double costPerUnitAtMax() {
        return costAtMax.costPerYear() / maxQuantityPerYear;
    }

    public double netBenefitAtMaxPerYear() {
        return benefitPerUnit * maxQuantityPerYear - costAtMax.costPerYear();
    }
}

package org.symbiopark.exchange;

import java.util.Optional;

/**
 * What moving a resource between two plants costs (the GraphHopper {@code Weighting} idea: the
 * allocation only asks, it knows no prices). Contract: every money figure is finite and ≥ 0, in
 * the park's currency per year; an infeasible mode is {@link Optional#empty()}, never a huge number.
 */
public interface LinkCostModel {

    /** The cost of one mode for a link; empty if the mode cannot carry the resource. */
    Optional<LinkCost> cost(TransportMode mode, LinkRequest request);

    /**
     * The cost of one mode for a stretch of pipe or cable whose construction costs
     * {@code constructionCostFactor} times that of open ground per metre (a route along a road
     * is cheaper, one across a river dearer): only the capital and its upkeep scale with the
     * factor; pumping and heat loss follow the physical length {@code request.distanceM()}.
     * Models that know no such split charge the plain {@link #cost}.
     */
    default Optional<LinkCost> cost(TransportMode mode, LinkRequest request, double constructionCostFactor) {
        return cost(mode, request);
    }

    /** The cheapest feasible mode for a link; empty if none can carry the resource. */
    Optional<LinkCost> cheapest(LinkRequest request);

    /**
     * Temperature at the receiver, °C, of a heat carrier that leaves at {@code supplyTemperatureC};
     * the supply temperature itself for carriers that are not thermal.
     */
    double arrivalTemperatureC(LinkRequest request);

    /** How much hotter than the receiver's temperature heat must arrive, K. */
    double minApproachK();

    /** Park currency per catalog EUR. */
    double currencyPerEur();

    /**
     * A link to cost.
     *
     * @param carrier            the resource moved (the supplier's)
     * @param quantityPerYear    in the carrier's catalog unit; the link is sized for it
     * @param distanceM          route length, m (trucks and cables)
     * @param supplyTemperatureC heat carriers: temperature at the supplier, {@code null} = the carrier default
     * @param existingDiameterM  the link uses a pipe already in the ground of this inner diameter (no
     *                           capital to pay, no sizing); {@code null} = a new link
     * @param pipeLengthM        physical length of the route a pipe follows (pumping, heat loss); +∞ = no pipe
     * @param pipeCostLengthM    that route's length weighted by the corridors' cost factors: the
     *                           pipe's capex is the capex per metre × this length
     */
    record LinkRequest(Resource carrier, double quantityPerYear, double distanceM, Double supplyTemperatureC,
                       Double existingDiameterM, double pipeLengthM, double pipeCostLengthM) {

        /** A route without cost factors, pipes as long as trucks' routes. */
        public LinkRequest(Resource carrier, double quantityPerYear, double distanceM, Double supplyTemperatureC,
                           Double existingDiameterM) {
            this(carrier, quantityPerYear, distanceM, supplyTemperatureC, existingDiameterM, distanceM, distanceM);
        }

        public LinkRequest(Resource carrier, double quantityPerYear, double distanceM, Double supplyTemperatureC) {
            this(carrier, quantityPerYear, distanceM, supplyTemperatureC, null);
        }

        /** A new link along a measured route. */
        public static LinkRequest along(Resource carrier, double quantityPerYear, Distance route,
                                        Double supplyTemperatureC) {
            return new LinkRequest(carrier, quantityPerYear, route.lengthM(), supplyTemperatureC, null,
                    route.pipeLengthM(), route.pipeCostLengthM());
        }
    }

    /**
     * A link's yearly cost, split as the allocation needs it: {@code fixedCostPerYear} is paid
     * if the link is built at all (capital annuity, O&amp;M, heat loss), the variable part grows
     * with the quantity carried (pumping, truck trips and tonne-kilometres).
     */
    record LinkCost(TransportMode mode, double fixedCostPerYear, double variableCostPerUnit,
                    double quantityPerYear, Double diameterM, double heatLossMWhPerYear,
                    double transportCo2TPerUnit) {

        public double costPerYear() {
            return fixedCostPerYear + variableCostPerUnit * quantityPerYear;
        }
    }
}

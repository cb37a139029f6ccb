package org.symbiopark.exchange;

import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything the exchange engine needs of a park, already in metres and catalog units.
 *
 * @param networkLinesM     road and utility corridor lines in the work CRS; empty = no network, the
 *                          distances fall back to straight line × detour factor
 * @param existingPipelines pipelines in the ground (with a diameter) that links may use
 * @param costModel         prices links for this park (its currency, discount rate and lifetime)
 * @param pipeCostFactors   per network line (same order), the factor on the capex of a pipe laid
 *                          along it (the corridor's costFactor, else its kind's default); +∞ = the
 *                          corridor forbids pipes (trucks still use it)
 */
public record ExchangeProblem(String parkId, String currency, List<ExchangePlant> plants,
                              List<Geometry> networkLinesM, List<ExistingPipeline> existingPipelines,
                              LinkCostModel costModel, List<Double> pipeCostFactors) {

    public ExchangeProblem {
        plants = List.copyOf(plants);
        networkLinesM = List.copyOf(networkLinesM);
        existingPipelines = List.copyOf(existingPipelines);
        pipeCostFactors = List.copyOf(pipeCostFactors);
        if (pipeCostFactors.size() != networkLinesM.size()) {
            throw new IllegalArgumentException(networkLinesM.size() + " network lines but "
                    + pipeCostFactors.size() + " pipe cost factors");
        }
        for (double f : pipeCostFactors) {
            if (!(f > 0)) {
                throw new IllegalArgumentException("pipe cost factors must be > 0 (+∞ = forbidden), got " + f);
            }
        }
    }

    /** Every network line at the base pipe cost (factor 1). */
    public ExchangeProblem(String parkId, String currency, List<ExchangePlant> plants, List<Geometry> networkLinesM,
                           List<ExistingPipeline> existingPipelines, LinkCostModel costModel) {
        this(parkId, currency, plants, networkLinesM, existingPipelines, costModel,
                Collections.nCopies(networkLinesM.size(), 1.0));
    }

    public ExchangeProblem(String parkId, String currency, List<ExchangePlant> plants, List<Geometry> networkLinesM,
                           LinkCostModel costModel) {
        this(parkId, currency, plants, networkLinesM, List.of(), costModel);
    }

    /** The same park with other plants (or other streams of them). */
    public ExchangeProblem withPlants(List<ExchangePlant> otherPlants) {
        return new ExchangeProblem(parkId, currency, otherPlants, networkLinesM, existingPipelines, costModel,
                pipeCostFactors);
    }
}

package org.symbiopark.exchange;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything the exchange engine needs of a park, already in metres and catalog units.
 *
 * @param networkLinesM road and utility corridor lines in the work CRS; empty = no network, the
 *                      distances fall back to straight line × detour factor
 * @param existingPipelines pipelines in the ground (with a diameter) that links may use
 * @param costModel     prices links for this park (its currency, discount rate and lifetime)
 */
public record ExchangeProblem(String parkId, String currency, List<ExchangePlant> plants,
                              List<Geometry> networkLinesM, List<ExistingPipeline> existingPipelines,
                              LinkCostModel costModel) {

    public ExchangeProblem {
        plants = List.copyOf(plants);
        networkLinesM = List.copyOf(networkLinesM);
        existingPipelines = List.copyOf(existingPipelines);
    }

    public ExchangeProblem(String parkId, String currency, List<ExchangePlant> plants, List<Geometry> networkLinesM,
                           LinkCostModel costModel) {
        this(parkId, currency, plants, networkLinesM, List.of(), costModel);
    }
}

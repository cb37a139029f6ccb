package org.symbiopark.exchange;

import java.util.List;

/**
 * What the exchange analysis of a park found.
 *
 * @param allocation      how fixed link costs were handled
 * @param distanceMethod  NETWORK if the park has a road/utility network (single pairs it does not
 *                        connect still fall back, see each link), else STRAIGHT_X_DETOUR
 * @param unsitedPlants   plants without a location: they take part in no link
 * @param notes           plain-language remarks: fallbacks, pairs turned away and why
 */
public record ExchangeResult(String parkId, String currency, AllocationMethod allocation, DistanceMethod distanceMethod,
                             List<ExchangeLink> links, ExchangeTotals totals, int candidateCount,
                             List<String> unsitedPlants, List<String> notes) {

    public ExchangeResult {
        links = List.copyOf(links);
        unsitedPlants = List.copyOf(unsitedPlants);
        notes = List.copyOf(notes);
    }
}

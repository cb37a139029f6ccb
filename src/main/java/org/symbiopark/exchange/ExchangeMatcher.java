package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symbiopark.exchange.LinkCostModel.LinkCost;
import org.symbiopark.exchange.LinkCostModel.LinkRequest;
import org.symbiopark.park.Direction;

/**
 * Pairs every OUT stream with every IN stream of another sited plant that may take it
 * (DESIGN.md §5.1), and prices the pair with the cost model:
 * <ul>
 * <li>same resource, or a substitute the catalog allows (FGD gypsum for gypsum …);</li>
 * <li>water: the supply's class is at least as good as the class the demand needs (cascade);</li>
 * <li>heat: the temperature on arrival, after the route's losses, is at least the demand's
 *     temperature + the minimum approach;</li>
 * <li>hazardous outputs only to receivers flagged as licensed;</li>
 * <li>some mode (pipe, truck, cable) can carry it.</li>
 * </ul>
 * A plant never exchanges with itself; plants without a location take part in no pair.
 */
public final class ExchangeMatcher {


    /** The candidates, and how many compatible pairs each rule turned away. */
    public record Matches(List<ExchangeCandidate> candidates, int tooCold, int noMode) {
    }

    public Matches match(ExchangeProblem problem, PlantDistances distances) {
        LinkCostModel costs = problem.costModel();
        List<ExchangePlant> sited = problem.plants().stream().filter(p -> p.locationM() != null).toList();
        List<ExchangeCandidate> candidates = new ArrayList<>();
        int tooCold = 0;
        int noMode = 0;
        distances.prepareFrom(java.util.stream.IntStream.range(0, sited.size())
                .filter(i -> sited.get(i).streams().stream().anyMatch(s -> s.direction() == Direction.OUT)).toArray());
        for (int i = 0; i < sited.size(); i++) {
            for (ExchangeStream supply : sited.get(i).streams()) {
                if (supply.direction() != Direction.OUT) {
                    continue;
                }
                for (int j = 0; j < sited.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    for (ExchangeStream demand : sited.get(j).streams()) {
                        if (demand.direction() != Direction.IN || !accepts(supply, demand)) {
                            continue;
                        }
                        Distance distance = distances.between(i, j);
                        double max = Math.min(supply.quantityPerYear(), demand.quantityPerYear());
                        LinkRequest request = new LinkRequest(supply.resource(), max, distance.lengthM(),
                                supply.temperatureC());
                        if (demand.temperatureC() != null) {
                            double arrival = costs.arrivalTemperatureC(request);
                            if (!Double.isNaN(arrival) && arrival < demand.temperatureC() + costs.minApproachK()) {
                                tooCold++;
                                continue;
                            }
                        }
                        Optional<LinkCost> cost = costs.cheapest(request);
                        if (cost.isEmpty()) {
                            noMode++;
                            continue;
                        }
                        candidates.add(new ExchangeCandidate(supply, demand, distance, max,
                                virginPrice(demand, costs) + disposalCost(supply, costs), cost.get()));
                    }
                }
            }
        }
        return new Matches(candidates, tooCold, noMode);
    }

    /** Resource, water class and hazard rules; distance and temperature come later. */
    public static boolean accepts(ExchangeStream supply, ExchangeStream demand) {
        if (!supply.plantId().equals(demand.plantId()) && supply.resource().canReplace(demand.resource().id())) {
            WaterQuality offered = supply.effectiveQuality();
            WaterQuality needed = demand.effectiveQuality();
            if (offered != null && needed != null && !offered.canServe(needed)) {
                return false;
            }
            return !supply.hazardous() || demand.hazardous();
        }
        return false;
    }

    /** What the receiver pays now per unit, park currency: its own price, else the catalog's. */
    public static double virginPrice(ExchangeStream demand, LinkCostModel costs) {
        return demand.pricePerUnit() != null ? demand.pricePerUnit()
                : demand.resource().virginPriceEurPerUnit() * costs.currencyPerEur();
    }

    /** What the supplier pays now per unit to dispose of it (negative: sells it), park currency. */
    public static double disposalCost(ExchangeStream supply, LinkCostModel costs) {
        return supply.pricePerUnit() != null ? supply.pricePerUnit()
                : supply.resource().disposalCostEurPerUnit() * costs.currencyPerEur();
    }
}

package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The park-wide allocation as a transportation problem with two outside parties: supplies
 * (OUT streams) either go to a receiver over a link or to the disposal sink; demands (IN
 * streams) are met by links or by the virgin market. Quantities in catalog units per year,
 * money in the park's currency per year.
 *
 * @param supply      per OUT stream, &gt; 0
 * @param demand      per IN stream, &gt; 0
 * @param disposalCostPerUnit per OUT stream: paid for each unit not passed on (negative = sold outside)
 * @param virginCostPerUnit   per IN stream: paid for each unit bought on the market
 * @param arcs        the candidate links
 * @param sharedCapacity per shared capacity (an existing pipeline several links use): the most
 *                       its links may carry together per year; an arc names its one by index
 */
public record AllocationInstance(double[] supply, double[] demand, double[] disposalCostPerUnit,
                                 double[] virginCostPerUnit, List<Arc> arcs, double[] sharedCapacity) {

    /**
     * A candidate link. Its cost is {@code fixedCostPerYear} if used at all plus
     * {@code variableCostPerUnit} per unit; the linearised form spreads the fixed part over the
     * capacity ({@link #linearCostPerUnit()}).
     */
    public record Arc(int supply, int demand, double capacity, double variableCostPerUnit, double fixedCostPerYear,
                      int sharedCapacity) {

        /** A link with no capacity shared with others. */
        public Arc(int supply, int demand, double capacity, double variableCostPerUnit, double fixedCostPerYear) {
            this(supply, demand, capacity, variableCostPerUnit, fixedCostPerYear, -1);
        }

        public double linearCostPerUnit() {
            return variableCostPerUnit + fixedCostPerYear / capacity;
        }
    }

    public AllocationInstance {
        arcs = List.copyOf(arcs);
        for (Arc a : arcs) {
            if (a.sharedCapacity() >= sharedCapacity.length) {
                throw new IllegalArgumentException("arc names shared capacity " + a.sharedCapacity() + " of "
                        + sharedCapacity.length);
            }
        }
    }

    /** An instance whose links share no capacity. */
    public AllocationInstance(double[] supply, double[] demand, double[] disposalCostPerUnit,
                              double[] virginCostPerUnit, List<Arc> arcs) {
        this(supply, demand, disposalCostPerUnit, virginCostPerUnit, arcs, new double[0]);
    }

    /**
     * The instance of a list of candidates: one supply per distinct OUT stream, one demand per
     * distinct IN stream, one arc per candidate in the same order, link costs as at full size.
     * The receiver's price and the supplier's disposal cost sit on the market and disposal arcs, so
     * a substitute earns the demanded resource's price.
     */
    public static AllocationInstance of(List<ExchangeCandidate> candidates, LinkCostModel costs) {
        // identity: a candidate holds the problem's own stream objects, and a record's hash would
        // walk its resource's names and substitutes every time
        Map<ExchangeStream, Integer> supplyIndex = new IdentityHashMap<>();
        Map<ExchangeStream, Integer> demandIndex = new IdentityHashMap<>();
        for (ExchangeCandidate c : candidates) {
            supplyIndex.putIfAbsent(c.supply(), supplyIndex.size());
            demandIndex.putIfAbsent(c.demand(), demandIndex.size());
        }
        double[] supply = new double[supplyIndex.size()];
        double[] disposal = new double[supply.length];
        supplyIndex.forEach((s, i) -> {
            supply[i] = s.quantityPerYear();
            disposal[i] = ExchangeMatcher.disposalCost(s, costs);
        });
        double[] demand = new double[demandIndex.size()];
        double[] virgin = new double[demand.length];
        demandIndex.forEach((d, j) -> {
            demand[j] = d.quantityPerYear();
            virgin[j] = ExchangeMatcher.virginPrice(d, costs);
        });
        // one shared capacity per existing pipeline with a stated capacity, whichever links use it
        Map<ExistingPipeline, Integer> pipeIndex = new IdentityHashMap<>();
        List<Double> pipeCapacity = new ArrayList<>();
        List<AllocationInstance.Arc> arcs = new ArrayList<>();
        for (ExchangeCandidate c : candidates) {
            ExistingPipeline pipe = c.existingPipeline();
            int shared = -1;
            if (pipe != null && pipe.capacityPerYear() != null) {
                shared = pipeIndex.computeIfAbsent(pipe, k -> {
                    pipeCapacity.add(k.capacityPerYear());
                    return pipeCapacity.size() - 1;
                });
            }
            arcs.add(new AllocationInstance.Arc(supplyIndex.get(c.supply()), demandIndex.get(c.demand()),
                    c.maxQuantityPerYear(), c.costAtMax().variableCostPerUnit(), c.costAtMax().fixedCostPerYear(),
                    shared));
        }
        return new AllocationInstance(supply, demand, disposal, virgin, arcs,
                pipeCapacity.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The instance with every quantity rounded to a multiple of a power-of-ten quantum so that the
     * total fits comfortably in an {@code int} (at most 1e8 quanta), as integer flow algorithms
     * need; the quantum is 10^(⌈log10 total⌉ − 8), e.g. 0.1 t for a park moving 5 Mt a year.
     */
    public AllocationInstance quantised() {
        double q = quantum();
        List<Arc> rounded = new ArrayList<>();
        for (Arc a : arcs) {
            rounded.add(new Arc(a.supply(), a.demand(), round(a.capacity(), q), a.variableCostPerUnit(),
                    a.fixedCostPerYear(), a.sharedCapacity()));
        }
        double[] s = supply.clone();
        double[] d = demand.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] = round(s[i], q);
        }
        for (int j = 0; j < d.length; j++) {
            d[j] = round(d[j], q);
        }
        double[] shared = sharedCapacity.clone();
        for (int g = 0; g < shared.length; g++) {
            // down, so that the rounded flows never exceed the real capacity (the 1e-6 quantum
            // absorbs the division's rounding: 120 / 1e-5 = 11,999,999.999999998)
            shared[g] = Math.floor(shared[g] / q + 1e-6) * q;
        }
        return new AllocationInstance(s, d, disposalCostPerUnit, virginCostPerUnit,
                rounded.stream().filter(a -> a.capacity() > 0).toList(), shared);
    }

    public double quantum() {
        double total = 0;
        for (double x : supply) {
            total += x;
        }
        for (double x : demand) {
            total += x;
        }
        return total <= 0 ? 1.0 : Math.pow(10, Math.ceil(Math.log10(total)) - 8);
    }

    private static double round(double x, double quantum) {
        return Math.round(x / quantum) * quantum;
    }

    /**
     * A solution: flow per arc, disposed per supply, bought per demand.
     *
     * @param totalCostPerYear disposal + market purchases + link costs (as the solver saw them)
     * @param provenOptimal    false if a solver stopped at its time limit with the best solution so far
     */
    public record Solution(double[] arcFlow, double[] disposed, double[] bought, double totalCostPerYear,
                           boolean provenOptimal) {
    }
}

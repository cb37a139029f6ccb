package org.symbiopark.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The min-cost flow reaches the LP optimum of the same transportation problem (GLOP). */
class MinCostFlowAllocatorTest {

    @Test
    void jgraphtFlowEqualsTheArrayFlow() {
        for (long seed = 300; seed <= 320; seed++) {
            AllocationInstance instance = random(new Random(seed), false).quantised();
            double ours = new MinCostFlowAllocator().solve(instance).totalCostPerYear();
            double jgrapht = new JGraphTMinCostFlowAllocator().solve(instance).totalCostPerYear();
            assertEquals(jgrapht, ours, 1e-6 * Math.max(1, Math.abs(jgrapht)), "seed " + seed);
        }
    }

    @Test
    void flowOptimumEqualsGlopOnSixtySeededRandomInstances() {
        for (long seed = 1; seed <= 60; seed++) {
            AllocationInstance instance = random(new Random(seed), false).quantised();
            AllocationInstance.Solution flow = new MinCostFlowAllocator().solve(instance);
            double lp = AllocationLinearProgram.minimumCost(instance);
            assertEquals(lp, flow.totalCostPerYear(), 1e-6 * Math.max(1, Math.abs(lp)), "seed " + seed);
            assertBalanced(instance, flow, seed);
        }
    }

    @Test
    void componentsSolvedApartGiveTheWholeOptimum() {
        for (long seed = 200; seed < 210; seed++) {
            Random r = new Random(seed);
            AllocationInstance a = random(r, false);
            AllocationInstance b = random(r, false);
            AllocationInstance both = union(a, b).quantised();
            AllocationInstance.Solution flow = new MinCostFlowAllocator().solve(both);
            double lp = AllocationLinearProgram.minimumCost(both);
            assertEquals(lp, flow.totalCostPerYear(), 1e-6 * Math.max(1, Math.abs(lp)), "seed " + seed);
            assertBalanced(both, flow, seed);
        }
    }

    @Test
    void sharedCapacityByHandAsAStarAndAcrossPairs() {
        // 100 + 100 to supply, receivers paying 10 and 5 per unit, links free; the links share a
        // pipe of 120: the dearer receiver gets 100, the other 20 and buys 80 × 5 = 400
        List<AllocationInstance.Arc> acrossPairs = List.of(new AllocationInstance.Arc(0, 0, 100, 0, 0, 0),
                new AllocationInstance.Arc(1, 1, 100, 0, 0, 0));
        AllocationInstance pairs = new AllocationInstance(new double[] {100, 100}, new double[] {100, 100},
                new double[] {0, 0}, new double[] {10, 5}, acrossPairs, new double[] {120});
        // one supply of 200 to both receivers through the same pipe: the same 400
        List<AllocationInstance.Arc> fromOne = List.of(new AllocationInstance.Arc(0, 0, 100, 0, 0, 0),
                new AllocationInstance.Arc(0, 1, 100, 0, 0, 0));
        AllocationInstance star = new AllocationInstance(new double[] {200}, new double[] {100, 100},
                new double[] {0}, new double[] {10, 5}, fromOne, new double[] {120});
        for (AllocationInstance instance : List.of(pairs, star)) {
            AllocationInstance.Solution flow = new MinCostFlowAllocator().solve(instance.quantised());
            assertEquals(400, flow.totalCostPerYear(), 1e-6);
            assertEquals(100, flow.arcFlow()[0], 1e-6);
            assertEquals(20, flow.arcFlow()[1], 1e-6);
            assertEquals(400, AllocationLinearProgram.minimumCost(instance), 1e-6);
            assertEquals(400, new FixedChargeAllocator(30).solve(instance).totalCostPerYear(), 1e-6);
        }
    }

    @Test
    void flowWithSharedCapacitiesEqualsGlopOnFortySeededInstances() {
        for (long seed = 400; seed < 440; seed++) {
            Random r = new Random(seed);
            AllocationInstance plain = random(r, false);
            // a third of the arcs along 1–3 pipes; odd seeds: each pipe's arcs leave one supply
            int pipes = 1 + r.nextInt(3);
            double[] load = new double[pipes];
            List<AllocationInstance.Arc> arcs = new ArrayList<>();
            for (AllocationInstance.Arc a : plain.arcs()) {
                int g = seed % 2 == 1 ? (a.supply() % 5 < pipes && a.supply() < 5 ? a.supply() % 5 : -1)
                        : r.nextDouble() < 0.33 ? r.nextInt(pipes) : -1;
                if (g >= 0) {
                    load[g] += a.capacity();
                }
                arcs.add(new AllocationInstance.Arc(a.supply(), a.demand(), a.capacity(), a.variableCostPerUnit(),
                        a.fixedCostPerYear(), g));
            }
            double[] capacity = new double[pipes];
            for (int g = 0; g < pipes; g++) {
                capacity[g] = Math.round(load[g] * (0.1 + 0.5 * r.nextDouble()));
            }
            AllocationInstance instance = new AllocationInstance(plain.supply(), plain.demand(),
                    plain.disposalCostPerUnit(), plain.virginCostPerUnit(), arcs, capacity).quantised();
            AllocationInstance.Solution flow = new MinCostFlowAllocator().solve(instance);
            double lp = AllocationLinearProgram.minimumCost(instance);
            assertEquals(lp, flow.totalCostPerYear(), 1e-6 * Math.max(1, Math.abs(lp)), "seed " + seed);
            assertBalanced(instance, flow, seed);
            double[] used = new double[pipes];
            for (int k = 0; k < arcs.size() && k < instance.arcs().size(); k++) {
                if (instance.arcs().get(k).sharedCapacity() >= 0) {
                    used[instance.arcs().get(k).sharedCapacity()] += flow.arcFlow()[k];
                }
            }
            for (int g = 0; g < pipes; g++) {
                assertTrue(used[g] <= instance.sharedCapacity()[g] + 1e-6, "seed " + seed + " pipe " + g);
            }
        }
    }

    /** Two instances side by side, sharing only the market and the disposal sink. */
    private static AllocationInstance union(AllocationInstance a, AllocationInstance b) {
        int nS = a.supply().length;
        int nD = a.demand().length;
        List<AllocationInstance.Arc> arcs = new ArrayList<>(a.arcs());
        for (AllocationInstance.Arc arc : b.arcs()) {
            arcs.add(new AllocationInstance.Arc(arc.supply() + nS, arc.demand() + nD, arc.capacity(),
                    arc.variableCostPerUnit(), arc.fixedCostPerYear()));
        }
        return new AllocationInstance(concat(a.supply(), b.supply()), concat(a.demand(), b.demand()),
                concat(a.disposalCostPerUnit(), b.disposalCostPerUnit()),
                concat(a.virginCostPerUnit(), b.virginCostPerUnit()), arcs);
    }

    private static double[] concat(double[] x, double[] y) {
        double[] z = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, z, x.length, y.length);
        return z;
    }

    @Test
    void mipWithoutFixedCostsEqualsTheLp() {
        for (long seed = 100; seed <= 110; seed++) {
            AllocationInstance instance = random(new Random(seed), true).quantised();
            double lp = AllocationLinearProgram.minimumCost(instance);
            double mip = new FixedChargeAllocator(30).solve(instance).totalCostPerYear();
            // the random arcs' fixed costs are spread into linearCostPerUnit for the LP; compare the
            // MIP on a copy whose fixed costs are already variable
            List<AllocationInstance.Arc> variable = instance.arcs().stream()
                    .map(a -> new AllocationInstance.Arc(a.supply(), a.demand(), a.capacity(), a.linearCostPerUnit(), 0))
                    .toList();
            double mipVariable = new FixedChargeAllocator(30).solve(new AllocationInstance(instance.supply(),
                    instance.demand(), instance.disposalCostPerUnit(), instance.virginCostPerUnit(), variable))
                    .totalCostPerYear();
            assertEquals(lp, mipVariable, 1e-6 * Math.max(1, Math.abs(lp)), "seed " + seed);
            // the linearised LP is the MIP's LP relaxation (y = flow / capacity), so a lower bound
            assertTrue(mip >= lp - 1e-6 * Math.max(1, Math.abs(lp)), "seed " + seed);
        }
    }

    private static void assertBalanced(AllocationInstance inst, AllocationInstance.Solution s, long seed) {
        double[] out = s.disposed().clone();
        double[] in = s.bought().clone();
        for (int k = 0; k < inst.arcs().size(); k++) {
            out[inst.arcs().get(k).supply()] += s.arcFlow()[k];
            in[inst.arcs().get(k).demand()] += s.arcFlow()[k];
            assertTrue(s.arcFlow()[k] <= inst.arcs().get(k).capacity() + 1e-9, "seed " + seed);
        }
        for (int i = 0; i < out.length; i++) {
            assertEquals(inst.supply()[i], out[i], 1e-6 * inst.supply()[i], "supply " + i + " seed " + seed);
        }
        for (int j = 0; j < in.length; j++) {
            assertEquals(inst.demand()[j], in[j], 1e-6 * inst.demand()[j], "demand " + j + " seed " + seed);
        }
    }

    /**
     * 2–40 supplies and demands, quantities 1–100,000, some negative disposal costs (sold outside);
     * money in whole cents, so the flow's integer cost quanta represent it exactly.
     */
    static AllocationInstance random(Random r, boolean fixedCosts) {
        int nS = 2 + r.nextInt(39);
        int nD = 2 + r.nextInt(39);
        double[] supply = new double[nS];
        double[] demand = new double[nD];
        double[] disposal = new double[nS];
        double[] virgin = new double[nD];
        for (int i = 0; i < nS; i++) {
            supply[i] = 1 + r.nextDouble() * 99_999;
            disposal[i] = cents(r.nextDouble() * 60 - 10);
        }
        for (int j = 0; j < nD; j++) {
            demand[j] = 1 + r.nextDouble() * 99_999;
            virgin[j] = cents(r.nextDouble() * 100);
        }
        List<AllocationInstance.Arc> arcs = new ArrayList<>();
        for (int i = 0; i < nS; i++) {
            for (int j = 0; j < nD; j++) {
                if (r.nextDouble() < 0.5) {
                    double cap = Math.min(supply[i], demand[j]);
                    arcs.add(new AllocationInstance.Arc(i, j, cap, cents(r.nextDouble() * 80),
                            fixedCosts ? cents(r.nextDouble() * 200_000) : 0));
                }
            }
        }
        return new AllocationInstance(supply, demand, disposal, virgin, arcs);
    }

    private static double cents(double money) {
        return Math.round(money * 100) / 100.0;
    }
}

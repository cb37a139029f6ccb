package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The first solver of the linearised allocation, kept as the peer of {@link MinCostFlowAllocator}
 * in {@code bench exchange} (same optimum): a minimum-cost flow by JGraphT's capacity scaling:
 * nodes are the supplies, the demands, a virgin-market source and a disposal sink; arcs are the
 * links (linearised cost per unit), supply → disposal (disposal cost), market → demand (virgin
 * price) and market → disposal (free, to balance). The park-wide optimum, not greedy pairing.
 * It ignores shared pipeline capacities ({@link AllocationInstance#sharedCapacity()}): a peer for
 * instances without them only.
 *
 * <p>The flow algorithm works in integers, so quantities are taken in the instance's quantum
 * ({@link AllocationInstance#quantum()}); pass a {@link AllocationInstance#quantised()} instance to
 * get flows that are exact for it. Costs may be negative (a supply sold outside): a constant per
 * node is added to its arcs, which changes no optimum since every unit leaves its node once.
 *
 * <p>Costs are handed to JGraphT as whole numbers of a cost quantum (at most 1e6 per flow
 * quantum): with fractional costs its capacity scaling (1.5.2) sometimes reports a feasible
 * problem infeasible, from rounding in the reduced costs. The quantum is 10^(⌈log10 max⌉ − 6) of
 * the largest cost per flow quantum, so costs keep six significant digits; instances whose costs
 * are multiples of that quantum (e.g. cents) are solved exactly. The returned total is
 * recomputed from the unrounded costs.
 */
public final class JGraphTMinCostFlowAllocator {

    /**
     * The optimum, solved per connected component of the supply–demand arcs: the market and the
     * disposal sink have no capacity limit, so components do not interact and the sum of their
     * optima is the optimum (a park's resources fall into many small groups, and the flow
     * algorithm's time grows faster than linearly with the arcs).
     */
    public AllocationInstance.Solution solve(AllocationInstance instance) {
        int nS = instance.supply().length;
        int nD = instance.demand().length;
        int[] parent = new int[nS + nD];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        for (AllocationInstance.Arc a : instance.arcs()) {
            int x = root(parent, a.supply());
            int y = root(parent, nS + a.demand());
            if (x != y) {
                parent[x] = y;
            }
        }
        Map<Integer, List<Integer>> supplies = new HashMap<>();
        Map<Integer, List<Integer>> demands = new HashMap<>();
        Map<Integer, List<Integer>> arcsOf = new HashMap<>();
        for (int i = 0; i < nS; i++) {
            supplies.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < nD; j++) {
            demands.computeIfAbsent(root(parent, nS + j), k -> new ArrayList<>()).add(j);
        }
        for (int k = 0; k < instance.arcs().size(); k++) {
            arcsOf.computeIfAbsent(root(parent, instance.arcs().get(k).supply()), r -> new ArrayList<>()).add(k);
        }
        double[] arcFlow = new double[instance.arcs().size()];
        double[] disposed = instance.supply().clone();
        double[] bought = instance.demand().clone();
        double total = 0;
        for (int i = 0; i < nS; i++) {
            total += disposed[i] * instance.disposalCostPerUnit()[i];
        }
        for (int j = 0; j < nD; j++) {
            total += bought[j] * instance.virginCostPerUnit()[j];
        }
        for (Map.Entry<Integer, List<Integer>> component : arcsOf.entrySet()) {
            List<Integer> s = supplies.get(component.getKey());
            List<Integer> d = demands.get(component.getKey());
            Map<Integer, Integer> localS = new HashMap<>();
            Map<Integer, Integer> localD = new HashMap<>();
            double[] supply = new double[s.size()];
            double[] disposal = new double[s.size()];
            for (int x = 0; x < s.size(); x++) {
                localS.put(s.get(x), x);
                supply[x] = instance.supply()[s.get(x)];
                disposal[x] = instance.disposalCostPerUnit()[s.get(x)];
            }
            double[] demand = new double[d.size()];
            double[] virgin = new double[d.size()];
            for (int y = 0; y < d.size(); y++) {
                localD.put(d.get(y), y);
                demand[y] = instance.demand()[d.get(y)];
                virgin[y] = instance.virginCostPerUnit()[d.get(y)];
            }
            List<AllocationInstance.Arc> arcs = new ArrayList<>();
            for (int k : component.getValue()) {
                AllocationInstance.Arc a = instance.arcs().get(k);
                arcs.add(new AllocationInstance.Arc(localS.get(a.supply()), localD.get(a.demand()), a.capacity(),
                        a.variableCostPerUnit(), a.fixedCostPerYear()));
            }
            AllocationInstance.Solution part = solveConnected(new AllocationInstance(supply, demand, disposal, virgin, arcs),
                    instance.quantum());
            for (int x = 0; x < s.size(); x++) {
                int i = s.get(x);
                total += (part.disposed()[x] - disposed[i]) * disposal[x];
                disposed[i] = part.disposed()[x];
            }
            for (int y = 0; y < d.size(); y++) {
                int j = d.get(y);
                total += (part.bought()[y] - bought[j]) * virgin[y];
                bought[j] = part.bought()[y];
            }
            List<Integer> arcIndices = component.getValue();
            for (int k = 0; k < arcIndices.size(); k++) {
                arcFlow[arcIndices.get(k)] = part.arcFlow()[k];
                total += part.arcFlow()[k] * arcs.get(k).linearCostPerUnit();
            }
        }
        return new AllocationInstance.Solution(arcFlow, disposed, bought, total, true);
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** One connected component, in the whole instance's quantum so that rounding matches. */
    private AllocationInstance.Solution solveConnected(AllocationInstance instance, double quantum) {
        int nS = instance.supply().length;
        int nD = instance.demand().length;
        int market = nS + nD;
        int disposal = market + 1;
        int[] supplyQ = new int[nS];
        int[] demandQ = new int[nD];
        long totalSupply = 0;
        long totalDemand = 0;
        for (int i = 0; i < nS; i++) {
            supplyQ[i] = (int) Math.round(instance.supply()[i] / quantum);
            totalSupply += supplyQ[i];
        }
        for (int j = 0; j < nD; j++) {
            demandQ[j] = (int) Math.round(instance.demand()[j] / quantum);
            totalDemand += demandQ[j];
        }
        double[] supplyShift = new double[nS];
        double[] demandShift = new double[nD];
        for (int i = 0; i < nS; i++) {
            supplyShift[i] = Math.max(0, -instance.disposalCostPerUnit()[i]);
        }
        for (int j = 0; j < nD; j++) {
            demandShift[j] = Math.max(0, -instance.virginCostPerUnit()[j]);
        }

        double maxCost = 0;
        for (AllocationInstance.Arc a : instance.arcs()) {
            maxCost = Math.max(maxCost, a.linearCostPerUnit() + supplyShift[a.supply()] + demandShift[a.demand()]);
        }
        for (int i = 0; i < nS; i++) {
            maxCost = Math.max(maxCost, instance.disposalCostPerUnit()[i] + supplyShift[i]);
        }
        for (int j = 0; j < nD; j++) {
            maxCost = Math.max(maxCost, instance.virginCostPerUnit()[j] + demandShift[j]);
        }
        maxCost *= quantum;
        double costQuantum = maxCost <= 0 ? 1.0 : Math.pow(10, Math.ceil(Math.log10(maxCost)) - 6);

        var graph = new DirectedWeightedMultigraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        for (int v = 0; v <= disposal; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        List<DefaultWeightedEdge> arcEdges = new ArrayList<>();
        for (AllocationInstance.Arc a : instance.arcs()) {
            double cost = a.linearCostPerUnit() + supplyShift[a.supply()] + demandShift[a.demand()];
            int cap = (int) Math.min(Math.round(a.capacity() / quantum), Math.min(supplyQ[a.supply()], demandQ[a.demand()]));
            arcEdges.add(edge(graph, capacity, a.supply(), nS + a.demand(), cap, Math.round(cost * quantum / costQuantum)));
        }
        List<DefaultWeightedEdge> disposalEdges = new ArrayList<>();
        for (int i = 0; i < nS; i++) {
            disposalEdges.add(edge(graph, capacity, i, disposal, supplyQ[i],
                    Math.round((instance.disposalCostPerUnit()[i] + supplyShift[i]) * quantum / costQuantum)));
        }
        List<DefaultWeightedEdge> marketEdges = new ArrayList<>();
        for (int j = 0; j < nD; j++) {
            marketEdges.add(edge(graph, capacity, market, nS + j, demandQ[j],
                    Math.round((instance.virginCostPerUnit()[j] + demandShift[j]) * quantum / costQuantum)));
        }
        edge(graph, capacity, market, disposal, (int) Math.min(Integer.MAX_VALUE / 2, totalDemand), 0.0);
        final long supplySum = totalSupply;
        final long demandSum = totalDemand;
        var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<Integer, DefaultWeightedEdge>(graph,
                v -> v < nS ? supplyQ[v] : v < market ? -demandQ[v - nS] : v == market ? (int) demandSum : (int) -supplySum,
                capacity::get);
        var flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);

        double total = 0;
        double[] arcFlow = new double[arcEdges.size()];
        for (int k = 0; k < arcFlow.length; k++) {
            arcFlow[k] = flow.getFlow(arcEdges.get(k)) * quantum;
            total += arcFlow[k] * instance.arcs().get(k).linearCostPerUnit();
        }
        double[] disposed = new double[nS];
        for (int i = 0; i < nS; i++) {
            disposed[i] = flow.getFlow(disposalEdges.get(i)) * quantum;
            total += disposed[i] * instance.disposalCostPerUnit()[i];
        }
        double[] bought = new double[nD];
        for (int j = 0; j < nD; j++) {
            bought[j] = flow.getFlow(marketEdges.get(j)) * quantum;
            total += bought[j] * instance.virginCostPerUnit()[j];
        }
        return new AllocationInstance.Solution(arcFlow, disposed, bought, total, true);
    }

    private static DefaultWeightedEdge edge(DirectedWeightedMultigraph<Integer, DefaultWeightedEdge> g,
                                            Map<DefaultWeightedEdge, Integer> capacity, int from, int to, int cap,
                                            double cost) {
        DefaultWeightedEdge e = g.addEdge(from, to);
        g.setEdgeWeight(e, cost);
        capacity.put(e, cap);
        return e;
    }
}

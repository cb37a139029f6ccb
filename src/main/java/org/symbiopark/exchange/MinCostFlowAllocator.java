package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.symbiopark.graph.IndexedMinHeap;

/**
 * Solves the linearised allocation exactly as a minimum-cost flow on primitive arrays, by
 * successive shortest paths with node potentials (Ahuja, Magnanti &amp; Orlin, <i>Network Flows</i>,
 * 1993, §9.7), Dijkstra on a 4-ary heap.
 *
 * <p>The allocation is restated as the gain over doing nothing: every supply goes to disposal and
 * every demand is bought on the market, and a unit sent over link k from supply i to demand j
 * saves p_k = disposal_i + virgin_j − linearCost_k. The optimum maximises Σ p_k·x_k subject to
 * the supplies, the demands and the link capacities: a min-cost flow of free amount from a source
 * (arcs to the supplies, capacity = supply) to a sink (arcs from the demands, capacity = demand)
 * with arc costs −p_k, augmented while the shortest path is negative. Links with p_k ≤ 0 never
 * improve the optimum and get no flow. Since the market and the disposal sink are unlimited, the
 * connected components of the links do not interact and are solved one by one, each Dijkstra
 * scanning only its own component.
 *
 * <p><b>Shared capacities</b> (links along one existing pipeline carry at most its capacity
 * together): when the links of a pipeline all leave one supply, they leave it through a hub node
 * behind one arc of the pipeline's capacity; when they all reach one demand, they reach it
 * through such a hub. Both are exact. When they join several supplies to several demands, no
 * network arc can express the constraint (each link's cost belongs to its pair, and a hub would
 * let a supply reach a receiver it is not matched with), so that component alone is solved as
 * the LP with the constraint (OR-Tools GLOP, {@link AllocationLinearProgram}). A capacity its
 * links cannot exceed together is ignored.
 *
 * <p>Initial potentials (0 on the source and the supplies, min −p over its links on a demand, min
 * of those on the sink) make every reduced cost ≥ 0; after each Dijkstra, stopped once the sink is
 * settled, π(v) += min(d(v), d(sink)) keeps them so (the early-exit rule of Goldberg's and
 * others' implementations). Quantities are integers of the instance's quantum
 * ({@link AllocationInstance#quantum()}); pass a {@link AllocationInstance#quantised()} instance for
 * flows exact on it. Costs stay in double precision, so no cost rounding; reduced costs within
 * rounding noise of zero are taken as zero.
 */
public final class MinCostFlowAllocator {

    /** How negative a path's cost per quantum must be to be worth augmenting, park currency. */
    private static final double MIN_GAIN = 1e-9;

    public AllocationInstance.Solution solve(AllocationInstance instance) {
        int nS = instance.supply().length;
        int nD = instance.demand().length;
        int nArcs = instance.arcs().size();
        int nGroups = instance.sharedCapacity().length;
        double quantum = instance.quantum();
        double[] profit = new double[nArcs];
        long[] capQ = new long[nArcs];
        int[] parent = new int[nS + nD];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        // per shared capacity: the total its useful links could carry, and whether they all leave
        // one supply (star from it) or all reach one demand (star into it); -2 = several
        long[] groupLoadQ = new long[nGroups];
        int[] groupSupply = new int[nGroups];
        int[] groupDemand = new int[nGroups];
        int[] groupAnchor = new int[nGroups];
        Arrays.fill(groupSupply, -1);
        Arrays.fill(groupDemand, -1);
        Arrays.fill(groupAnchor, -1);
        int useful = 0;
        for (int k = 0; k < nArcs; k++) {
            AllocationInstance.Arc a = instance.arcs().get(k);
            profit[k] = instance.disposalCostPerUnit()[a.supply()] + instance.virginCostPerUnit()[a.demand()]
                    - a.linearCostPerUnit();
            capQ[k] = profit[k] > 0 ? capacityQ(instance, a, quantum) : 0;
            if (capQ[k] > 0) {
                useful++;
                union(parent, a.supply(), nS + a.demand());
                int g = a.sharedCapacity();
                if (g >= 0) {
                    groupLoadQ[g] += capQ[k];
                    groupSupply[g] = groupSupply[g] == -1 || groupSupply[g] == a.supply() ? a.supply() : -2;
                    groupDemand[g] = groupDemand[g] == -1 || groupDemand[g] == a.demand() ? a.demand() : -2;
                    if (groupAnchor[g] >= 0) {
                        union(parent, groupAnchor[g], a.supply());
                    }
                    groupAnchor[g] = a.supply();
                }
            }
        }
        // a shared capacity binds only if its links could carry more together
        long[] groupCapQ = new long[nGroups];
        boolean[] binding = new boolean[nGroups];
        for (int g = 0; g < nGroups; g++) {
            groupCapQ[g] = (long) Math.floor(instance.sharedCapacity()[g] / quantum + 1e-6);
            binding[g] = groupLoadQ[g] > groupCapQ[g];
        }
        // components: a source and a sink each, numbered by their root
        int[] component = new int[nS + nD];
        Arrays.fill(component, -1);
        int[] componentOfRoot = new int[nS + nD];
        Arrays.fill(componentOfRoot, -1);
        int components = 0;
        boolean[] touched = new boolean[nS + nD];
        for (int k = 0; k < nArcs; k++) {
            if (capQ[k] > 0) {
                touched[instance.arcs().get(k).supply()] = true;
                touched[nS + instance.arcs().get(k).demand()] = true;
            }
        }
        for (int v = 0; v < nS + nD; v++) {
            if (touched[v]) {
                int r = root(parent, v);
                if (componentOfRoot[r] < 0) {
                    componentOfRoot[r] = components++;
                }
                component[v] = componentOfRoot[r];
            }
        }
        // a shared capacity used from several supplies to several demands is a side constraint no
        // network arc expresses (each link's cost belongs to its pair): that component is solved as
        // the LP with the constraint instead; stars get a hub node behind one capacity arc
        boolean[] byLinearProgram = new boolean[components];
        int[] hub = new int[nGroups];
        Arrays.fill(hub, -1);
        int hubs = 0;
        int nodesBeforeHubs = nS + nD + 2 * components;
        for (int g = 0; g < nGroups; g++) {
            if (!binding[g]) {
                continue;
            }
            if (groupSupply[g] >= 0 || groupDemand[g] >= 0) {
                hub[g] = nodesBeforeHubs + hubs++;
            } else {
                byLinearProgram[component[groupAnchor[g]]] = true;
            }
        }
        int nodes = nodesBeforeHubs + hubs;
        int[] componentOfNode = Arrays.copyOf(component, nodes);
        for (int v = nS + nD; v < nodesBeforeHubs; v++) {
            componentOfNode[v] = (v - nS - nD) / 2;
        }
        for (int g = 0; g < nGroups; g++) {
            if (hub[g] >= 0) {
                componentOfNode[hub[g]] = component[groupAnchor[g]];
            }
        }
        // residual graph: edge e and its reverse e ^ 1 (until renumbered below)
        int edges = 2 * (useful + nS + nD + hubs);
        int[] tail = new int[edges];
        int[] head = new int[edges];
        long[] residual = new long[edges];
        double[] cost = new double[edges];
        int[] arcEdge = new int[nArcs];
        Arrays.fill(arcEdge, -1);
        int e = 0;
        for (int i = 0; i < nS; i++) {
            if (component[i] >= 0 && !byLinearProgram[component[i]]) {
                e = addEdge(tail, head, residual, cost, e, nS + nD + 2 * component[i], i,
                        Math.round(instance.supply()[i] / quantum), 0.0);
            }
        }
        for (int j = 0; j < nD; j++) {
            if (component[nS + j] >= 0 && !byLinearProgram[component[nS + j]]) {
                e = addEdge(tail, head, residual, cost, e, nS + j, nS + nD + 2 * component[nS + j] + 1,
                        Math.round(instance.demand()[j] / quantum), 0.0);
            }
        }
        for (int g = 0; g < nGroups; g++) {
            if (hub[g] >= 0) {
                e = groupSupply[g] >= 0
                        ? addEdge(tail, head, residual, cost, e, groupSupply[g], hub[g], groupCapQ[g], 0.0)
                        : addEdge(tail, head, residual, cost, e, hub[g], nS + groupDemand[g], groupCapQ[g], 0.0);
            }
        }
        for (int k = 0; k < nArcs; k++) {
            AllocationInstance.Arc a = instance.arcs().get(k);
            if (capQ[k] > 0 && !byLinearProgram[component[a.supply()]]) {
                arcEdge[k] = e;
                int g = a.sharedCapacity();
                int from = a.supply();
                int to = nS + a.demand();
                if (g >= 0 && hub[g] >= 0) {
                    if (groupSupply[g] >= 0) {
                        from = hub[g];
                    } else {
                        to = hub[g];
                    }
                }
                e = addEdge(tail, head, residual, cost, e, from, to, capQ[k], -profit[k] * quantum);
            }
        }
        int[] start = new int[nodes + 1];
        for (int x = 0; x < e; x++) {
            start[tail[x] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        // initial potentials: shortest distances from the source over the forward arcs, relaxed
        // layer by layer (supplies, then hubs, then demands; the graph is acyclic in that order)
        double[] potential = new double[nodes];
        for (int layer = 0; layer < 3; layer++) {
            for (int x = 0; x < e; x += 2) {
                int u = tail[x];
                int uLayer = u < nS ? 0 : u >= nodesBeforeHubs ? 1 : u < nS + nD ? 2 : -1;
                if (uLayer == layer) {
                    potential[head[x]] = Math.min(potential[head[x]], potential[u] + cost[x]);
                }
            }
        }
        // edges renumbered in CSR order (a node's out-edges side by side, read in sequence by
        // Dijkstra); reverse[x] = the partner of edge x
        int[] slotOf = new int[e];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int x = 0; x < e; x++) {
            slotOf[x] = fill[tail[x]]++;
        }
        int[] reverse = new int[e];
        {
            int[] t = new int[e];
            int[] h = new int[e];
            long[] r = new long[e];
            double[] c = new double[e];
            for (int x = 0; x < e; x++) {
                int y = slotOf[x];
                t[y] = tail[x];
                h[y] = head[x];
                r[y] = residual[x];
                c[y] = cost[x];
                reverse[y] = slotOf[x ^ 1];
            }
            tail = t;
            head = h;
            residual = r;
            cost = c;
            for (int k = 0; k < nArcs; k++) {
                if (arcEdge[k] >= 0) {
                    arcEdge[k] = slotOf[arcEdge[k]];
                }
            }
        }
        // the nodes of each component, for the potential update
        int[] memberStart = new int[components + 1];
        for (int v = 0; v < nodes; v++) {
            if (componentOfNode[v] >= 0) {
                memberStart[componentOfNode[v] + 1]++;
            }
        }
        for (int c = 0; c < components; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        int[] members = new int[memberStart[components]];
        int[] memberFill = Arrays.copyOf(memberStart, components);
        for (int v = 0; v < nodes; v++) {
            if (componentOfNode[v] >= 0) {
                members[memberFill[componentOfNode[v]]++] = v;
            }
        }

        ShortestPaths paths = new ShortestPaths(nodes);
        for (int c = 0; c < components; c++) {
            if (byLinearProgram[c]) {
                continue;
            }
            int source = nS + nD + 2 * c;
            int sink = source + 1;
            while (paths.run(source, sink, start, head, residual, cost, potential)) {
                double sinkDistance = paths.distance[sink];
                if (sinkDistance + potential[sink] - potential[source] > -MIN_GAIN * quantum) {
                    break;
                }
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                    int v = members[m];
                    potential[v] += Math.min(paths.distance[v], sinkDistance);
                }
                long push = Long.MAX_VALUE;
                for (int v = sink; v != source; v = tail[paths.via[v]]) {
                    push = Math.min(push, residual[paths.via[v]]);
                }
                for (int v = sink; v != source; v = tail[paths.via[v]]) {
                    residual[paths.via[v]] -= push;
                    residual[reverse[paths.via[v]]] += push;
                }
                paths.reset(members, memberStart[c], memberStart[c + 1]);
            }
            paths.reset(members, memberStart[c], memberStart[c + 1]);
        }

        double[] arcFlow = new double[nArcs];
        for (int k = 0; k < nArcs; k++) {
            if (arcEdge[k] >= 0) {
                arcFlow[k] = residual[reverse[arcEdge[k]]] * quantum;
            }
        }
        for (int c = 0; c < components; c++) {
            if (byLinearProgram[c]) {
                solveByLinearProgram(instance, component, c, capQ, quantum, arcFlow);
            }
        }
        double[] disposed = instance.supply().clone();
        double[] bought = instance.demand().clone();
        double total = 0;
        for (int k = 0; k < nArcs; k++) {
            AllocationInstance.Arc a = instance.arcs().get(k);
            disposed[a.supply()] -= arcFlow[k];
            bought[a.demand()] -= arcFlow[k];
            total += arcFlow[k] * a.linearCostPerUnit();
        }
        for (int i = 0; i < nS; i++) {
            disposed[i] = Math.max(0, disposed[i]);
            total += disposed[i] * instance.disposalCostPerUnit()[i];
        }
        for (int j = 0; j < nD; j++) {
            bought[j] = Math.max(0, bought[j]);
            total += bought[j] * instance.virginCostPerUnit()[j];
        }
        return new AllocationInstance.Solution(arcFlow, disposed, bought, total, true);
    }

    /** One component as the LP with its shared capacities (OR-Tools GLOP); its flows into {@code arcFlow}. */
    private static void solveByLinearProgram(AllocationInstance instance, int[] component, int c, long[] capQ,
                                             double quantum, double[] arcFlow) {
        int nS = instance.supply().length;
        int nD = instance.demand().length;
        int[] local = new int[nS + nD];
        int localS = 0;
        int localD = 0;
        for (int v = 0; v < nS + nD; v++) {
            if (component[v] == c) {
                local[v] = v < nS ? localS++ : localD++;
            }
        }
        double[] supply = new double[localS];
        double[] disposal = new double[localS];
        double[] demand = new double[localD];
        double[] virgin = new double[localD];
        for (int v = 0; v < nS + nD; v++) {
            if (component[v] == c && v < nS) {
                supply[local[v]] = instance.supply()[v];
                disposal[local[v]] = instance.disposalCostPerUnit()[v];
            } else if (component[v] == c) {
                demand[local[v]] = instance.demand()[v - nS];
                virgin[local[v]] = instance.virginCostPerUnit()[v - nS];
            }
        }
        int[] localGroup = new int[instance.sharedCapacity().length];
        Arrays.fill(localGroup, -1);
        List<Double> groups = new ArrayList<>();
        List<AllocationInstance.Arc> arcs = new ArrayList<>();
        List<Integer> arcIndex = new ArrayList<>();
        for (int k = 0; k < capQ.length; k++) {
            AllocationInstance.Arc a = instance.arcs().get(k);
            if (capQ[k] > 0 && component[a.supply()] == c) {
                int g = a.sharedCapacity();
                if (g >= 0 && localGroup[g] < 0) {
                    localGroup[g] = groups.size();
                    groups.add(instance.sharedCapacity()[g]);
                }
                arcs.add(new AllocationInstance.Arc(local[a.supply()], local[nS + a.demand()], capQ[k] * quantum,
                        a.variableCostPerUnit(), a.fixedCostPerYear(), g < 0 ? -1 : localGroup[g]));
                arcIndex.add(k);
            }
        }
        // fixedCostPerYear is spread over the arc's own capacity in linearCostPerUnit: keep the
        // original capacity's spread by passing the cost as variable
        List<AllocationInstance.Arc> linear = new ArrayList<>();
        for (int x = 0; x < arcs.size(); x++) {
            AllocationInstance.Arc a = arcs.get(x);
            AllocationInstance.Arc original = instance.arcs().get(arcIndex.get(x));
            linear.add(new AllocationInstance.Arc(a.supply(), a.demand(), a.capacity(), original.linearCostPerUnit(), 0,
                    a.sharedCapacity()));
        }
        AllocationInstance.Solution part = AllocationLinearProgram.solve(new AllocationInstance(supply, demand,
                disposal, virgin, linear, groups.stream().mapToDouble(Double::doubleValue).toArray()));
        for (int x = 0; x < linear.size(); x++) {
            arcFlow[arcIndex.get(x)] = part.arcFlow()[x];
        }
    }

    private static void union(int[] parent, int a, int b) {
        int x = root(parent, a);
        int y = root(parent, b);
        if (x != y) {
            parent[x] = y;
        }
    }

    /** A link's capacity in quanta, at most its supply's and its demand's. */
    private static long capacityQ(AllocationInstance instance, AllocationInstance.Arc a, double quantum) {
        return Math.min(Math.round(a.capacity() / quantum), Math.min(Math.round(instance.supply()[a.supply()] / quantum),
                Math.round(instance.demand()[a.demand()] / quantum)));
    }

    private static int addEdge(int[] tail, int[] head, long[] residual, double[] cost, int e, int from, int to,
                               long capacity, double costPerQuantum) {
        tail[e] = from;
        head[e] = to;
        residual[e] = capacity;
        cost[e] = costPerQuantum;
        tail[e + 1] = to;
        head[e + 1] = from;
        residual[e + 1] = 0;
        cost[e + 1] = -costPerQuantum;
        return e + 2;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /**
     * Dijkstra on reduced costs over the residual graph, from a source until the sink is settled;
     * arrays reused between runs (only a component's own nodes are reset).
     */
    private static final class ShortestPaths {
        final double[] distance;
        final int[] via;
        private final IndexedMinHeap heap;
        private final boolean[] settled;

        ShortestPaths(int nodes) {
            distance = new double[nodes];
            via = new int[nodes];
            heap = new IndexedMinHeap(nodes);
            settled = new boolean[nodes];
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
        }

        /** Forgets a component's search: only its nodes were touched, so the rest stays clean. */
        void reset(int[] members, int from, int to) {
            for (int m = from; m < to; m++) {
                int v = members[m];
                distance[v] = Double.POSITIVE_INFINITY;
                settled[v] = false;
            }
            heap.clear();
        }

        /** true if the sink is reachable; then {@link #distance} and {@link #via} describe the path. */
        boolean run(int source, int sink, int[] start, int[] head, long[] residual, double[] cost,
                    double[] potential) {
            distance[source] = 0;
            heap.offer(source, 0);
            while (!heap.isEmpty()) {
                double d = heap.minKey();
                int v = heap.poll();
                settled[v] = true;
                if (v == sink) {
                    return true;
                }
                double pv = potential[v];
                for (int edge = start[v]; edge < start[v + 1]; edge++) {
                    if (residual[edge] <= 0) {
                        continue;
                    }
                    int w = head[edge];
                    if (settled[w]) {
                        continue;
                    }
                    double reduced = cost[edge] + pv - potential[w];
                    double nd = d + (reduced > 0 ? reduced : 0);
                    if (nd < distance[w]) {
                        distance[w] = nd;
                        via[w] = edge;
                        heap.offer(w, nd);
                    }
                }
            }
            return false;
        }
    }
}

package org.symbiopark.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.symbiopark.exchange.LinkCostModel;
import org.symbiopark.exchange.LinkCostModel.LinkCost;
import org.symbiopark.exchange.LinkCostModel.LinkRequest;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.TransportMode;

/**
 * The shared network of one carrier over a {@link CostGrid} (DESIGN.md §5.3, issue 6): a Steiner
 * tree joining the plants that exchange it, cut into segments between terminals and branch
 * points, each carrying the net flow of the exchanges routed along the tree and sized and priced
 * by the exchange engine's {@link LinkCostModel}; compared with every exchange on its own
 * least-cost pipe.
 *
 * <p>Why the tree is solved on the grid graph itself (every passable cell a node, every
 * 8-neighbour step an edge priced as {@link AStarGridSearch} prices it) with the existing Steiner
 * solvers, rather than with a shortest-path heuristic written for rasters: the Steiner problem on
 * a raster is the Steiner problem in its grid graph (Hwang, Richards and Winter, <i>The Steiner
 * Tree Problem</i>, 1992, ch. 1). For the few terminals that share one carrier in a park, the
 * exact Dreyfus–Wagner programme ({@link DreyfusWagnerSteinerTree}; Networks 1, 1971) fits, and
 * its cost grows only linearly with the cells: the tree is then proven least-cost on the grid.
 * Beyond that, {@link ReductionLocalSearchSteinerTree}'s multi-start search runs: the
 * shortest-path heuristic from every terminal (Takahashi and Matsuyama 1980), key-path exchange
 * and Steiner-vertex insertion/elimination ({@link SteinerLocalSearch}; Uchoa and Werneck 2012)
 * with randomised restarts, the code measured on SteinLib, reused rather than repeated.
 *
 * <p>Flows: on a tree each exchange has one route, so the flow through a segment is the net of
 * the exchanges crossing it, which is the net supply of the terminals on one side. A carrier is
 * fungible, so opposite exchanges through a segment cancel (a steam main carries the balance).
 */
public final class CarrierNetworkPlanner {

    private static final double EPS = 1e-9;
    private static final double SQRT2 = Math.sqrt(2);
    /** The least margin, in cells, of the window around the terminals the tree is first sought in. */
    private static final int WINDOW_MARGIN_CELLS = 50;

    /** Default for {@link #CarrierNetworkPlanner(Resource, LinkCostModel, SearchBudget, long)}: 256 MiB. */
    public static final long DEFAULT_MAX_GRAPH_BYTES = 256L << 20;
    /**
     * Bytes per cell of the grid graph, counted from its arrays: the graph's
     * four edges per cell (ends, cost, length: 24 bytes each) twice while built, the problem's
     * copy and adjacency (about 130), a search's heap and node maps.
     */
    private static final long GRAPH_BYTES_PER_CELL = 400;
    /** Dreyfus–Wagner's table: a cost and a back pointer per cell and terminal subset. */
    private static final long TABLE_BYTES_PER_CELL_AND_SUBSET = 12;
    /** DreyfusWagnerSteinerTree.fits' largest table, subsets × nodes. */
    private static final long DREYFUS_WAGNER_TABLE_CELLS = 6_000_000L;
    /** The multi-start search beyond Dreyfus–Wagner: sorted edge lists, three Dijkstra states, perturbed costs. */
    private static final long SEARCH_BYTES_PER_CELL = 700;

    private final Resource carrier;
    private final TransportMode mode;
    private final long maxGraphBytes;
    private final LinkCostModel costModel;
    private final SearchBudget budget;

    /**
     * @throws IllegalArgumentException if the carrier travels by truck (no network to build)
     */
    public CarrierNetworkPlanner(Resource carrier, LinkCostModel costModel, SearchBudget budget) {
        this(carrier, costModel, budget, DEFAULT_MAX_GRAPH_BYTES);
    }

    /**
     * @param maxGraphBytes the most memory the Steiner search may take (estimated before it
     *                      starts); above it {@link #checkSize} refuses the grid
     * @throws IllegalArgumentException if the carrier travels by truck (no network to build)
     */
    public CarrierNetworkPlanner(Resource carrier, LinkCostModel costModel, SearchBudget budget, long maxGraphBytes) {
        this.maxGraphBytes = maxGraphBytes;
        if (carrier.transport() == TransportMode.TRUCK) {
            throw new IllegalArgumentException("carrier '" + carrier.id() + "' travels by truck: it has no pipe or cable network");
        }
        this.carrier = carrier;
        this.mode = carrier.transport();
        this.costModel = costModel;
        this.budget = budget;
    }

    /**
     * The network joining {@code terminals} (each once, at least two) and carrying {@code exchanges}
     * (between terminals).
     *
     * @throws UnreachableTerminalException naming the terminal ({@link UnreachableTerminalException#what()}
     *     is its id) that lies outside the grid, on a forbidden cell, or that forbidden cells cut off
     * @throws IllegalArgumentException for fewer than two terminals or an exchange with a plant that is not one
     * @throws CancellationException when the monitor asks to stop
     */
    public CarrierNetwork plan(CostGrid grid, List<NetworkTerminal> terminals, List<CarrierExchange> exchanges,
            PlanningMonitor monitor) {
        return plan(grid, terminals, exchanges, List.of(), 1, monitor);
    }

    /**
     * As {@link #plan(CostGrid, List, List, PlanningMonitor)}, reusing the existing pipelines of
     * this carrier (others are ignored; a cable network reuses none). Their cells cost
     * {@code existingPipeCostFactor} × their cost in the tree search and the point-to-point
     * paths, so both follow them; the metres along a pipe that can carry a stretch's flow (flow ≤
     * its capacity, or, when that is unknown, its diameter ≥ the diameter sized for the flow) are
     * priced by the cost model as an existing pipe (no capital, only O&amp;M, pumping, heat loss).
     * When the tree ran along a pipe too small for its flow, the search is run once more without
     * that pipe's discount; and once without any discount, so a network never costs more than
     * without the existing pipes: the cheapest tree, and the cheapest path of each pair, is kept.
     *
     * @param existingPipeCostFactor in (0, 1]
     */
    public CarrierNetwork plan(CostGrid grid, List<NetworkTerminal> terminals, List<CarrierExchange> exchanges,
            List<ExistingPipe> existingPipes, double existingPipeCostFactor, PlanningMonitor monitor) {
        if (!(existingPipeCostFactor > 0) || existingPipeCostFactor > 1) {
            throw new IllegalArgumentException("existingPipeCostFactor must be in (0, 1], got " + existingPipeCostFactor);
        }
        Map<String, NetworkTerminal> byId = new LinkedHashMap<>();
        for (NetworkTerminal t : terminals) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("terminal '" + t.id() + "' is listed twice");
            }
        }
        if (byId.size() < 2) {
            throw new IllegalArgumentException("a " + carrier.id() + " network needs at least 2 terminals, got " + byId.size());
        }
        Map<String, Double> netSupply = new HashMap<>();
        for (CarrierExchange x : exchanges) {
            for (String plant : List.of(x.supplier(), x.receiver())) {
                if (!byId.containsKey(plant)) {
                    throw new IllegalArgumentException("exchange " + x.supplier() + " → " + x.receiver()
                            + ": '" + plant + "' is not a terminal");
                }
            }
            netSupply.merge(x.supplier(), x.quantityPerYear(), Double::sum);
            netSupply.merge(x.receiver(), -x.quantityPerYear(), Double::sum);
        }
        checkReachable(grid, terminals);
        checkSize(grid, terminals);
        List<ExistingPipe> pipes = mode == TransportMode.PIPELINE
                ? existingPipes.stream().filter(p -> p.carrier().equals(carrier.id())).toList() : List.of();
        List<Pass> passes = new ArrayList<>();
        Pass first = pass(grid, pipes, pipes, existingPipeCostFactor, terminals, byId, netSupply, exchanges, monitor);
        passes.add(first);
        if (!first.rejected().isEmpty()) {
            List<ExistingPipe> usable = pipes.stream().filter(p -> !first.rejected().contains(p.id())).toList();
            step(monitor, 0.05, "again without the existing pipe(s) too small for the flow: " + first.rejected());
            passes.add(pass(grid, usable, pipes, existingPipeCostFactor, terminals, byId, netSupply, exchanges, monitor));
        }
        if (!pipes.isEmpty()) {
            // the discount is a guess at what reuse saves; a longer route along an existing pipe
            // can cost more (an oversized pipe loses more heat), so the plain search competes too
            step(monitor, 0.05, "again without reusing existing pipes, to keep whichever costs less");
            passes.add(pass(grid, List.of(), pipes, existingPipeCostFactor, terminals, byId, netSupply, exchanges, monitor));
        }
        Pass chosen = passes.get(0);
        for (Pass other : passes.subList(1, passes.size())) {
            chosen = new Pass(other.costPerYear() < chosen.costPerYear() ? other.tree() : chosen.tree(),
                    cheaper(chosen.pointToPoint(), other.pointToPoint()), Set.of());
        }
        List<NetworkSegment> segments = chosen.tree().segments();
        double lengthM = segments.stream().mapToDouble(NetworkSegment::lengthM).sum();
        double costPerYear = segments.stream().mapToDouble(NetworkSegment::costPerYear).sum();
        List<PointToPointPipe> p2p = chosen.pointToPoint();
        step(monitor, 1.0, "done");
        return new CarrierNetwork(segments, lengthM, costPerYear, p2p,
                p2p.stream().mapToDouble(PointToPointPipe::lengthM).sum(),
                p2p.stream().mapToDouble(PointToPointPipe::costPerYear).sum(), chosen.tree().proven());
    }

    private record SteinerResult(List<NetworkSegment> segments, boolean proven) {
    }

    /** One search: the tree and the point-to-point paths, and the pipes they ran along but could not reuse. */
    private record Pass(SteinerResult tree, List<PointToPointPipe> pointToPoint, Set<String> rejected) {

        double costPerYear() {
            return tree.segments().stream().mapToDouble(NetworkSegment::costPerYear).sum();
        }
    }

    /**
     * The tree and the separate pipes searched on the grid with {@code searchPipes}' cells
     * discounted, priced on the plain grid against every pipe in {@code pricedPipes}.
     */
    private Pass pass(CostGrid grid, List<ExistingPipe> searchPipes, List<ExistingPipe> pricedPipes, double factor,
            List<NetworkTerminal> terminals, Map<String, NetworkTerminal> byId, Map<String, Double> netSupply,
            List<CarrierExchange> exchanges, PlanningMonitor monitor) {
        CostGrid search = discounted(grid, searchPipes, factor);
        CostGridWindow window = CostGridWindow.around(search, terminals, WINDOW_MARGIN_CELLS);
        SteinerResult found;
        try {
            found = tree(window, grid, pricedPipes, terminals, netSupply, monitor);
        } catch (UnreachableTerminalException e) {
            if (window.whole()) {
                throw e;
            }
            step(monitor, 0.05, "a terminal is cut off near the others: searching the whole grid");
            check(grid.cellCount(), grid, terminals.size());
            found = tree(CostGridWindow.whole(search), grid, pricedPipes, terminals, netSupply, monitor);
        }
        List<PointToPointPipe> p2p = pointToPoint(search, grid, pricedPipes, byId, exchanges, monitor);
        Set<String> rejected = new LinkedHashSet<>();
        found.segments().forEach(seg -> rejected.addAll(rejectedIds(seg.notes())));
        return new Pass(found, p2p, rejected);
    }

    /** For each pair, the cheaper of two searches' pipes (same pairs in the same order). */
    private static List<PointToPointPipe> cheaper(List<PointToPointPipe> a, List<PointToPointPipe> b) {
        List<PointToPointPipe> best = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            best.add(b.get(i).costPerYear() < a.get(i).costPerYear() ? b.get(i) : a.get(i));
        }
        return best;
    }

    /** The grid with the cells of the pipes at {@code factor} × their cost (forbidden cells stay forbidden). */
    private static CostGrid discounted(CostGrid grid, List<ExistingPipe> pipes, double factor) {
        if (pipes.isEmpty() || factor == 1) {
            return grid;
        }
        double[] cost = grid.costs().clone();
        BitSet along = new BitSet(cost.length);
        pipes.forEach(p -> along.or(p.cells()));
        along.stream().filter(cell -> cell < cost.length).forEach(cell -> cost[cell] *= factor);
        return new CostGrid(grid.columns(), grid.rows(), grid.cellSizeM(), cost);
    }

    private static final String NOT_REUSED = "not reused: existing pipeline '";

    private static List<String> rejectedIds(List<String> notes) {
        return notes.stream().filter(n -> n.startsWith(NOT_REUSED))
                .map(n -> n.substring(NOT_REUSED.length(), n.indexOf('\'', NOT_REUSED.length()))).toList();
    }

    /** The tree on the window's cells, as segments in whole-grid cells priced on {@code plain}. */
    private SteinerResult tree(CostGridWindow window, CostGrid plain, List<ExistingPipe> pipes,
            List<NetworkTerminal> terminals, Map<String, Double> netSupply, PlanningMonitor monitor) {
        CostGrid grid = window.window();
        List<NetworkTerminal> local = terminals.stream().map(window::local).toList();
        step(monitor, 0.02, "building the graph of " + grid.columns() + " × " + grid.rows() + " cells");
        CostGridGraph graph = new CostGridGraph(grid);
        int[] terminalNodes = local.stream().mapToInt(t -> graph.node(grid.index(t.column(), t.row()))).toArray();
        SteinerProblem problem = graph.problem(terminalNodes);
        checkConnected(problem, terminals, terminalNodes);
        step(monitor, 0.1, "Steiner tree over " + problem.nodeCount() + " cells, " + problem.edgeCount() + " steps");
        SteinerTree tree;
        if (DreyfusWagnerSteinerTree.fits(problem)) {
            step(monitor, 0.15, "exact Steiner tree (Dreyfus-Wagner) for " + terminals.size() + " terminals");
            tree = new DreyfusWagnerSteinerTree().solve(problem, budget);
        } else {
            long start = System.nanoTime();
            // the reduction tests remove next to nothing from a grid graph (every cell has up to
            // eight neighbours and edges of similar cost), so the search starts at once
            tree = new ReductionLocalSearchSteinerTree(message -> {
                double share = Math.min(1, (System.nanoTime() - start) / (budget.seconds() * 1e9));
                step(monitor, 0.1 + 0.6 * share, message);
            }, false).solve(problem, budget);
        }
        step(monitor, 0.75, "sizing " + (tree.proven() ? "the proven least-cost tree" : "the tree found"));
        double[] terminalSupply = new double[problem.nodeCount()];
        boolean[] key = new boolean[problem.nodeCount()];
        String[] terminalAt = new String[problem.nodeCount()];
        for (int i = 0; i < terminals.size(); i++) {
            int node = terminalNodes[i];
            terminalSupply[node] += netSupply.getOrDefault(terminals.get(i).id(), 0.0);
            key[node] = true;
            terminalAt[node] = terminalAt[node] == null ? terminals.get(i).id() : terminalAt[node];
        }
        List<NetworkSegment> segments = segments(graph, problem, tree.edges(), terminalNodes[0], terminalSupply, key,
                terminalAt).stream().map(s -> {
                    int[] cells = Arrays.stream(s.cells()).map(window::wholeCell).toArray();
                    Stretch priced = stretch(plain, cells, s.flowPerYear(), pipes);
                    return new NetworkSegment(cells, s.fromTerminal(), s.toTerminal(), priced.lengthM(),
                            priced.weightedLengthM(), s.flowPerYear(), priced.diameterM(), priced.costPerYear(),
                            priced.reusedLengthM(), priced.reusedPipelineIds(), priced.notes());
                }).toList();
        return new SteinerResult(segments, tree.proven());
    }

    /** A stretch of the tree before pricing, in window cells. */
    private record RawSegment(int[] cells, String fromTerminal, String toTerminal, double flowPerYear) {
    }

    /** A stretch of cells priced: new pipe where no existing one can carry the flow. */
    private record Stretch(double lengthM, double weightedLengthM, Double diameterM, double costPerYear,
                           double reusedLengthM, List<String> reusedPipelineIds, List<String> notes) {
    }

    /**
     * The price of carrying {@code flowPerYear} along the cells of the plain grid: each step that
     * runs along an existing pipe able to carry the flow costs what the cost model charges for that
     * existing pipe; the rest is one new pipe sized for the flow, its construction factor the
     * steps' mean cell cost.
     */
    private Stretch stretch(CostGrid grid, int[] cells, double flowPerYear, List<ExistingPipe> pipes) {
        int columns = grid.columns();
        double size = grid.cellSizeM();
        double[] stepLengthCells = new double[Math.max(0, cells.length - 1)];
        double[] stepWeightCells = new double[stepLengthCells.length];
        for (int i = 0; i + 1 < cells.length; i++) {
            int a = cells[i];
            int b = cells[i + 1];
            boolean diagonal = a % columns != b % columns && a / columns != b / columns;
            // as CostGridGraph prices a step: half in each cell, √2 long when diagonal
            stepLengthCells[i] = diagonal ? SQRT2 : 1;
            stepWeightCells[i] = stepLengthCells[i] * 0.5 * (grid.costs()[a] + grid.costs()[b]);
        }
        double lengthM = Arrays.stream(stepLengthCells).sum() * size;
        double weightedLengthM = Arrays.stream(stepWeightCells).sum() * size;
        if (!(flowPerYear > EPS)) {
            return new Stretch(lengthM, weightedLengthM, null, 0, 0, List.of(), List.of());
        }
        LinkCost allNew = price(flowPerYear, lengthM, weightedLengthM);
        if (pipes.isEmpty()) {
            return new Stretch(lengthM, weightedLengthM, allNew.diameterM(), allNew.costPerYear(), 0, List.of(), List.of());
        }
        Map<String, Double> reusedCells = new LinkedHashMap<>();
        Map<String, Double> refusedCells = new LinkedHashMap<>();
        Map<String, String> refusedWhy = new HashMap<>();
        Map<String, Double> existingDiameterM = new HashMap<>();
        double newLengthCells = 0;
        double newWeightCells = 0;
        for (int i = 0; i < stepLengthCells.length; i++) {
            ExistingPipe used = null;
            for (ExistingPipe pipe : pipes) {
                if (!pipe.runsThrough(cells[i]) || !pipe.runsThrough(cells[i + 1])) {
                    continue;
                }
                String why = refusedWhy.computeIfAbsent(pipe.id(), id -> whyNot(pipe, flowPerYear, allNew.diameterM()));
                if (why.isEmpty()) {
                    used = pipe;
                    break;
                }
                refusedCells.merge(pipe.id(), stepLengthCells[i], Double::sum);
            }
            if (used == null) {
                newLengthCells += stepLengthCells[i];
                newWeightCells += stepWeightCells[i];
            } else {
                reusedCells.merge(used.id(), stepLengthCells[i], Double::sum);
                existingDiameterM.put(used.id(), used.diameterM() != null ? used.diameterM() : allNew.diameterM());
            }
        }
        List<String> notes = new ArrayList<>();
        refusedCells.forEach((id, lengthCells) -> notes.add(String.format(Locale.ROOT, NOT_REUSED + "%s' runs %.0f m"
                + " along this stretch but %s", id, lengthCells * size, refusedWhy.get(id))));
        if (reusedCells.isEmpty()) {
            return new Stretch(lengthM, weightedLengthM, allNew.diameterM(), allNew.costPerYear(), 0, List.of(), notes);
        }
        double costPerYear = newLengthCells > 0
                ? price(flowPerYear, newLengthCells * size, newWeightCells * size).costPerYear() : 0;
        for (Map.Entry<String, Double> reused : reusedCells.entrySet()) {
            costPerYear += costModel.cost(mode, new LinkRequest(carrier, flowPerYear, reused.getValue() * size, null,
                    existingDiameterM.get(reused.getKey())), 1).orElseThrow().costPerYear();
        }
        double reusedLengthM = reusedCells.values().stream().mapToDouble(Double::doubleValue).sum() * size;
        return new Stretch(lengthM, weightedLengthM, allNew.diameterM(), costPerYear, reusedLengthM,
                List.copyOf(reusedCells.keySet()), notes);
    }

    /** Why an existing pipe cannot carry the flow; empty when it can. */
    private String whyNot(ExistingPipe pipe, double flowPerYear, Double sizedDiameterM) {
        String unit = carrier.unit().symbol();
        if (pipe.capacityPerYear() != null) {
            if (flowPerYear > pipe.capacityPerYear() * (1 + 1e-9)) {
                return String.format(Locale.ROOT, "the flow of %.0f %s per year exceeds its capacity of %.0f", flowPerYear,
                        unit, pipe.capacityPerYear());
            }
        } else if (pipe.diameterM() == null) {
            return "neither its capacity nor its diameter is known";
        } else if (sizedDiameterM != null && pipe.diameterM() < sizedDiameterM - 1e-12) {
            return String.format(Locale.ROOT, "its diameter of %.0f mm is less than the %.0f mm the flow needs",
                    pipe.diameterM() * 1000, sizedDiameterM * 1000);
        }
        double diameterM = pipe.diameterM() != null ? pipe.diameterM() : sizedDiameterM;
        if (costModel.cost(mode, new LinkRequest(carrier, flowPerYear, 1, null, diameterM), 1).isEmpty()) {
            return String.format(Locale.ROOT, "its diameter of %.0f mm would carry the flow of %.0f %s per year too fast",
                    diameterM * 1000, flowPerYear, unit);
        }
        return "";
    }

    /** The tree cut at terminals and branch points, each piece oriented along its net flow. */
    private List<RawSegment> segments(CostGridGraph graph, SteinerProblem problem, int[] treeEdges, int root,
            double[] terminalSupply, boolean[] key, String[] terminalAt) {
        int n = problem.nodeCount();
        Map<Integer, List<Integer>> incident = new HashMap<>();
        for (int e : treeEdges) {
            incident.computeIfAbsent(problem.edgeU(e), k -> new ArrayList<>()).add(e);
            incident.computeIfAbsent(problem.edgeV(e), k -> new ArrayList<>()).add(e);
        }
        incident.forEach((node, edges) -> {
            if (edges.size() != 2) {
                key[node] = true;
            }
        });
        // root the tree: subtree[v] = net supply below v, which is what leaves v's subtree through its parent edge
        int[] parentEdge = new int[n];
        Arrays.fill(parentEdge, -1);
        double[] subtree = terminalSupply.clone();
        List<Integer> order = new ArrayList<>();
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(root);
        seen[root] = true;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            order.add(v);
            for (int e : incident.getOrDefault(v, List.of())) {
                int w = problem.other(e, v);
                if (!seen[w]) {
                    seen[w] = true;
                    parentEdge[w] = e;
                    queue.add(w);
                }
            }
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int v = order.get(i);
            subtree[problem.other(parentEdge[v], v)] += subtree[v];
        }
        boolean[] walked = new boolean[problem.edgeCount()];
        List<RawSegment> segments = new ArrayList<>();
        for (int start : order) {
            if (!key[start]) {
                continue;
            }
            for (int first : incident.getOrDefault(start, List.of())) {
                if (walked[first]) {
                    continue;
                }
                List<Integer> nodes = new ArrayList<>(List.of(start));
                int at = start;
                int e = first;
                while (true) {
                    walked[e] = true;
                    at = problem.other(e, at);
                    nodes.add(at);
                    if (key[at]) {
                        break;
                    }
                    int previous = e;
                    List<Integer> two = incident.get(at);
                    e = two.get(0) == previous ? two.get(1) : two.get(0);
                }
                int next = nodes.get(1);
                // flow in the walking direction start → next
                double flow = parentEdge[next] == first ? -subtree[next] : subtree[start];
                if (flow < 0) {
                    java.util.Collections.reverse(nodes);
                    flow = -flow;
                }
                int[] cells = nodes.stream().mapToInt(graph::cell).toArray();
                segments.add(new RawSegment(cells, terminalAt[nodes.get(0)], terminalAt[nodes.get(nodes.size() - 1)],
                        flow > EPS ? flow : 0));
            }
        }
        return segments;
    }

    /** Each supplier → receiver pair on its own least-cost path, sized for the pair's total quantity. */
    private List<PointToPointPipe> pointToPoint(CostGrid grid, CostGrid plain, List<ExistingPipe> existing,
            Map<String, NetworkTerminal> byId,
            List<CarrierExchange> exchanges, PlanningMonitor monitor) {
        Map<List<String>, Double> pairs = new LinkedHashMap<>();
        for (CarrierExchange x : exchanges) {
            pairs.merge(List.of(x.supplier(), x.receiver()), x.quantityPerYear(), Double::sum);
        }
        AStarGridSearch search = new AStarGridSearch(Neighbourhood.EIGHT, StepCostRule.CELL_CROSSING);
        List<PointToPointPipe> pipes = new ArrayList<>();
        int done = 0;
        for (Map.Entry<List<String>, Double> pair : pairs.entrySet()) {
            NetworkTerminal from = byId.get(pair.getKey().get(0));
            NetworkTerminal to = byId.get(pair.getKey().get(1));
            step(monitor, 0.8 + 0.2 * done++ / pairs.size(), "point-to-point pipe " + from.id() + " → " + to.id());
            GridPath path = search.find(grid, from.column(), from.row(), to.column(), to.row());
            Stretch priced = stretch(plain, path.cells(), pair.getValue(), existing);
            pipes.add(new PointToPointPipe(from.id(), to.id(), path.cells(), priced.lengthM(), priced.weightedLengthM(),
                    pair.getValue(), priced.diameterM(), priced.costPerYear(), priced.reusedLengthM(),
                    priced.reusedPipelineIds(), priced.notes()));
        }
        return pipes;
    }

    /** The cost model's price of a stretch; the cells' mean cost is its construction cost factor. */
    private LinkCost price(double flowPerYear, double lengthM, double weightedLengthM) {
        double factor = lengthM > 0 ? weightedLengthM / lengthM : 1;
        return costModel.cost(mode, new LinkRequest(carrier, flowPerYear, lengthM, null), factor)
                .orElseThrow(() -> new IllegalStateException("the cost model cannot carry " + carrier.id() + " by " + mode));
    }

    /**
     * Checks, by a flood fill over the allowed 8-neighbour steps, that every terminal lies on a
     * passable cell of the grid and that all are joined.
     *
     * @throws UnreachableTerminalException naming the first terminal that is not
     */
    public void checkReachable(CostGrid grid, List<NetworkTerminal> terminals) {
        for (NetworkTerminal t : terminals) {
            checkCell(grid, t);
        }
        if (terminals.isEmpty()) {
            return;
        }
        int columns = grid.columns();
        boolean[] reached = new boolean[grid.cellCount()];
        int[] queue = new int[grid.cellCount()];
        int head = 0;
        int tail = 0;
        NetworkTerminal first = terminals.get(0);
        queue[tail++] = grid.index(first.column(), first.row());
        reached[queue[0]] = true;
        while (head < tail) {
            int cell = queue[head++];
            int x = cell % columns;
            int y = cell / columns;
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if ((dx == 0 && dy == 0) || !grid.contains(nx, ny) || grid.isForbidden(nx, ny)
                            || reached[grid.index(nx, ny)]) {
                        continue;
                    }
                    if (dx != 0 && dy != 0 && (grid.isForbidden(nx, y) || grid.isForbidden(x, ny))) {
                        continue;
                    }
                    reached[grid.index(nx, ny)] = true;
                    queue[tail++] = grid.index(nx, ny);
                }
            }
        }
        for (NetworkTerminal t : terminals) {
            if (!reached[grid.index(t.column(), t.row())]) {
                throw new UnreachableTerminalException(t.id(), "terminal '" + t.id() + "' cannot be reached from '"
                        + first.id() + "': forbidden cells enclose one of them");
            }
        }
    }

    /**
     * Checks that the Steiner search over the cells around the terminals fits the memory limit.
     *
     * @throws RasterTooLargeException with the finest cell size at which it would
     */
    public void checkSize(CostGrid grid, List<NetworkTerminal> terminals) {
        check(CostGridWindow.cellsAround(grid, terminals, WINDOW_MARGIN_CELLS), grid, terminals.size());
    }

    private void check(long cells, CostGrid grid, int terminalCount) {
        long subsets = terminalCount <= 20 ? 1L << Math.max(0, terminalCount - 1) : Long.MAX_VALUE;
        // Dreyfus–Wagner runs when its table is small (see its fits), else the multi-start search
        long bytes = cells * GRAPH_BYTES_PER_CELL + (subsets <= DREYFUS_WAGNER_TABLE_CELLS / cells
                ? cells * subsets * TABLE_BYTES_PER_CELL_AND_SUBSET : cells * SEARCH_BYTES_PER_CELL);
        if (bytes > maxGraphBytes) {
            // the cells of a fixed area fall with the square of the cell size
            double fitting = Math.ceil(grid.cellSizeM() * Math.sqrt((double) bytes / maxGraphBytes) * 100) / 100;
            throw new RasterTooLargeException(bytes, maxGraphBytes, grid.cellSizeM(), fitting);
        }
    }

    private static void checkCell(CostGrid grid, NetworkTerminal t) {
        if (!grid.contains(t.column(), t.row())) {
            throw new UnreachableTerminalException(t.id(), "terminal '" + t.id() + "' lies outside the cost surface ("
                    + CostGrid.describe(t.column(), t.row()) + " of a " + grid.columns() + " × " + grid.rows() + " grid)");
        }
        if (grid.isForbidden(t.column(), t.row())) {
            throw new UnreachableTerminalException(t.id(), "terminal '" + t.id() + "' lies on a forbidden cell ("
                    + CostGrid.describe(t.column(), t.row()) + ")");
        }
    }

    private static void checkConnected(SteinerProblem problem, List<NetworkTerminal> terminals, int[] nodes) {
        ShortestPaths paths = new ShortestPaths(problem);
        paths.source(nodes[0], 0);
        paths.run(Double.POSITIVE_INFINITY);
        for (int i = 1; i < nodes.length; i++) {
            if (Double.isInfinite(paths.dist[nodes[i]])) {
                String id = terminals.get(i).id();
                throw new UnreachableTerminalException(id, "terminal '" + id + "' cannot be reached from '"
                        + terminals.get(0).id() + "': forbidden cells enclose one of them");
            }
        }
    }

    private static void step(PlanningMonitor monitor, double fraction, String message) {
        if (monitor.cancelRequested()) {
            throw new CancellationException("network planning cancelled");
        }
        monitor.progress(fraction, message);
    }
}

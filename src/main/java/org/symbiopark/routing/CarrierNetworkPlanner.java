package org.symbiopark.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        CostGridWindow window = CostGridWindow.around(grid, terminals, WINDOW_MARGIN_CELLS);
        SteinerResult found;
        try {
            found = tree(window, terminals, netSupply, monitor);
        } catch (UnreachableTerminalException e) {
            if (window.whole()) {
                throw e;
            }
            step(monitor, 0.05, "a terminal is cut off near the others: searching the whole grid");
            check(grid.cellCount(), grid, terminals.size());
            found = tree(CostGridWindow.whole(grid), terminals, netSupply, monitor);
        }
        List<NetworkSegment> segments = found.segments();
        double lengthM = segments.stream().mapToDouble(NetworkSegment::lengthM).sum();
        double costPerYear = segments.stream().mapToDouble(NetworkSegment::costPerYear).sum();
        List<PointToPointPipe> pipes = pointToPoint(grid, byId, exchanges, monitor);
        step(monitor, 1.0, "done");
        return new CarrierNetwork(segments, lengthM, costPerYear, pipes,
                pipes.stream().mapToDouble(PointToPointPipe::lengthM).sum(),
                pipes.stream().mapToDouble(PointToPointPipe::costPerYear).sum(), found.proven());
    }

    private record SteinerResult(List<NetworkSegment> segments, boolean proven) {
    }

    /** The tree on the window's cells, as segments in whole-grid cells. */
    private SteinerResult tree(CostGridWindow window, List<NetworkTerminal> terminals, Map<String, Double> netSupply,
            PlanningMonitor monitor) {
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
                terminalAt).stream().map(s -> new NetworkSegment(Arrays.stream(s.cells()).map(window::wholeCell).toArray(),
                        s.fromTerminal(), s.toTerminal(), s.lengthM(), s.weightedLengthM(), s.flowPerYear(), s.diameterM(),
                        s.costPerYear())).toList();
        return new SteinerResult(segments, tree.proven());
    }

    /** The tree cut at terminals and branch points, each piece oriented along its net flow. */
    private List<NetworkSegment> segments(CostGridGraph graph, SteinerProblem problem, int[] treeEdges, int root,
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
        double cellSizeM = graph.grid().cellSizeM();
        boolean[] walked = new boolean[problem.edgeCount()];
        List<NetworkSegment> segments = new ArrayList<>();
        for (int start : order) {
            if (!key[start]) {
                continue;
            }
            for (int first : incident.getOrDefault(start, List.of())) {
                if (walked[first]) {
                    continue;
                }
                List<Integer> nodes = new ArrayList<>(List.of(start));
                double lengthCells = 0;
                double weightCells = 0;
                int at = start;
                int e = first;
                while (true) {
                    walked[e] = true;
                    lengthCells += graph.lengthCells(e);
                    weightCells += problem.edgeCost(e);
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
                double lengthM = lengthCells * cellSizeM;
                double weightedLengthM = weightCells * cellSizeM;
                LinkCost cost = flow > EPS ? price(flow, lengthM, weightedLengthM) : null;
                segments.add(new NetworkSegment(cells, terminalAt[nodes.get(0)], terminalAt[nodes.get(nodes.size() - 1)],
                        lengthM, weightedLengthM, flow > EPS ? flow : 0, cost == null ? null : cost.diameterM(),
                        cost == null ? 0 : cost.costPerYear()));
            }
        }
        return segments;
    }

    /** Each supplier → receiver pair on its own least-cost path, sized for the pair's total quantity. */
    private List<PointToPointPipe> pointToPoint(CostGrid grid, Map<String, NetworkTerminal> byId,
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
            double lengthM = path.lengthCells() * grid.cellSizeM();
            double weightedLengthM = path.cost() * grid.cellSizeM();
            LinkCost cost = price(pair.getValue(), lengthM, weightedLengthM);
            pipes.add(new PointToPointPipe(from.id(), to.id(), path.cells(), lengthM, weightedLengthM, pair.getValue(),
                    cost.diameterM(), cost.costPerYear()));
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

package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.symbiopark.graph.IndexedMinHeap;

/**
 * Distances between the sited plants of one park layout, in metres of the work CRS.
 *
 * <p>With a network: the corridor lines are noded at their crossings (JTS's monotone-chain noder
 * with a robust line intersector: the noding step of a union without building an overlay, several
 * times cheaper); each piece between nodes is an edge. Each plant is joined by a straight
 * connector to the nearest point of the network (the segment is split there) and the connector
 * counts in the length. Shortest paths run from a plant on demand, once per source, and are kept:
 * Dijkstra over the graph in CSR arrays with the 4-ary {@link IndexedMinHeap}, stopping once every
 * plant's network point is settled; {@link #prepareFrom} fills the rows of many sources in
 * parallel. Pairs the network does not connect, and every pair of a park without a network, get
 * the straight line × detour factor.
 *
 * <p><b>Pipe cost factors</b> (corridor costFactor, else its kind's default): a new pipe laid
 * along a corridor with factor f costs f × the base capex per metre there. Pipes follow the route
 * of least cost-weighted length Σ f·length (a cheap utility corridor may beat a shorter road);
 * the distance reports that route's physical length for pumping, heat loss and the link's
 * distance, and the weighted length for the capital. Connectors cross ground outside any
 * corridor: factor 1 (the kind "other"'s default). Lines that forbid pipes (factor +∞) are driven
 * but never piped along; a plant whose nearest line forbids pipes gets no pipe unless its
 * connector meets that line at a node shared with a line that allows them. When every line has the same factor the weighted route is the shortest
 * one, so one search serves both; otherwise a second search per source minimises the weighted
 * length. Trucks and cables take the physically shortest route.
 *
 * <p>Thread-safe; the graph is immutable after construction.
 */
public final class PlantDistances {

    /** Outside every corridor, as the kind "other". */
    private static final double CONNECTOR_COST_FACTOR = 1.0;

    private final List<Point> plants;
    private final double detourFactor;
    /** false: no network, every pair is straight line × detour. */
    private final boolean network;
    /** Per plant: the network vertex its connector reaches, and the connector's length. */
    private final int[] plantVertex;
    private final double[] connectorM;
    /** Per graph vertex: whether it is a plant's network point (Dijkstra stops once all are settled). */
    private boolean[] isPlantVertex;
    private int[] adjacencyStart;
    private int[] adjacencyTarget;
    private double[] adjacencyLengthM;
    private double[] adjacencyCostFactor;
    /** The factor of every edge if they all share one; NaN if they differ. */
    private double uniformFactor = Double.NaN;
    private final AtomicReferenceArray<Rows> fromPlant;

    /**
     * From one source plant's network point to every plant's network point, connectors excluded.
     * {@code pipeLengthM}/{@code pipeCostLengthM} are null when the factors are uniform.
     */
    private record Rows(double[] lengthM, double[] pipeLengthM, double[] pipeCostLengthM) {
    }

    /** A network whose lines all have the base pipe cost (factor 1). */
    public PlantDistances(List<Point> plantsM, List<Geometry> networkLines, double detourFactor) {
        this(plantsM, networkLines, Collections.nCopies(networkLines.size(), 1.0), detourFactor);
    }

    /**
     * @param plantsM         plant points in metres; the index is the plant's number in {@link #between}
     * @param networkLines    road/utility lines in metres; empty = no network
     * @param pipeCostFactors per line, the factor on a pipe's capex along it; +∞ = pipes forbidden
     */
    public PlantDistances(List<Point> plantsM, List<Geometry> networkLines, List<Double> pipeCostFactors,
                          double detourFactor) {
        if (pipeCostFactors.size() != networkLines.size()) {
            throw new IllegalArgumentException(networkLines.size() + " lines but " + pipeCostFactors.size()
                    + " cost factors");
        }
        this.plants = List.copyOf(plantsM);
        this.detourFactor = detourFactor;
        this.fromPlant = new AtomicReferenceArray<>(plants.size());
        this.plantVertex = new int[plants.size()];
        this.connectorM = new double[plants.size()];
        Arrays.fill(plantVertex, -1);
        this.network = !networkLines.isEmpty() && !plants.isEmpty() && build(networkLines, pipeCostFactors);
    }

    /** Computes the rows of these source plants now, in parallel (they are kept for {@link #between}). */
    public void prepareFrom(int[] sources) {
        if (!network) {
            return;
        }
        Arrays.stream(sources).parallel().forEach(this::rows);
    }

    public boolean hasNetwork() {
        return network;
    }

    public int plantCount() {
        return plants.size();
    }

    /** The routes between plants {@code i} and {@code j}. */
    public Distance between(int i, int j) {
        if (i == j) {
            return new Distance(0.0, network ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_X_DETOUR);
        }
        if (network) {
            Rows row = rows(i);
            double roadM = row.lengthM()[j];
            if (Double.isFinite(roadM)) {
                double connectors = connectorM[i] + connectorM[j];
                double lengthM = connectors + roadM;
                if (row.pipeCostLengthM() == null) {
                    return new Distance(lengthM, DistanceMethod.NETWORK, lengthM,
                            CONNECTOR_COST_FACTOR * connectors + uniformFactor * roadM);
                }
                double pipeCost = row.pipeCostLengthM()[j];
                return Double.isFinite(pipeCost)
                        ? new Distance(lengthM, DistanceMethod.NETWORK, connectors + row.pipeLengthM()[j],
                                CONNECTOR_COST_FACTOR * connectors + pipeCost)
                        : new Distance(lengthM, DistanceMethod.NETWORK, Double.POSITIVE_INFINITY,
                                Double.POSITIVE_INFINITY);
            }
        }
        return new Distance(plants.get(i).distance(plants.get(j)) * detourFactor, DistanceMethod.STRAIGHT_X_DETOUR);
    }

    private Rows rows(int i) {
        Rows row = fromPlant.get(i);
        if (row == null) {
            double[][] physical = shortestFrom(i, false);
            double[][] weighted = Double.isNaN(uniformFactor) ? shortestFrom(i, true) : null;
            row = new Rows(physical[0], weighted == null ? null : weighted[1], weighted == null ? null : weighted[0]);
            if (!fromPlant.compareAndSet(i, null, row)) {
                row = fromPlant.get(i);
            }
        }
        return row;
    }

    /**
     * Dijkstra from plant {@code i}'s network point. Physical: [lengths]. Weighted: [Σ f·length,
     * physical length along that route], lines forbidding pipes skipped.
     */
    private double[][] shortestFrom(int i, boolean weighted) {
        int n = adjacencyStart.length - 1;
        // per-thread work arrays, reused from source to source: a thousand searches would
        // otherwise allocate ~300 MB of short-lived arrays and grow the heap for nothing
        Scratch scratch = SCRATCH.get();
        if (scratch.dist.length != n) {
            scratch = new Scratch(n);
            SCRATCH.set(scratch);
        }
        double[] dist = scratch.dist;
        double[] along = scratch.along;
        IndexedMinHeap heap = scratch.heap;
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        // a search that stopped early left vertices in the heap: clearing costs only those
        heap.clear();
        int source = plantVertex[i];
        if (weighted) {
            along[source] = 0;
        }
        dist[source] = 0;
        heap.offer(source, 0);
        // every plant's point settled: the rest of the graph changes no plant's distance
        int plantsLeft = plants.size();
        while (!heap.isEmpty() && plantsLeft > 0) {
            double d = heap.minKey();
            int v = heap.poll();
            if (isPlantVertex[v]) {
                plantsLeft--;
            }
            for (int a = adjacencyStart[v]; a < adjacencyStart[v + 1]; a++) {
                int w = adjacencyTarget[a];
                double nd;
                if (weighted) {
                    double f = adjacencyCostFactor[a];
                    double lengthM = adjacencyLengthM[a];
                    if (lengthM == 0) {
                        // a plant's point at a node of two lines: no metre of pipe along either
                        nd = d;
                    } else if (f == Double.POSITIVE_INFINITY) {
                        continue;
                    } else {
                        nd = d + f * lengthM;
                    }
                } else {
                    nd = d + adjacencyLengthM[a];
                }
                if (nd < dist[w]) {
                    dist[w] = nd;
                    if (weighted) {
                        along[w] = along[v] + adjacencyLengthM[a];
                    }
                    heap.offer(w, nd);
                }
            }
        }
        double[] row = new double[plants.size()];
        double[] physical = weighted ? new double[plants.size()] : null;
        for (int j = 0; j < row.length; j++) {
            row[j] = dist[plantVertex[j]];
            if (weighted) {
                physical[j] = along[plantVertex[j]];
            }
        }
        return new double[][] {row, physical};
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> new Scratch(0));

    /** One thread's Dijkstra arrays for a graph of {@code n} vertices. */
    private static final class Scratch {
        final double[] dist;
        final double[] along;
        final IndexedMinHeap heap;

        Scratch(int n) {
            dist = new double[n];
            along = new double[n];
            heap = new IndexedMinHeap(n);
        }
    }

    /** Nodes the lines, attaches the plants, fills the CSR arrays; false if no line has a segment. */
    private boolean build(List<Geometry> networkLines, List<Double> pipeCostFactors) {
        List<SegmentString> strings = new ArrayList<>();
        for (int l = 0; l < networkLines.size(); l++) {
            Geometry g = networkLines.get(l);
            for (int part = 0; part < g.getNumGeometries(); part++) {
                if (g.getGeometryN(part) instanceof LineString line) {
                    Coordinate[] cs = CoordinateArrays.removeRepeatedPoints(line.getCoordinates());
                    if (cs.length >= 2) {
                        strings.add(new NodedSegmentString(cs, pipeCostFactors.get(l)));
                    }
                }
            }
        }
        if (strings.isEmpty()) {
            return false;
        }
        MCIndexNoder noder = new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()));
        noder.computeNodes(strings);
        List<LineSegment> segments = new ArrayList<>();
        List<Double> segmentFactor = new ArrayList<>();
        for (Object o : noder.getNodedSubstrings()) {
            SegmentString piece = (SegmentString) o;
            Coordinate[] cs = piece.getCoordinates();
            for (int k = 1; k < cs.length; k++) {
                if (!cs[k - 1].equals2D(cs[k])) {
                    segments.add(new LineSegment(cs[k - 1], cs[k]));
                    segmentFactor.add((Double) piece.getData());
                }
            }
        }
        STRtree index = new STRtree();
        for (int s = 0; s < segments.size(); s++) {
            LineSegment seg = segments.get(s);
            index.insert(new Envelope(seg.p0, seg.p1), s);
        }
        // nearest segment of each plant, and where along it the connector meets it
        Map<Integer, List<double[]>> attachments = new HashMap<>(); // segment → [fraction, plant]
        for (int p = 0; p < plants.size(); p++) {
            Coordinate c = plants.get(p).getCoordinate();
            Object nearest = index.nearestNeighbour(new Envelope(c), -1,
                    (a, b) -> segments.get((Integer) (a.getItem().equals(-1) ? b.getItem() : a.getItem())).distance(c));
            int s = (Integer) nearest;
            double fraction = Math.max(0, Math.min(1, segments.get(s).projectionFactor(c)));
            attachments.computeIfAbsent(s, k -> new ArrayList<>()).add(new double[] {fraction, p});
        }
        int edgeCount = segments.size() + plants.size();
        int[] from = new int[edgeCount];
        int[] to = new int[edgeCount];
        double[] lengthM = new double[edgeCount];
        double[] factor = new double[edgeCount];
        Map<Coordinate, Integer> vertexOf = new HashMap<>();
        int vertices = 0;
        int e = 0;
        for (int s = 0; s < segments.size(); s++) {
            LineSegment seg = segments.get(s);
            double f = segmentFactor.get(s);
            Integer start = vertexOf.putIfAbsent(seg.p0, vertices);
            int previous = start == null ? vertices++ : start;
            Coordinate previousC = seg.p0;
            List<double[]> on = attachments.get(s);
            if (on != null) {
                on.sort((a, b) -> Double.compare(a[0], b[0]));
                for (double[] at : on) {
                    Coordinate point = seg.pointAlong(at[0]);
                    int v = vertices++;
                    from[e] = previous;
                    to[e] = v;
                    lengthM[e] = previousC.distance(point);
                    factor[e++] = f;
                    int plant = (int) at[1];
                    plantVertex[plant] = v;
                    connectorM[plant] = plants.get(plant).getCoordinate().distance(point);
                    previous = v;
                    previousC = point;
                }
            }
            Integer end = vertexOf.putIfAbsent(seg.p1, vertices);
            int last = end == null ? vertices++ : end;
            from[e] = previous;
            to[e] = last;
            lengthM[e] = previousC.distance(seg.p1);
            factor[e++] = f;
        }
        double first = factor[0];
        boolean uniform = true;
        for (int k = 0; k < e; k++) {
            uniform &= factor[k] == first;
        }
        uniformFactor = uniform && Double.isFinite(first) ? first : Double.NaN;

        isPlantVertex = new boolean[vertices];
        for (int v : plantVertex) {
            isPlantVertex[v] = true;
        }
        adjacencyStart = new int[vertices + 1];
        for (int k = 0; k < e; k++) {
            adjacencyStart[from[k] + 1]++;
            adjacencyStart[to[k] + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            adjacencyStart[v + 1] += adjacencyStart[v];
        }
        adjacencyTarget = new int[2 * e];
        adjacencyLengthM = new double[2 * e];
        adjacencyCostFactor = new double[2 * e];
        int[] fill = Arrays.copyOf(adjacencyStart, vertices);
        for (int k = 0; k < e; k++) {
            int a = from[k];
            int b = to[k];
            adjacencyTarget[fill[a]] = b;
            adjacencyLengthM[fill[a]] = lengthM[k];
            adjacencyCostFactor[fill[a]++] = factor[k];
            adjacencyTarget[fill[b]] = a;
            adjacencyLengthM[fill[b]] = lengthM[k];
            adjacencyCostFactor[fill[b]++] = factor[k];
        }
        return true;
    }
}

package org.symbiopark.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Distances between the sited plants of one park layout, in metres of the work CRS.
 *
 * <p>With a network: the corridor lines are noded at their intersections (a JTS union), each
 * segment is an edge of a JGraphT graph; each plant is joined by a straight connector to the
 * nearest point of the network (the segment is split there) and the connector counts in the
 * length. Shortest paths run from a plant on demand, once per source, and are kept: Dijkstra
 * over a compact array copy of the JGraphT graph (adjacency in CSR form, a 4-ary heap of
 * primitives, stopping once every plant is settled), which is several times faster than walking
 * the graph's objects and lets {@link #prepareFrom} fill the rows of many sources in parallel.
 * Pairs the network does not connect, and every pair of a park without a network, get the
 * straight line × detour factor.
 *
 * <p>Thread-safe; the graph is immutable after construction.
 */
public final class PlantDistances {

    private final List<Point> plants;
    private final double detourFactor;
    /** false: no network, every pair is straight line × detour. */
    private final boolean network;
    private final int[] plantVertex;
    /** Per graph vertex: whether it is a plant's end of its connector (Dijkstra stops once all are settled). */
    private boolean[] isPlantVertex;
    private int[] adjacencyStart;
    private int[] adjacencyTarget;
    private double[] adjacencyLengthM;
    private final AtomicReferenceArray<double[]> fromPlant;

    /**
     * @param plantsM      plant points in metres; the index is the plant's number in {@link #between}
     * @param networkLines road/utility lines in metres; empty = no network
     */
    public PlantDistances(List<Point> plantsM, List<Geometry> networkLines, double detourFactor) {
        this.plants = List.copyOf(plantsM);
        this.detourFactor = detourFactor;
        this.fromPlant = new AtomicReferenceArray<>(plants.size());
        this.plantVertex = new int[plants.size()];
        Arrays.fill(plantVertex, -1);
        this.network = !networkLines.isEmpty() && !plants.isEmpty();
        if (network) {
            // the JGraphT object graph is only the builder: dropped once copied into arrays
            compact(buildGraph(networkLines));
        }
    }

    /** Computes the rows of these source plants now, in parallel (they are kept for {@link #between}). */
    public void prepareFrom(int[] sources) {
        if (!network) {
            return;
        }
        Arrays.stream(sources).parallel().forEach(i -> {
            if (fromPlant.get(i) == null) {
                fromPlant.compareAndSet(i, null, shortestFrom(i));
            }
        });
    }

    private void compact(Graph<Integer, DefaultWeightedEdge> graph) {
        int n = graph.vertexSet().size();
        isPlantVertex = new boolean[n];
        for (int v : plantVertex) {
            if (v >= 0) {
                isPlantVertex[v] = true;
            }
        }
        adjacencyStart = new int[n + 1];
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            adjacencyStart[graph.getEdgeSource(e) + 1]++;
            adjacencyStart[graph.getEdgeTarget(e) + 1]++;
        }
        for (int v = 0; v < n; v++) {
            adjacencyStart[v + 1] += adjacencyStart[v];
        }
        adjacencyTarget = new int[adjacencyStart[n]];
        adjacencyLengthM = new double[adjacencyStart[n]];
        int[] fill = Arrays.copyOf(adjacencyStart, n);
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            int a = graph.getEdgeSource(e);
            int b = graph.getEdgeTarget(e);
            double w = graph.getEdgeWeight(e);
            adjacencyTarget[fill[a]] = b;
            adjacencyLengthM[fill[a]++] = w;
            adjacencyTarget[fill[b]] = a;
            adjacencyLengthM[fill[b]++] = w;
        }
    }

    public boolean hasNetwork() {
        return network;
    }

    public int plantCount() {
        return plants.size();
    }

    /** The route length between plants {@code i} and {@code j}. */
    public Distance between(int i, int j) {
        if (network) {
            double[] row = fromPlant.get(i);
            if (row == null) {
                row = shortestFrom(i);
                fromPlant.compareAndSet(i, null, row);
            }
            if (Double.isFinite(row[j])) {
                return new Distance(row[j], DistanceMethod.NETWORK);
            }
        }
        return new Distance(plants.get(i).distance(plants.get(j)) * detourFactor, DistanceMethod.STRAIGHT_X_DETOUR);
    }

    private double[] shortestFrom(int i) {
        int n = adjacencyStart.length - 1;
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        // 4-ary heap with decrease-key: at most one entry per vertex, half the depth of a binary
        // heap; position[v] = index of v in the heap, -1 if not in it
        double[] heapKey = new double[n];
        int[] heapVertex = new int[n];
        int[] position = new int[n];
        Arrays.fill(position, -1);
        int source = plantVertex[i];
        dist[source] = 0;
        heapKey[0] = 0;
        heapVertex[0] = source;
        position[source] = 0;
        int size = 1;
        // every plant vertex settled: the rest of the graph changes no plant's distance
        int plantsLeft = plants.size();
        while (size > 0 && plantsLeft > 0) {
            double d = heapKey[0];
            int v = heapVertex[0];
            position[v] = -1;
            size--;
            if (size > 0) {
                siftDown(heapKey, heapVertex, position, size, heapKey[size], heapVertex[size]);
            }
            if (isPlantVertex[v]) {
                plantsLeft--;
            }
            for (int a = adjacencyStart[v]; a < adjacencyStart[v + 1]; a++) {
                int w = adjacencyTarget[a];
                double nd = d + adjacencyLengthM[a];
                if (nd < dist[w]) {
                    dist[w] = nd;
                    int k = position[w];
                    if (k < 0) {
                        k = size++;
                    }
                    while (k > 0) {
                        int parent = (k - 1) >> 2;
                        if (heapKey[parent] <= nd) {
                            break;
                        }
                        heapKey[k] = heapKey[parent];
                        heapVertex[k] = heapVertex[parent];
                        position[heapVertex[k]] = k;
                        k = parent;
                    }
                    heapKey[k] = nd;
                    heapVertex[k] = w;
                    position[w] = k;
                }
            }
        }
        double[] row = new double[plants.size()];
        for (int j = 0; j < row.length; j++) {
            row[j] = i == j ? 0.0 : dist[plantVertex[j]];
        }
        return row;
    }

    /** Places (key, vertex) from the root down into a 4-ary heap of {@code size} entries. */
    private static void siftDown(double[] heapKey, int[] heapVertex, int[] position, int size, double key, int vertex) {
        int k = 0;
        while (true) {
            int first = 4 * k + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            double bestKey = heapKey[first];
            int last = Math.min(first + 4, size);
            for (int c = first + 1; c < last; c++) {
                if (heapKey[c] < bestKey) {
                    best = c;
                    bestKey = heapKey[c];
                }
            }
            if (bestKey >= key) {
                break;
            }
            heapKey[k] = bestKey;
            heapVertex[k] = heapVertex[best];
            position[heapVertex[k]] = k;
            k = best;
        }
        heapKey[k] = key;
        heapVertex[k] = vertex;
        position[vertex] = k;
    }

    private Graph<Integer, DefaultWeightedEdge> buildGraph(List<Geometry> networkLines) {
        GeometryFactory factory = networkLines.get(0).getFactory();
        Geometry noded = factory.buildGeometry(networkLines).union();
        List<LineSegment> segments = new ArrayList<>();
        for (int g = 0; g < noded.getNumGeometries(); g++) {
            if (noded.getGeometryN(g) instanceof LineString line) {
                Coordinate[] cs = line.getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    if (!cs[k - 1].equals2D(cs[k])) {
                        segments.add(new LineSegment(cs[k - 1], cs[k]));
                    }
                }
            }
        }
        STRtree index = new STRtree();
        for (int s = 0; s < segments.size(); s++) {
            LineSegment seg = segments.get(s);
            index.insert(new org.locationtech.jts.geom.Envelope(seg.p0, seg.p1), s);
        }
        // nearest segment of each plant, and where along it the connector meets it
        Map<Integer, List<double[]>> attachments = new HashMap<>(); // segment → [fraction, plant]
        for (int p = 0; p < plants.size(); p++) {
            Coordinate c = plants.get(p).getCoordinate();
            Object nearest = index.nearestNeighbour(new org.locationtech.jts.geom.Envelope(c), -1,
                    (a, b) -> segments.get((Integer) (a.getItem().equals(-1) ? b.getItem() : a.getItem())).distance(c));
            int s = (Integer) nearest;
            double fraction = Math.max(0, Math.min(1, segments.get(s).projectionFactor(c)));
            attachments.computeIfAbsent(s, k -> new ArrayList<>()).add(new double[] {fraction, p});
        }
        Graph<Integer, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        Map<Coordinate, Integer> vertexOf = new HashMap<>();
        int[] next = {0};
        java.util.function.Function<Coordinate, Integer> vertex = c -> vertexOf.computeIfAbsent(c, k -> {
            int v = next[0]++;
            g.addVertex(v);
            return v;
        });
        for (int s = 0; s < segments.size(); s++) {
            LineSegment seg = segments.get(s);
            int from = vertex.apply(seg.p0);
            Coordinate fromC = seg.p0;
            List<double[]> on = attachments.getOrDefault(s, new ArrayList<>());
            on.sort((a, b) -> Double.compare(a[0], b[0]));
            for (double[] at : on) {
                Coordinate point = seg.pointAlong(at[0]);
                int v = next[0]++;
                g.addVertex(v);
                edge(g, from, v, fromC.distance(point));
                int plantV = next[0]++;
                g.addVertex(plantV);
                int plant = (int) at[1];
                edge(g, v, plantV, plants.get(plant).getCoordinate().distance(point));
                plantVertex[plant] = plantV;
                from = v;
                fromC = point;
            }
            edge(g, from, vertex.apply(seg.p1), fromC.distance(seg.p1));
        }
        return g;
    }

    private static void edge(Graph<Integer, DefaultWeightedEdge> g, int a, int b, double lengthM) {
        DefaultWeightedEdge e = g.addEdge(a, b);
        g.setEdgeWeight(e, lengthM);
    }
}

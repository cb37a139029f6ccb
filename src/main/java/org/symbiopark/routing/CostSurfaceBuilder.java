package org.symbiopark.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.routing.SurfaceLayers.CorridorShape;
import org.symbiopark.routing.SurfaceLayers.LandArea;
import org.symbiopark.routing.SurfaceLayers.PlantSite;

/**
 * Builds a park's {@link CostSurface}: the cost of laying a metre of pipe in each cell, as a
 * multiple of open unzoned ground, from the park's layers in its work CRS. Layers apply in this
 * order, parameters from {@link CostSurfaceParameters}:
 * <ol>
 * <li>land: {@code land.<zoning>} of the parcel whose area holds the cell centre (the last parcel
 * listed wins an overlap), {@code land.none} outside every parcel;</li>
 * <li>corridor factors: a corridor area's factor applies to the cells whose centre it holds; a
 * road, utility or other line's factor to a band {@code along.<kind>.widthM} wide centred on it
 * (and at least the cells the line passes through). The land cost is multiplied by the least
 * factor over the corridors of a cell, so overlapping corridors do not compound;</li>
 * <li>crossings: a river, rail or road line's cells (rasterised 4-connected, so no 8- or
 * 16-neighbour step can pass it without entering one of them) cost {@code penalty / cellSizeM}
 * more, which is the penalty once for a path crossing the line at right angles; a river's or
 * rail line's penalty is scaled by its factor over its kind's default factor;</li>
 * <li>slope, with a DEM: {@code slope.costPerGradient × |∇z|}, the gradient by Horn's (1981)
 * weighted 3 × 3 differences of the DEM resampled bilinearly at the cell centres;</li>
 * <li>forbidden (+∞): corridors with no factor (buildings, protected land, explicit null) and
 * forbidden land classes; every plant's site except the {@link SurfaceSpec#passablePlantIds()}
 * (their cells stay open even where another plant's site shares them).
 * Areas forbid the cells whose centre they hold and the cells their outline passes through, so a
 * building narrower than a cell still blocks; a point site forbids its cell.</li>
 * </ol>
 * Memory: {@link #estimateBytes} bytes before anything is allocated; above the limit a
 * {@link RasterTooLargeException} gives the finest cell size that fits. Building takes time
 * linear in the cells of the extent plus the cells near each corridor. Not thread-safe per call,
 * but an instance holds only parameters and may be shared.
 */
public final class CostSurfaceBuilder {

    /**
     * Bytes per cell of a surface and one search over it: the cost (8), a corridor factor's index
     * while building (2), the search's least cost (8) and move (1) per cell, and room for its
     * frontier and the forbidden-cell set (5).
     */
    static final int BYTES_PER_CELL = 24;
    /** More per cell with a DEM: the elevation resampled at each centre. */
    static final int DEM_BYTES_PER_CELL = 8;

    private final CostSurfaceParameters parameters;
    private final long maxBytes;

    public CostSurfaceBuilder(CostSurfaceParameters parameters) {
        this(parameters, parameters.maxBytes());
    }

    public CostSurfaceBuilder(CostSurfaceParameters parameters, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
        }
        this.parameters = parameters;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Bytes a surface of the extent at this cell size takes with one search (see {@link #BYTES_PER_CELL}). */
    public static long estimateBytes(Envelope extentM, double cellSizeM, boolean withDem) {
        return cellCount(extentM, cellSizeM) * (BYTES_PER_CELL + (withDem ? DEM_BYTES_PER_CELL : 0));
    }

    /**
     * The cost surface of the layers over the spec's extent.
     *
     * @throws RasterTooLargeException when it would take more than the limit
     */
    public CostSurface build(SurfaceLayers layers, SurfaceSpec spec) {
        double size = spec.cellSizeM();
        Envelope extent = spec.extentM();
        checkMemory(extent, size, spec.dem() != null);
        int columns = (int) Math.max(1, Math.ceil(extent.getWidth() / size));
        int rows = (int) Math.max(1, Math.ceil(extent.getHeight() / size));
        Raster raster = new Raster(columns, rows, size, extent.getMinX(), extent.getMaxY());
        double[] cost = new double[columns * rows];
        Arrays.fill(cost, parameters.landCost(null));
        for (LandArea parcel : layers.parcels()) {
            double land = parameters.landCost(parcel.zoning());
            raster.fillArea(parcel.areaM(), cell -> cost[cell] = land);
        }
        applyFactors(layers, raster, cost);
        for (CorridorShape corridor : layers.corridors()) {
            double penalty = crossingPenaltyM(corridor);
            if (penalty > 0 && !corridor.forbidsPipes()) {
                double perCell = penalty / size;
                raster.traceLines(corridor.geometryM(), cell -> cost[cell] += perCell);
            }
        }
        if (spec.dem() != null) {
            addSlope(spec.dem(), raster, cost);
        }
        BitSet forbidden = new BitSet(cost.length);
        for (CorridorShape corridor : layers.corridors()) {
            if (corridor.forbidsPipes()) {
                raster.coverShape(corridor.geometryM(), forbidden::set);
            }
        }
        BitSet otherPlants = new BitSet(cost.length);
        BitSet terminals = new BitSet(cost.length);
        for (PlantSite plant : layers.plants()) {
            boolean terminal = spec.passablePlantIds().contains(plant.id());
            raster.coverShape(plant.siteM(), terminal ? terminals::set : otherPlants::set);
        }
        // a terminal's own cells stay open even where another plant's site shares them
        otherPlants.andNot(terminals);
        forbidden.or(otherPlants);
        forbidden.stream().forEach(cell -> cost[cell] = Double.POSITIVE_INFINITY);
        return new CostSurface(new CostGrid(columns, rows, size, cost), extent.getMinX(), extent.getMaxY());
    }

    /**
     * The cells of {@code surface} that the lines (in its work CRS) pass through, 4-connected,
     * traced exactly as a crossing line's cells are: the cells an existing pipeline occupies.
     */
    public static BitSet lineCells(CostSurface surface, Geometry linesM) {
        CostGrid grid = surface.grid();
        Envelope extent = surface.extentM();
        Raster raster = new Raster(grid.columns(), grid.rows(), grid.cellSizeM(), extent.getMinX(), extent.getMaxY());
        BitSet cells = new BitSet(grid.cellCount());
        raster.traceLines(linesM, cells::set);
        return cells;
    }

    private void applyFactors(SurfaceLayers layers, Raster raster, double[] cost) {
        // each cell keeps the index of its least factor (0: none) into the corridors' distinct factors
        List<Double> factors = new ArrayList<>();
        factors.add(1.0);
        short[] least = new short[cost.length];
        for (CorridorShape corridor : layers.corridors()) {
            if (corridor.forbidsPipes()) {
                continue;
            }
            double f = corridor.costFactor();
            int index = factors.indexOf(f);
            if (index < 0) {
                if (factors.size() == Short.MAX_VALUE) {
                    throw new IllegalArgumentException("more than " + (Short.MAX_VALUE - 1)
                            + " distinct corridor cost factors");
                }
                factors.add(f);
                index = factors.size() - 1;
            }
            short mine = (short) index;
            java.util.function.IntConsumer lower = cell -> {
                if (least[cell] == 0 || factors.get(least[cell]) > f) {
                    least[cell] = mine;
                }
            };
            Geometry shape = corridor.geometryM();
            if (shape instanceof Polygonal) {
                raster.fillArea(shape, lower);
            } else {
                double width = parameters.alongWidthM(corridor.kind());
                if (width > 0) {
                    raster.band(shape, width / 2, lower);
                }
            }
        }
        double[] byIndex = factors.stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < cost.length; i++) {
            cost[i] *= byIndex[least[i]];
        }
    }

    private double crossingPenaltyM(CorridorShape corridor) {
        if (corridor.geometryM() instanceof Polygonal || corridor.forbidsPipes()) {
            return 0;
        }
        CorridorKind kind = corridor.kind();
        double penalty = parameters.crossingPenaltyM(kind);
        if ((kind == CorridorKind.RIVER || kind == CorridorKind.RAIL) && kind.defaultCostFactor() != null) {
            penalty *= corridor.costFactor() / kind.defaultCostFactor();
        }
        return penalty;
    }

    private void addSlope(ElevationGrid dem, Raster raster, double[] cost) {
        int columns = raster.columns;
        int rows = raster.rows;
        double[] z = new double[cost.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Coordinate centre = raster.centre(c, r);
                z[r * columns + c] = dem.elevationAt(centre.x, centre.y);
            }
        }
        double k = parameters.slopeCostPerGradient();
        double eight = 8 * raster.size;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double e = z[r * columns + c];
                if (Double.isNaN(e)) {
                    continue;
                }
                // Horn (1981): a b c / d e f / g h i; rows run south, so +row is −y
                double a = at(z, columns, rows, c - 1, r - 1, e);
                double b = at(z, columns, rows, c, r - 1, e);
                double cc = at(z, columns, rows, c + 1, r - 1, e);
                double d = at(z, columns, rows, c - 1, r, e);
                double f = at(z, columns, rows, c + 1, r, e);
                double g = at(z, columns, rows, c - 1, r + 1, e);
                double h = at(z, columns, rows, c, r + 1, e);
                double i = at(z, columns, rows, c + 1, r + 1, e);
                double dzdx = ((cc + 2 * f + i) - (a + 2 * d + g)) / eight;
                double dzdy = ((a + 2 * b + cc) - (g + 2 * h + i)) / eight;
                cost[r * columns + c] += k * Math.hypot(dzdx, dzdy);
            }
        }
    }

    /** A neighbour's elevation; outside the grid or no-data, the centre's, so the edge adds no false slope. */
    private static double at(double[] z, int columns, int rows, int c, int r, double centre) {
        if (c < 0 || r < 0 || c >= columns || r >= rows) {
            return centre;
        }
        double v = z[r * columns + c];
        return Double.isNaN(v) ? centre : v;
    }

    private void checkMemory(Envelope extent, double size, boolean withDem) {
        long cells = cellCount(extent, size);
        long bytes = estimateBytes(extent, size, withDem);
        if (bytes <= maxBytes && cells <= Integer.MAX_VALUE - 8) {
            return;
        }
        int perCell = BYTES_PER_CELL + (withDem ? DEM_BYTES_PER_CELL : 0);
        double fit = Math.sqrt(extent.getWidth() * extent.getHeight() * perCell / (double) maxBytes);
        fit = Math.max(Math.ceil(fit * 100) / 100, 0.01);
        while (cellCount(extent, fit) * perCell > maxBytes || cellCount(extent, fit) > Integer.MAX_VALUE - 8) {
            fit = Math.round(fit * 100 + 1) / 100.0;
        }
        throw new RasterTooLargeException(bytes, maxBytes, size, fit);
    }

    private static long cellCount(Envelope extent, double size) {
        long columns = (long) Math.max(1, Math.ceil(extent.getWidth() / size));
        long rows = (long) Math.max(1, Math.ceil(extent.getHeight() / size));
        return columns * rows;
    }

    /** The grid's geometry while building: which cells a shape covers. */
    private static final class Raster {

        final int columns;
        final int rows;
        final double size;
        final double minX;
        final double maxY;

        Raster(int columns, int rows, double size, double minX, double maxY) {
            this.columns = columns;
            this.rows = rows;
            this.size = size;
            this.minX = minX;
            this.maxY = maxY;
        }

        Coordinate centre(int c, int r) {
            return new Coordinate(minX + (c + 0.5) * size, maxY - (r + 0.5) * size);
        }

        /** Cells whose centre lies in the polygons of the geometry. */
        void fillArea(Geometry geometry, java.util.function.IntConsumer action) {
            for (Object o : PolygonExtracter.getPolygons(geometry)) {
                Polygon polygon = (Polygon) o;
                IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
                Envelope box = polygon.getEnvelopeInternal();
                int c0 = Math.max(0, (int) Math.floor((box.getMinX() - minX) / size));
                int c1 = Math.min(columns - 1, (int) Math.floor((box.getMaxX() - minX) / size));
                int r0 = Math.max(0, (int) Math.floor((maxY - box.getMaxY()) / size));
                int r1 = Math.min(rows - 1, (int) Math.floor((maxY - box.getMinY()) / size));
                Coordinate p = new Coordinate();
                for (int r = r0; r <= r1; r++) {
                    p.y = maxY - (r + 0.5) * size;
                    for (int c = c0; c <= c1; c++) {
                        p.x = minX + (c + 0.5) * size;
                        if (locator.locate(p) != Location.EXTERIOR) {
                            action.accept(r * columns + c);
                        }
                    }
                }
            }
        }

        /** Cells the lines (or polygon outlines) pass through, 4-connected. */
        void traceLines(Geometry geometry, java.util.function.IntConsumer action) {
            for (Object o : LinearComponentExtracter.getLines(geometry)) {
                Coordinate[] points = ((LineString) o).getCoordinates();
                for (int i = 0; i + 1 < points.length; i++) {
                    SegmentWalk.walk(gx(points[i].x), gy(points[i].y), gx(points[i + 1].x), gy(points[i + 1].y),
                            new SegmentWalk.CellVisitor() {
                                @Override
                                public void cell(int column, int row, double lengthCells) {
                                    accept(column, row, action);
                                }

                                @Override
                                public void corner(int column, int row, int nextColumn, int nextRow) {
                                    // one cell beside the corner joins the two diagonal ones edge to edge
                                    accept(nextColumn, row, action);
                                }
                            });
                }
            }
        }

        /** An area's cells (centre inside, plus its outline's), a line's cells, a point's cell. */
        void coverShape(Geometry geometry, java.util.function.IntConsumer action) {
            if (geometry instanceof Puntal) {
                for (Coordinate p : geometry.getCoordinates()) {
                    accept((int) Math.floor(gx(p.x)), (int) Math.floor(gy(p.y)), action);
                }
                return;
            }
            fillArea(geometry, action);
            traceLines(geometry, action);
        }

        /** Cells whose centre lies within {@code halfWidthM} of the lines, and the cells the lines pass through. */
        void band(Geometry geometry, double halfWidthM, java.util.function.IntConsumer action) {
            traceLines(geometry, action);
            for (Object o : LinearComponentExtracter.getLines(geometry)) {
                Coordinate[] points = ((LineString) o).getCoordinates();
                for (int i = 0; i + 1 < points.length; i++) {
                    Coordinate a = points[i];
                    Coordinate b = points[i + 1];
                    int c0 = Math.max(0, (int) Math.floor((Math.min(a.x, b.x) - halfWidthM - minX) / size));
                    int c1 = Math.min(columns - 1, (int) Math.floor((Math.max(a.x, b.x) + halfWidthM - minX) / size));
                    int r0 = Math.max(0, (int) Math.floor((maxY - Math.max(a.y, b.y) - halfWidthM) / size));
                    int r1 = Math.min(rows - 1, (int) Math.floor((maxY - Math.min(a.y, b.y) + halfWidthM) / size));
                    for (int r = r0; r <= r1; r++) {
                        double y = maxY - (r + 0.5) * size;
                        for (int c = c0; c <= c1; c++) {
                            double x = minX + (c + 0.5) * size;
                            if (distanceToSegment(x, y, a, b) <= halfWidthM) {
                                action.accept(r * columns + c);
                            }
                        }
                    }
                }
            }
        }

        private void accept(int column, int row, java.util.function.IntConsumer action) {
            if (column >= 0 && row >= 0 && column < columns && row < rows) {
                action.accept(row * columns + column);
            }
        }

        private double gx(double x) {
            return (x - minX) / size;
        }

        private double gy(double y) {
            return (maxY - y) / size;
        }

        private static double distanceToSegment(double x, double y, Coordinate a, Coordinate b) {
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared;
            t = Math.max(0, Math.min(1, t));
            return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
        }
    }
}

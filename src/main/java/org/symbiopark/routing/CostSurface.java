package org.symbiopark.routing;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A {@link CostGrid} placed in a park's metric work CRS: its north-west corner at
 * ({@code minX}, {@code maxY}), square cells of {@code cellSizeM}, row 0 along the north edge.
 * A cell's cost multiplies the cost of laying a metre of pipe in open ground (1.0), so a path's
 * grid cost × {@code cellSizeM} is in equivalent metres of open-ground trench. Immutable.
 */
public final class CostSurface {

    private final CostGrid grid;
    private final double minX;
    private final double maxY;

    public CostSurface(CostGrid grid, double minX, double maxY) {
        this.grid = grid;
        this.minX = minX;
        this.maxY = maxY;
    }

    public CostGrid grid() {
        return grid;
    }

    public double cellSizeM() {
        return grid.cellSizeM();
    }

    public Envelope extentM() {
        double size = grid.cellSizeM();
        return new Envelope(minX, minX + grid.columns() * size, maxY - grid.rows() * size, maxY);
    }

    /** The column holding easting {@code x}; may lie outside the grid. */
    public int column(double x) {
        return (int) Math.floor(gridX(x));
    }

    /** The row holding northing {@code y}; may lie outside the grid. */
    public int row(double y) {
        return (int) Math.floor(gridY(y));
    }

    public boolean contains(Coordinate pointM) {
        return pointM.x >= minX && pointM.y <= maxY && grid.contains(column(pointM.x), row(pointM.y));
    }

    /** The centre of a cell, m. */
    public Coordinate centre(int column, int row) {
        double size = grid.cellSizeM();
        return new Coordinate(minX + (column + 0.5) * size, maxY - (row + 0.5) * size);
    }

    /** Easting in cell widths from the west edge. */
    double gridX(double x) {
        return (x - minX) / grid.cellSizeM();
    }

    /** Northing in cell widths south of the north edge. */
    double gridY(double y) {
        return (maxY - y) / grid.cellSizeM();
    }

    double x(double gridX) {
        return minX + gridX * grid.cellSizeM();
    }

    double y(double gridY) {
        return maxY - gridY * grid.cellSizeM();
    }
}

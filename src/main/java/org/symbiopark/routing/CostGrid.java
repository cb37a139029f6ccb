package org.symbiopark.routing;

import java.util.Arrays;

/**
 * A raster of cell costs for least-cost paths: {@code columns × rows} cells, row 0 at the top
 * (north, as in an ESRI ASCII grid), cell {@code (column, row)} at index
 * {@code row * columns + column}. A cost is per cell width of travel through the cell; +∞ marks
 * a forbidden cell. {@code cellSizeM} turns cell units into metres. The cost array is kept, not
 * copied (a 2000 × 2000 grid is 32 MB): the caller must not change it afterwards.
 */
public final class CostGrid {

    private final int columns;
    private final int rows;
    private final double cellSizeM;
    private final double[] cost;
    private final int forbiddenCells;

    public CostGrid(int columns, int rows, double cellSizeM, double[] cost) {
        if (columns <= 0 || rows <= 0) {
            throw new IllegalArgumentException("a grid needs at least one cell, got " + columns + " × " + rows);
        }
        if ((long) columns * rows != cost.length) {
            throw new IllegalArgumentException(columns + " × " + rows + " cells but " + cost.length + " costs");
        }
        int forbidden = 0;
        for (int i = 0; i < cost.length; i++) {
            if (cost[i] == Double.POSITIVE_INFINITY) {
                forbidden++;
            }
            if (!(cost[i] >= 0)) {
                throw new IllegalArgumentException("cell " + describe(i % columns, i / columns) + " has cost " + cost[i]
                        + "; costs are >= 0, +∞ for forbidden");
            }
        }
        this.forbiddenCells = forbidden;
        this.columns = columns;
        this.rows = rows;
        this.cellSizeM = cellSizeM;
        this.cost = cost;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double cellSizeM() {
        return cellSizeM;
    }

    public int cellCount() {
        return cost.length;
    }

    public int index(int column, int row) {
        return row * columns + column;
    }

    public boolean contains(int column, int row) {
        return column >= 0 && column < columns && row >= 0 && row < rows;
    }

    public double cost(int column, int row) {
        return cost[index(column, row)];
    }

    /** The cost array itself, for the search's inner loop; not to be modified. */
    double[] costs() {
        return cost;
    }

    boolean hasForbiddenCells() {
        return forbiddenCells > 0;
    }

    public boolean isForbidden(int column, int row) {
        return cost[index(column, row)] == Double.POSITIVE_INFINITY;
    }

    /** The lowest cost of a passable cell, +∞ if every cell is forbidden. */
    public double minimumCost() {
        return Arrays.stream(cost).min().orElse(Double.POSITIVE_INFINITY);
    }

    static String describe(int column, int row) {
        return "cell (column " + column + ", row " + row + ")";
    }
}

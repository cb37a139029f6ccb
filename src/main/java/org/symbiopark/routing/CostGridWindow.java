package org.symbiopark.routing;

import java.util.List;

/**
 * A rectangle of a {@link CostGrid} as a grid of its own, and the way back to the whole grid's
 * cells. The network planner's graph takes far more memory per cell than the grid (edges,
 * adjacency, the exact search's table), so it works on the cells around its terminals first.
 */
record CostGridWindow(CostGrid window, int column0, int row0, int wholeColumns, boolean whole) {

    /**
     * The terminals' bounding box grown by {@code marginCells} (at least) or by half its larger
     * side, whichever is more, clipped to the grid.
     */
    static CostGridWindow around(CostGrid grid, List<NetworkTerminal> terminals, int marginCells) {
        int[] box = extent(grid, terminals, marginCells);
        int x0 = box[0];
        int y0 = box[1];
        if (x0 == 0 && y0 == 0 && box[2] == grid.columns() - 1 && box[3] == grid.rows() - 1) {
            return whole(grid);
        }
        int columns = box[2] - x0 + 1;
        int rows = box[3] - y0 + 1;
        double[] cost = new double[columns * rows];
        double[] all = grid.costs();
        for (int y = 0; y < rows; y++) {
            System.arraycopy(all, (y0 + y) * grid.columns() + x0, cost, y * columns, columns);
        }
        return new CostGridWindow(new CostGrid(columns, rows, grid.cellSizeM(), cost), x0, y0, grid.columns(), false);
    }

    /** The cells {@link #around} would take, without copying them. */
    static long cellsAround(CostGrid grid, List<NetworkTerminal> terminals, int marginCells) {
        int[] box = extent(grid, terminals, marginCells);
        return (long) (box[2] - box[0] + 1) * (box[3] - box[1] + 1);
    }

    /** First and last column and row of the window, clipped to the grid. */
    private static int[] extent(CostGrid grid, List<NetworkTerminal> terminals, int marginCells) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (NetworkTerminal t : terminals) {
            minX = Math.min(minX, t.column());
            minY = Math.min(minY, t.row());
            maxX = Math.max(maxX, t.column());
            maxY = Math.max(maxY, t.row());
        }
        int margin = Math.max(marginCells, Math.max(maxX - minX, maxY - minY) / 2);
        return new int[] {Math.max(0, minX - margin), Math.max(0, minY - margin),
            Math.min(grid.columns() - 1, maxX + margin), Math.min(grid.rows() - 1, maxY + margin)};
    }

    static CostGridWindow whole(CostGrid grid) {
        return new CostGridWindow(grid, 0, 0, grid.columns(), true);
    }

    NetworkTerminal local(NetworkTerminal t) {
        return new NetworkTerminal(t.id(), t.column() - column0, t.row() - row0);
    }

    /** A window cell's index in the whole grid. */
    int wholeCell(int cell) {
        int columns = window.columns();
        return (row0 + cell / columns) * wholeColumns + column0 + cell % columns;
    }
}

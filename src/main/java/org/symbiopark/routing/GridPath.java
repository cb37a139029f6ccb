package org.symbiopark.routing;

/**
 * A least-cost path on a {@link CostGrid}: the cell indices from start to target, its cost
 * (Σ step costs, in cell widths × cell cost; × cellSizeM for cost per metre units), its length
 * in cells (Σ step lengths) and how many cells the search settled.
 */
public record GridPath(int[] cells, double cost, double lengthCells, int settledCells) {

    public GridPath {
        cells = cells.clone();
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    public int stepCount() {
        return cells.length - 1;
    }
}

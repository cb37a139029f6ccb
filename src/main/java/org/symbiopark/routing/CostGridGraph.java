package org.symbiopark.routing;

import java.util.Arrays;

/**
 * A {@link CostGrid} as a graph for the Steiner solvers: one node per passable cell, one edge
 * per allowed 8-neighbour step, priced as {@link AStarGridSearch} prices it under
 * {@link StepCostRule#CELL_CROSSING} (½(c₁ + c₂) orthogonally, √2·½(c₁ + c₂) diagonally, no
 * diagonal step beside a forbidden cell). A path in this graph therefore costs exactly what the
 * grid search would charge for the same cells, in cell widths × cell cost.
 */
final class CostGridGraph {

    private static final double SQRT2 = Math.sqrt(2);
    /** Right, down, down-right, down-left: each undirected step is made once from its upper-left end. */
    private static final int[][] FORWARD = {{1, 0}, {0, 1}, {1, 1}, {-1, 1}};

    private final CostGrid grid;
    private final int[] nodeOfCell;
    private final int[] cellOfNode;
    private final int[] edgeU;
    private final int[] edgeV;
    private final double[] edgeCost;
    private final double[] edgeLengthCells;

    CostGridGraph(CostGrid grid) {
        this.grid = grid;
        int cells = grid.cellCount();
        nodeOfCell = new int[cells];
        Arrays.fill(nodeOfCell, -1);
        int nodes = 0;
        for (int cell = 0; cell < cells; cell++) {
            if (grid.costs()[cell] != Double.POSITIVE_INFINITY) {
                nodeOfCell[cell] = nodes++;
            }
        }
        cellOfNode = new int[nodes];
        for (int cell = 0; cell < cells; cell++) {
            if (nodeOfCell[cell] >= 0) {
                cellOfNode[nodeOfCell[cell]] = cell;
            }
        }
        int[] u = new int[4 * nodes];
        int[] v = new int[4 * nodes];
        double[] c = new double[4 * nodes];
        double[] l = new double[4 * nodes];
        int m = 0;
        for (int node = 0; node < nodes; node++) {
            int cell = cellOfNode[node];
            int x = cell % grid.columns();
            int y = cell / grid.columns();
            for (int[] step : FORWARD) {
                int nx = x + step[0];
                int ny = y + step[1];
                if (!grid.contains(nx, ny) || grid.isForbidden(nx, ny)) {
                    continue;
                }
                boolean diagonal = step[0] != 0 && step[1] != 0;
                if (diagonal && (grid.isForbidden(nx, y) || grid.isForbidden(x, ny))) {
                    continue;
                }
                double half = 0.5 * (grid.cost(x, y) + grid.cost(nx, ny));
                u[m] = node;
                v[m] = nodeOfCell[grid.index(nx, ny)];
                c[m] = diagonal ? SQRT2 * half : half;
                l[m] = diagonal ? SQRT2 : 1;
                m++;
            }
        }
        edgeU = Arrays.copyOf(u, m);
        edgeV = Arrays.copyOf(v, m);
        edgeCost = Arrays.copyOf(c, m);
        edgeLengthCells = Arrays.copyOf(l, m);
    }

    /** The node of a cell, -1 for a forbidden cell. */
    int node(int cell) {
        return nodeOfCell[cell];
    }

    int cell(int node) {
        return cellOfNode[node];
    }

    int nodeCount() {
        return cellOfNode.length;
    }

    double lengthCells(int edge) {
        return edgeLengthCells[edge];
    }

    CostGrid grid() {
        return grid;
    }

    SteinerProblem problem(int[] terminalNodes) {
        return new SteinerProblem(cellOfNode.length, edgeU, edgeV, edgeCost, terminalNodes);
    }
}

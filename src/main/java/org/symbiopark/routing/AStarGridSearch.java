package org.symbiopark.routing;

/**
 * The least-cost path between two cells of a {@link CostGrid} by A* (Hart, Nilsson and Raphael
 * 1968) over 8 or 16 neighbours, with step costs by a {@link StepCostRule}. The heuristic is the
 * lowest cell cost × the shortest move distance to the target (octile distance for 8
 * neighbours, Euclidean for 16): no step costs less per unit of length, so it never
 * overestimates and is consistent, and the first time the target is settled its cost is the
 * least. Arrays are indexed by cell; nothing is allocated per step.
 */
public final class AStarGridSearch {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT5 = Math.sqrt(5);
    private static final double HALF_SQRT2 = Math.sqrt(2) / 2;
    private static final int CLOSED = 0x40;
    private static final int MOVE = 0x3f;

    private final Neighbourhood neighbourhood;
    private final StepCostRule rule;

    public AStarGridSearch(Neighbourhood neighbourhood, StepCostRule rule) {
        this.neighbourhood = neighbourhood;
        this.rule = rule;
    }

    /**
     * The least-cost path from cell (startColumn, startRow) to cell (targetColumn, targetRow).
     *
     * @throws UnreachableTerminalException naming the cell when the start or the target is outside
     *     the grid or forbidden, or no allowed path joins them
     */
    public GridPath find(CostGrid grid, int startColumn, int startRow, int targetColumn, int targetRow) {
        checkCell(grid, startColumn, startRow, "start");
        checkCell(grid, targetColumn, targetRow, "target");
        int columns = grid.columns();
        int rows = grid.rows();
        int n = grid.cellCount();
        int start = grid.index(startColumn, startRow);
        int target = grid.index(targetColumn, targetRow);
        double minCost = grid.minimumCost();
        boolean octile = neighbourhood == Neighbourhood.EIGHT;
        int moves = neighbourhood.size();
        int[] dx = new int[moves];
        int[] dy = new int[moves];
        for (int m = 0; m < moves; m++) {
            dx[m] = neighbourhood.dx(m);
            dy[m] = neighbourhood.dy(m);
        }
        int[] delta = new int[moves];
        for (int m = 0; m < moves; m++) {
            delta[m] = dy[m] * columns + dx[m];
        }
        double[] cost = grid.costs();
        boolean cornersMatter = rule == StepCostRule.CELL_CROSSING && grid.hasForbiddenCells();
        double[] g = new double[n];
        java.util.Arrays.fill(g, Double.POSITIVE_INFINITY);
        // the move that reached each cell; CLOSED is set once the cell is settled
        byte[] via = new byte[n];
        LazyMinHeap open = new LazyMinHeap();
        g[start] = 0;
        open.add(start, minCost * distance(startColumn - targetColumn, startRow - targetRow, octile));
        int settled = 0;
        while (!open.isEmpty()) {
            int cell = open.poll();
            if ((via[cell] & CLOSED) != 0) {
                continue;
            }
            if (cell == target) {
                return path(grid, start, target, g[target], via, dx, dy, settled);
            }
            via[cell] |= CLOSED;
            settled++;
            int x = cell % columns;
            int y = cell / columns;
            boolean inner = x >= 2 && y >= 2 && x < columns - 2 && y < rows - 2;
            double gCell = g[cell];
            double here = cost[cell];
            for (int m = 0; m < moves; m++) {
                if (!inner) {
                    int nx = x + dx[m];
                    int ny = y + dy[m];
                    if (nx < 0 || ny < 0 || nx >= columns || ny >= rows) {
                        continue;
                    }
                }
                int next = cell + delta[m];
                double there = cost[next];
                double step;
                if (m < 4) {
                    step = 0.5 * (here + there);
                } else if (m < 8) {
                    if (cornersMatter && (cost[cell + dx[m]] == Double.POSITIVE_INFINITY
                            || cost[cell + dy[m] * columns] == Double.POSITIVE_INFINITY)) {
                        continue;
                    }
                    step = HALF_SQRT2 * (here + there);
                } else {
                    step = stepCost(grid, x, y, dx[m], dy[m]);
                }
                double candidate = gCell + step;
                // a settled cell already has its least cost, so it rarely passes this test
                // (only by rounding); the flag is read only then
                if (candidate < g[next] && (via[next] & CLOSED) == 0) {
                    g[next] = candidate;
                    via[next] = (byte) m;
                    open.add(next, candidate + minCost * distance(x + dx[m] - targetColumn, y + dy[m] - targetRow, octile));
                }
            }
        }
        throw new UnreachableTerminalException(CostGrid.describe(targetColumn, targetRow),
                "target " + CostGrid.describe(targetColumn, targetRow) + " cannot be reached from "
                        + CostGrid.describe(startColumn, startRow) + ": forbidden cells enclose one of them");
    }

    /** The cost of the step from (x, y) by (dx, dy); +∞ when not allowed. */
    double stepCost(CostGrid grid, int x, int y, int dx, int dy) {
        double from = grid.cost(x, y);
        double to = grid.cost(x + dx, y + dy);
        int ax = Math.abs(dx);
        int ay = Math.abs(dy);
        if (ax + ay == 1) {
            return 0.5 * (from + to);
        }
        if (ax == 1 && ay == 1) {
            if (rule == StepCostRule.CELL_CROSSING
                    && (grid.isForbidden(x + dx, y) || grid.isForbidden(x, y + dy))) {
                return Double.POSITIVE_INFINITY;
            }
            return SQRT2 * 0.5 * (from + to);
        }
        // a knight's step: a quarter of its length in each of four cells
        int sx = Integer.signum(dx);
        int sy = Integer.signum(dy);
        double middle = ax == 1
                ? grid.cost(x, y + sy) + grid.cost(x + sx, y + sy)
                : grid.cost(x + sx, y) + grid.cost(x + sx, y + sy);
        return SQRT5 * 0.25 * (from + middle + to);
    }

    private static double distance(int dx, int dy, boolean octile) {
        double ax = Math.abs(dx);
        double ay = Math.abs(dy);
        if (octile) {
            return Math.max(ax, ay) + (SQRT2 - 1) * Math.min(ax, ay);
        }
        return Math.sqrt(ax * ax + ay * ay);
    }

    private static GridPath path(CostGrid grid, int start, int target, double cost, byte[] via, int[] dx, int[] dy,
            int settled) {
        int columns = grid.columns();
        int steps = 0;
        for (int c = target; c != start; c -= dy[via[c] & MOVE] * columns + dx[via[c] & MOVE]) {
            steps++;
        }
        int[] cells = new int[steps + 1];
        double length = 0;
        int at = steps;
        for (int c = target; ; c -= dy[via[c] & MOVE] * columns + dx[via[c] & MOVE]) {
            cells[at--] = c;
            if (c == start) {
                break;
            }
            int m = via[c] & MOVE;
            length += Math.sqrt(dx[m] * dx[m] + dy[m] * dy[m]);
        }
        return new GridPath(cells, cost, length, settled);
    }

    private static void checkCell(CostGrid grid, int column, int row, String role) {
        if (!grid.contains(column, row)) {
            throw new UnreachableTerminalException(CostGrid.describe(column, row), role + " "
                    + CostGrid.describe(column, row) + " lies outside the " + grid.columns() + " × " + grid.rows() + " grid");
        }
        if (grid.isForbidden(column, row)) {
            throw new UnreachableTerminalException(CostGrid.describe(column, row), role + " "
                    + CostGrid.describe(column, row) + " is a forbidden cell");
        }
    }
}

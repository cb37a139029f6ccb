package org.symbiopark.routing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The least-cost path between two points of a {@link CostSurface}: A* over the grid
 * ({@link AStarGridSearch}, {@link StepCostRule#CELL_CROSSING}) from the first terminal's cell to
 * the second's, then the cell-centre line from one terminal's point to the other's simplified
 * greedily (from each kept vertex, the farthest later vertex whose straight segment touches no
 * forbidden cell, not even at a corner, and costs no more, by exact cell crossing, than the part
 * of the line it replaces). Holds only the neighbourhood: one finder may serve many searches,
 * also at once. Time: the search's (at worst the surface's cells × log), plus the simplification,
 * at worst quadratic in the path's cells.
 */
public final class LeastCostPathFinder {

    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final Neighbourhood neighbourhood;
    private final GeometryFactory geometries = new GeometryFactory();

    public LeastCostPathFinder(Neighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    /**
     * @throws UnreachableTerminalException naming the terminal that lies outside the surface,
     *     stands on a forbidden cell or is enclosed by forbidden cells
     */
    public LeastCostPath find(CostSurface surface, Terminal from, Terminal to) {
        CostGrid grid = surface.grid();
        int[] start = cellOf(surface, from);
        int[] target = cellOf(surface, to);
        GridPath path;
        try {
            path = new AStarGridSearch(neighbourhood, StepCostRule.CELL_CROSSING)
                    .find(grid, start[0], start[1], target[0], target[1]);
        } catch (UnreachableTerminalException e) {
            throw unreachable(grid, from, start, to, target);
        }
        int[] cells = path.cells();
        List<double[]> vertices = new ArrayList<>(cells.length + 2);
        vertices.add(new double[] {surface.gridX(from.pointM().x), surface.gridY(from.pointM().y)});
        for (int cell : cells) {
            vertices.add(new double[] {cell % grid.columns() + 0.5, cell / grid.columns() + 0.5});
        }
        vertices.add(new double[] {surface.gridX(to.pointM().x), surface.gridY(to.pointM().y)});
        List<double[]> kept = simplify(grid, vertices);
        Coordinate[] line = new Coordinate[kept.size()];
        double length = 0;
        double cost = 0;
        for (int i = 0; i < kept.size(); i++) {
            double[] v = kept.get(i);
            line[i] = new Coordinate(surface.x(v[0]), surface.y(v[1]));
            if (i > 0) {
                double[] u = kept.get(i - 1);
                length += Math.hypot(v[0] - u[0], v[1] - u[1]);
                cost += segmentCost(grid, u, v);
            }
        }
        if (line.length == 1 || line.length == 2 && line[0].equals2D(line[1])) {
            line = new Coordinate[] {line[0], new Coordinate(line[line.length - 1])};
        }
        double size = surface.cellSizeM();
        return new LeastCostPath(geometries.createLineString(line), length * size, cost * size, path.cost() * size,
                cells.length, path.settledCells());
    }

    private static List<double[]> simplify(CostGrid grid, List<double[]> vertices) {
        int m = vertices.size();
        double[] prefix = new double[m];
        for (int i = 1; i < m; i++) {
            prefix[i] = prefix[i - 1] + segmentCost(grid, vertices.get(i - 1), vertices.get(i));
        }
        List<double[]> kept = new ArrayList<>();
        kept.add(vertices.get(0));
        int anchor = 0;
        while (anchor < m - 1) {
            int reach = anchor + 1;
            for (int j = anchor + 2; j < m; j++) {
                double replaced = prefix[j] - prefix[anchor];
                double direct = segmentCost(grid, vertices.get(anchor), vertices.get(j));
                if (direct == Double.POSITIVE_INFINITY || direct > replaced + RELATIVE_TOLERANCE * (1 + replaced)) {
                    break;
                }
                reach = j;
            }
            kept.add(vertices.get(reach));
            anchor = reach;
        }
        return kept;
    }

    /** Σ cell cost × length inside the cell, in cell widths × cost; +∞ if it touches a forbidden or outside cell. */
    static double segmentCost(CostGrid grid, double[] a, double[] b) {
        double[] sum = {0};
        SegmentWalk.walk(a[0], a[1], b[0], b[1], new SegmentWalk.CellVisitor() {
            @Override
            public void cell(int column, int row, double lengthCells) {
                sum[0] += lengthCells * passableCost(grid, column, row);
            }

            @Override
            public void corner(int column, int row, int nextColumn, int nextRow) {
                if (passableCost(grid, nextColumn, row) == Double.POSITIVE_INFINITY
                        || passableCost(grid, column, nextRow) == Double.POSITIVE_INFINITY) {
                    sum[0] = Double.POSITIVE_INFINITY;
                }
            }
        });
        return sum[0];
    }

    private static double passableCost(CostGrid grid, int column, int row) {
        return grid.contains(column, row) ? grid.cost(column, row) : Double.POSITIVE_INFINITY;
    }

    private static int[] cellOf(CostSurface surface, Terminal terminal) {
        Coordinate p = terminal.pointM();
        if (!surface.contains(p)) {
            throw new UnreachableTerminalException(terminal.name(), terminal.name() + " lies outside the cost surface "
                    + "(" + describe(surface) + ")");
        }
        int column = surface.column(p.x);
        int row = surface.row(p.y);
        if (surface.grid().isForbidden(column, row)) {
            throw new UnreachableTerminalException(terminal.name(), terminal.name() + " stands on a forbidden cell "
                    + "(a building, protected land, a corridor closed to pipes or another plant's site)");
        }
        return new int[] {column, row};
    }

    private static String describe(CostSurface surface) {
        org.locationtech.jts.geom.Envelope e = surface.extentM();
        return String.format(java.util.Locale.ROOT, "x %.0f to %.0f, y %.0f to %.0f in the work CRS",
                e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
    }

    private UnreachableTerminalException unreachable(CostGrid grid, Terminal from, int[] start, Terminal to,
                                                     int[] target) {
        for (Object[] t : new Object[][] {{from, start}, {to, target}}) {
            Terminal terminal = (Terminal) t[0];
            int[] cell = (int[]) t[1];
            if (!reachesEdge(grid, cell[0], cell[1])) {
                return new UnreachableTerminalException(terminal.name(), terminal.name()
                        + " is enclosed by forbidden cells (buildings, protected land, corridors closed to pipes "
                        + "or other plants' sites): no path leaves it");
            }
        }
        return new UnreachableTerminalException(to.name(), to.name() + " cannot be reached from " + from.name()
                + ": forbidden cells divide the surface between them");
    }

    /** Whether the passable cells joined to this one (by edges: the search never slips between corners) reach the grid's edge. */
    private static boolean reachesEdge(CostGrid grid, int column, int row) {
        int columns = grid.columns();
        BitSet seen = new BitSet(grid.cellCount());
        int[] queue = new int[1024];
        int head = 0;
        int tail = 0;
        int first = grid.index(column, row);
        queue[tail++] = first;
        seen.set(first);
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (head < tail) {
            int cell = queue[head++];
            int x = cell % columns;
            int y = cell / columns;
            if (x == 0 || y == 0 || x == columns - 1 || y == grid.rows() - 1) {
                return true;
            }
            for (int[] move : moves) {
                int next = grid.index(x + move[0], y + move[1]);
                if (!seen.get(next) && !grid.isForbidden(x + move[0], y + move[1])) {
                    seen.set(next);
                    if (tail == queue.length) {
                        queue = java.util.Arrays.copyOf(queue, queue.length * 2);
                    }
                    queue[tail++] = next;
                }
            }
        }
        return false;
    }
}

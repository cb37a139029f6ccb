package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AStarGridSearchTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** A random grid with costs 1..10 and about {@code forbiddenShare} forbidden cells. */
    private static CostGrid randomGrid(long seed, int columns, int rows, double forbiddenShare) {
        Random random = new Random(seed);
        double[] cost = new double[columns * rows];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = random.nextDouble() < forbiddenShare ? INF : 1 + 9 * random.nextDouble();
        }
        return new CostGrid(columns, rows, 10, cost);
    }

    /** Plain Dijkstra over the same moves and step costs, java.util's priority queue, no heuristic. */
    private static double dijkstra(CostGrid grid, AStarGridSearch search, Neighbourhood nb, int start, int target) {
        double[] dist = new double[grid.cellCount()];
        Arrays.fill(dist, INF);
        dist[start] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, start});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int cell = (int) top[1];
            if (top[0] > dist[cell]) {
                continue;
            }
            int x = cell % grid.columns();
            int y = cell / grid.columns();
            for (int m = 0; m < nb.size(); m++) {
                int nx = x + nb.dx(m);
                int ny = y + nb.dy(m);
                if (!grid.contains(nx, ny)) {
                    continue;
                }
                double d = top[0] + search.stepCost(grid, x, y, nb.dx(m), nb.dy(m));
                int next = grid.index(nx, ny);
                if (d < dist[next]) {
                    dist[next] = d;
                    queue.add(new double[] {d, next});
                }
            }
        }
        return dist[target];
    }

    @Test
    void aStarEqualsPlainDijkstraOnRandomRasters() {
        int compared = 0;
        int unreachable = 0;
        for (int i = 0; i < 40; i++) {
            Random random = new Random(i);
            CostGrid grid = randomGrid(100 + i, 20 + random.nextInt(30), 20 + random.nextInt(30), 0.1 * (i % 6));
            Neighbourhood nb = i % 2 == 0 ? Neighbourhood.EIGHT : Neighbourhood.SIXTEEN;
            StepCostRule rule = i % 4 < 2 ? StepCostRule.CELL_CROSSING : StepCostRule.GRASS_MEAN;
            AStarGridSearch search = new AStarGridSearch(nb, rule);
            int sx;
            int sy;
            int tx;
            int ty;
            do {
                sx = random.nextInt(grid.columns());
                sy = random.nextInt(grid.rows());
                tx = random.nextInt(grid.columns());
                ty = random.nextInt(grid.rows());
            } while (grid.isForbidden(sx, sy) || grid.isForbidden(tx, ty));
            double expected = dijkstra(grid, search, nb, grid.index(sx, sy), grid.index(tx, ty));
            int[] ends = {sx, sy, tx, ty};
            if (expected == INF) {
                assertThatThrownBy(() -> search.find(grid, ends[0], ends[1], ends[2], ends[3]))
                        .isInstanceOf(UnreachableTerminalException.class);
                unreachable++;
                continue;
            }
            GridPath path = search.find(grid, sx, sy, tx, ty);
            assertThat(path.cost()).as("raster %d", i).isCloseTo(expected, within(1e-9 * expected + 1e-12));
            assertPathCosts(grid, search, path, rule);
            compared++;
        }
        assertThat(compared).isGreaterThan(25);
        assertThat(unreachable).as("some rasters with many forbidden cells cut the target off").isPositive();
    }

    /** Consecutive cells are moves of the search, none forbidden or cutting a forbidden corner; costs add up. */
    private static void assertPathCosts(CostGrid grid, AStarGridSearch search, GridPath path, StepCostRule rule) {
        int[] cells = path.cells();
        double total = 0;
        for (int i = 0; i + 1 < cells.length; i++) {
            int x = cells[i] % grid.columns();
            int y = cells[i] / grid.columns();
            int dx = cells[i + 1] % grid.columns() - x;
            int dy = cells[i + 1] / grid.columns() - y;
            assertThat(Math.max(Math.abs(dx), Math.abs(dy))).isBetween(1, 2);
            assertThat(grid.isForbidden(x + dx, y + dy)).isFalse();
            if (rule == StepCostRule.CELL_CROSSING && Math.abs(dx) == 1 && Math.abs(dy) == 1) {
                assertThat(grid.isForbidden(x + dx, y) || grid.isForbidden(x, y + dy)).as("corner cut").isFalse();
            }
            total += search.stepCost(grid, x, y, dx, dy);
        }
        assertThat(grid.isForbidden(cells[0] % grid.columns(), cells[0] / grid.columns())).isFalse();
        assertThat(total).isCloseTo(path.cost(), within(1e-9 * total));
    }

    @Test
    void stepCostsAreTheLengthOfTheSegmentInsideEachCell() {
        CostGrid grid = randomGrid(7, 5, 5, 0);
        AStarGridSearch search = new AStarGridSearch(Neighbourhood.SIXTEEN, StepCostRule.CELL_CROSSING);
        for (int m = 0; m < Neighbourhood.SIXTEEN.size(); m++) {
            int dx = Neighbourhood.SIXTEEN.dx(m);
            int dy = Neighbourhood.SIXTEEN.dy(m);
            // integrate cost along the segment from centre (2, 2) by fine sampling
            int samples = 100_000;
            double length = Math.hypot(dx, dy);
            double sum = 0;
            for (int s = 0; s < samples; s++) {
                double t = (s + 0.5) / samples;
                int cx = (int) Math.floor(2 + dx * t + 0.5);
                int cy = (int) Math.floor(2 + dy * t + 0.5);
                sum += grid.cost(cx, cy) * length / samples;
            }
            assertThat(search.stepCost(grid, 2, 2, dx, dy)).as("move (%d, %d)", dx, dy).isCloseTo(sum, within(1e-3));
        }
    }

    @Test
    void aWallIsPassedOnlyThroughItsGap() {
        // 7 × 7, a wall in column 3 with a gap at row 6; start (0, 0), target (6, 0)
        double[] cost = new double[49];
        Arrays.fill(cost, 1);
        for (int row = 0; row < 6; row++) {
            cost[row * 7 + 3] = INF;
        }
        CostGrid grid = new CostGrid(7, 7, 1, cost);
        GridPath path = new AStarGridSearch(Neighbourhood.EIGHT, StepCostRule.CELL_CROSSING).find(grid, 0, 0, 6, 0);
        assertThat(Arrays.stream(path.cells()).anyMatch(c -> c == 6 * 7 + 3)).isTrue();
        assertThat(Arrays.stream(path.cells()).noneMatch(c -> cost[c] == INF)).isTrue();
    }

    @Test
    void aDiagonalGapBetweenForbiddenCellsIsClosedUnlessGrassRule() {
        // 2 × 2: forbidden (1, 0) and (0, 1); (0, 0) to (1, 1) only through the shared corner
        CostGrid grid = new CostGrid(2, 2, 1, new double[] {1, INF, INF, 1});
        assertThatThrownBy(() -> new AStarGridSearch(Neighbourhood.EIGHT, StepCostRule.CELL_CROSSING).find(grid, 0, 0, 1, 1))
                .isInstanceOf(UnreachableTerminalException.class)
                .hasMessageContaining("target cell (column 1, row 1)");
        assertThat(new AStarGridSearch(Neighbourhood.EIGHT, StepCostRule.GRASS_MEAN).find(grid, 0, 0, 1, 1).cost())
                .isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void anEnclosedTargetIsReportedByName() {
        double[] cost = new double[25];
        Arrays.fill(cost, 2);
        for (int row = 1; row <= 3; row++) {
            for (int column = 1; column <= 3; column++) {
                if (row != 2 || column != 2) {
                    cost[row * 5 + column] = INF;
                }
            }
        }
        CostGrid grid = new CostGrid(5, 5, 1, cost);
        for (Neighbourhood nb : Neighbourhood.values()) {
            assertThatThrownBy(() -> new AStarGridSearch(nb, StepCostRule.CELL_CROSSING).find(grid, 0, 0, 2, 2))
                    .isInstanceOf(UnreachableTerminalException.class)
                    .hasMessageContaining("target cell (column 2, row 2) cannot be reached")
                    .extracting(e -> ((UnreachableTerminalException) e).what()).isEqualTo("cell (column 2, row 2)");
        }
        assertThatThrownBy(() -> new AStarGridSearch(Neighbourhood.EIGHT, StepCostRule.CELL_CROSSING).find(grid, 0, 0, 5, 0))
                .isInstanceOf(UnreachableTerminalException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> new AStarGridSearch(Neighbourhood.EIGHT, StepCostRule.CELL_CROSSING).find(grid, 0, 0, 1, 1))
                .isInstanceOf(UnreachableTerminalException.class).hasMessageContaining("forbidden");
    }

    @Test
    void sixteenNeighboursTakeAKnightsStep() {
        double[] cost = new double[9];
        Arrays.fill(cost, 3);
        CostGrid grid = new CostGrid(3, 3, 1, cost);
        GridPath sixteen = new AStarGridSearch(Neighbourhood.SIXTEEN, StepCostRule.CELL_CROSSING).find(grid, 0, 0, 2, 1);
        GridPath eight = new AStarGridSearch(Neighbourhood.EIGHT, StepCostRule.CELL_CROSSING).find(grid, 0, 0, 2, 1);
        assertThat(sixteen.cost()).isCloseTo(3 * Math.sqrt(5), within(1e-12));
        assertThat(sixteen.stepCount()).isEqualTo(1);
        assertThat(eight.cost()).isCloseTo(3 * (1 + Math.sqrt(2)), within(1e-12));
        assertThat(eight.lengthCells()).isCloseTo(1 + Math.sqrt(2), within(1e-12));
    }
}

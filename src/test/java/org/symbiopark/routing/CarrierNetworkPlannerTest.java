package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symbiopark.exchange.ExchangeCostModel;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.LinkCostModel.LinkCost;
import org.symbiopark.exchange.LinkCostModel.LinkRequest;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.exchange.TransportMode;

class CarrierNetworkPlannerTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final ResourceCatalog CATALOG = ResourceCatalog.loadDefault();
    private static final Resource STEAM = CATALOG.find("steam").orElseThrow();
    private static final ExchangeCostModel COSTS = new ExchangeCostModel(ExchangeParameters.loadDefault(), 0.08, 25, "EUR");
    private static final SearchBudget BUDGET = new SearchBudget(5, 1);

    /**
     * A T of passable cells, 10 m each, everything else forbidden: a row from S (0, 5) to the
     * junction (10, 5), and a column from A (10, 0) to B (10, 10). The only tree is the T itself:
     * 10 + 5 + 5 cells = 200 m; separate pipes S → A and S → B take 15 cells = 150 m each.
     */
    private static CostGrid tee(double trunkCost) {
        int columns = 11;
        int rows = 11;
        double[] cost = new double[columns * rows];
        Arrays.fill(cost, INF);
        for (int x = 0; x <= 10; x++) {
            cost[5 * columns + x] = x < 10 ? trunkCost : 1;
        }
        for (int y = 0; y <= 10; y++) {
            cost[y * columns + 10] = 1;
        }
        return new CostGrid(columns, rows, 10, cost);
    }

    private static final List<NetworkTerminal> TEE_TERMINALS = List.of(
            new NetworkTerminal("S", 0, 5), new NetworkTerminal("A", 10, 0), new NetworkTerminal("B", 10, 10));

    private static CarrierNetwork plan(CostGrid grid, List<NetworkTerminal> terminals, List<CarrierExchange> exchanges) {
        return new CarrierNetworkPlanner(STEAM, COSTS, BUDGET).plan(grid, terminals, exchanges, PlanningMonitor.NONE);
    }

    private static LinkCost pipe(double quantity, double lengthM) {
        return COSTS.cost(TransportMode.PIPELINE, new LinkRequest(STEAM, quantity, lengthM, null)).orElseThrow();
    }

    @Test
    void aSharedTrunkBeatsTwoSeparatePipesWithHandCheckedLengths() {
        CarrierNetwork network = plan(tee(1), TEE_TERMINALS,
                List.of(new CarrierExchange("S", "A", 40_000), new CarrierExchange("S", "B", 50_000)));

        assertThat(network.treeProven()).isTrue();
        assertThat(network.segments()).hasSize(3);
        assertThat(network.lengthM()).isCloseTo(200, within(1e-9));
        assertThat(network.pointToPointLengthM()).isCloseTo(300, within(1e-9));
        Map<String, NetworkSegment> byEnd = network.segments().stream().collect(Collectors.toMap(
                s -> s.fromTerminal() != null ? s.fromTerminal() : s.toTerminal(), Function.identity()));
        NetworkSegment trunk = byEnd.get("S");
        assertThat(trunk.fromTerminal()).isEqualTo("S");
        assertThat(trunk.toTerminal()).isNull();
        assertThat(trunk.lengthM()).isCloseTo(100, within(1e-9));
        assertThat(trunk.flowPerYear()).isCloseTo(90_000, within(1e-6));
        assertThat(trunk.cells()[0]).isEqualTo(5 * 11);
        assertThat(trunk.cells()[trunk.cells().length - 1]).isEqualTo(5 * 11 + 10);
        assertThat(byEnd.get("A").toTerminal()).isEqualTo("A");
        assertThat(byEnd.get("A").lengthM()).isCloseTo(50, within(1e-9));
        assertThat(byEnd.get("A").flowPerYear()).isCloseTo(40_000, within(1e-6));
        assertThat(byEnd.get("B").flowPerYear()).isCloseTo(50_000, within(1e-6));

        // the diameters and costs are the cost model's for each segment's own flow and length
        assertThat(trunk.diameterM()).isCloseTo(pipe(90_000, 100).diameterM(), within(1e-12));
        assertThat(trunk.costPerYear()).isCloseTo(pipe(90_000, 100).costPerYear(), within(1e-6));
        assertThat(byEnd.get("A").diameterM()).isLessThan(trunk.diameterM());
        double separate = pipe(40_000, 150).costPerYear() + pipe(50_000, 150).costPerYear();
        assertThat(network.pointToPointCostPerYear()).isCloseTo(separate, within(1e-6));
        assertThat(network.costPerYear()).isCloseTo(pipe(90_000, 100).costPerYear()
                + pipe(40_000, 50).costPerYear() + pipe(50_000, 50).costPerYear(), within(1e-6));
        assertThat(network.savingPerYear()).isPositive();
        assertThat(network.savingPercent()).isCloseTo(100 * (separate - network.costPerYear()) / separate, within(1e-9));
    }

    @Test
    void flowsFromTwoSourcesAddUpAtTheBranchPoint() {
        CarrierNetwork network = plan(tee(1), TEE_TERMINALS,
                List.of(new CarrierExchange("S", "B", 30_000), new CarrierExchange("A", "B", 20_000)));

        Map<String, NetworkSegment> byEnd = network.segments().stream().collect(Collectors.toMap(
                s -> s.fromTerminal() != null ? s.fromTerminal() : s.toTerminal(), Function.identity()));
        assertThat(byEnd.get("S").flowPerYear()).isCloseTo(30_000, within(1e-6));
        assertThat(byEnd.get("A").fromTerminal()).isEqualTo("A");
        assertThat(byEnd.get("A").flowPerYear()).isCloseTo(20_000, within(1e-6));
        assertThat(byEnd.get("B").toTerminal()).isEqualTo("B");
        assertThat(byEnd.get("B").flowPerYear()).isCloseTo(50_000, within(1e-6));
        // conservation at the junction: what flows in flows out
        int junction = 5 * 11 + 10;
        double in = network.segments().stream().filter(s -> s.cells()[s.cells().length - 1] == junction)
                .mapToDouble(NetworkSegment::flowPerYear).sum();
        double out = network.segments().stream().filter(s -> s.cells()[0] == junction)
                .mapToDouble(NetworkSegment::flowPerYear).sum();
        assertThat(in).isCloseTo(out, within(1e-6)).isCloseTo(50_000, within(1e-6));
    }

    @Test
    void opposingExchangesThroughASegmentCancel() {
        CarrierNetwork network = plan(tee(1), TEE_TERMINALS,
                List.of(new CarrierExchange("S", "A", 30_000), new CarrierExchange("A", "B", 30_000)));

        Map<String, NetworkSegment> byEnd = network.segments().stream().collect(Collectors.toMap(
                s -> s.fromTerminal() != null ? s.fromTerminal() : s.toTerminal(), Function.identity()));
        // A receives 30 000 and passes 30 000 on: its branch carries nothing net
        assertThat(byEnd.get("A").flowPerYear()).isZero();
        assertThat(byEnd.get("A").diameterM()).isNull();
        assertThat(byEnd.get("A").costPerYear()).isZero();
        assertThat(byEnd.get("S").flowPerYear()).isCloseTo(30_000, within(1e-6));
        assertThat(byEnd.get("B").flowPerYear()).isCloseTo(30_000, within(1e-6));
    }

    @Test
    void dearGroundRaisesTheCapitalByTheCostModelsConstructionFactor() {
        CarrierNetwork cheap = plan(tee(1), TEE_TERMINALS,
                List.of(new CarrierExchange("S", "A", 40_000), new CarrierExchange("S", "B", 50_000)));
        CarrierNetwork dear = plan(tee(2), TEE_TERMINALS,
                List.of(new CarrierExchange("S", "A", 40_000), new CarrierExchange("S", "B", 50_000)));

        NetworkSegment trunk = dear.segments().stream().filter(s -> "S".equals(s.fromTerminal())).findFirst().orElseThrow();
        // nine steps wholly in cost-2 cells, the last half in the junction's cost-1 cell
        assertThat(trunk.weightedLengthM()).isCloseTo(195, within(1e-9));
        assertThat(trunk.lengthM()).isCloseTo(100, within(1e-9));
        assertThat(trunk.costPerYear()).isCloseTo(COSTS.cost(TransportMode.PIPELINE,
                new LinkRequest(STEAM, 90_000, 100, null), 1.95).orElseThrow().costPerYear(), within(1e-6));
        assertThat(dear.costPerYear()).isGreaterThan(cheap.costPerYear());
    }

    @Test
    void onOpenGroundTheTreeIsShorterThanSeparatePipes() {
        double[] cost = new double[21 * 11];
        Arrays.fill(cost, 1);
        CostGrid open = new CostGrid(21, 11, 10, cost);
        List<NetworkTerminal> terminals = List.of(new NetworkTerminal("chp", 0, 0),
                new NetworkTerminal("far", 20, 0), new NetworkTerminal("mid", 10, 10));
        CarrierNetwork network = plan(open, terminals,
                List.of(new CarrierExchange("chp", "far", 10_000), new CarrierExchange("chp", "mid", 10_000)));

        // separate: 20 cells straight + 10 diagonals; the tree via mid: 20 diagonals = 20√2 cells,
        // which is the octile minimum spanning tree of the three and no Steiner point does better here
        assertThat(network.pointToPointLengthM()).isCloseTo(200 + 100 * Math.sqrt(2), within(1e-9));
        assertThat(network.treeProven()).isTrue();
        assertThat(network.lengthM()).isCloseTo(200 * Math.sqrt(2), within(1e-9));
        double flowIn = network.segments().stream().filter(s -> "chp".equals(s.fromTerminal()))
                .mapToDouble(NetworkSegment::flowPerYear).sum();
        assertThat(flowIn).isCloseTo(20_000, within(1e-6));
    }

    @Test
    void aTerminalEnclosedByForbiddenCellsIsNamed() {
        double[] cost = new double[15 * 15];
        Arrays.fill(cost, 1);
        for (int x = 9; x <= 13; x++) {
            for (int y = 9; y <= 13; y++) {
                if (x == 9 || x == 13 || y == 9 || y == 13) {
                    cost[y * 15 + x] = INF;
                }
            }
        }
        CostGrid grid = new CostGrid(15, 15, 10, cost);
        List<NetworkTerminal> terminals = List.of(new NetworkTerminal("chp", 0, 0),
                new NetworkTerminal("soy", 5, 0), new NetworkTerminal("boardmill", 11, 11));
        assertThatThrownBy(() -> plan(grid, terminals, List.of(new CarrierExchange("chp", "soy", 1000),
                new CarrierExchange("chp", "boardmill", 1000))))
                .isInstanceOfSatisfying(UnreachableTerminalException.class, e -> assertThat(e.what()).isEqualTo("boardmill"))
                .hasMessageContaining("'boardmill' cannot be reached");
        List<NetworkTerminal> outside = List.of(new NetworkTerminal("chp", 0, 0), new NetworkTerminal("soy", 15, 3));
        assertThatThrownBy(() -> plan(grid, outside, List.of(new CarrierExchange("chp", "soy", 1000))))
                .isInstanceOfSatisfying(UnreachableTerminalException.class, e -> assertThat(e.what()).isEqualTo("soy"))
                .hasMessageContaining("outside the cost surface");
        List<NetworkTerminal> onWall = List.of(new NetworkTerminal("chp", 0, 0), new NetworkTerminal("soy", 9, 9));
        assertThatThrownBy(() -> plan(grid, onWall, List.of(new CarrierExchange("chp", "soy", 1000))))
                .isInstanceOfSatisfying(UnreachableTerminalException.class, e -> assertThat(e.what()).isEqualTo("soy"))
                .hasMessageContaining("forbidden cell");
    }

    @Test
    void refusesTooFewTerminalsTrucksAndStrangers() {
        assertThatThrownBy(() -> plan(tee(1), TEE_TERMINALS.subList(0, 1), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steam network needs at least 2 terminals");
        assertThatThrownBy(() -> plan(tee(1), TEE_TERMINALS, List.of(new CarrierExchange("S", "Z", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Z' is not a terminal");
        Resource flyAsh = CATALOG.find("fly_ash").orElseThrow();
        assertThatThrownBy(() -> new CarrierNetworkPlanner(flyAsh, COSTS, BUDGET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("travels by truck");
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        double[] last = {-1};
        boolean[] increasing = {true};
        new CarrierNetworkPlanner(STEAM, COSTS, BUDGET).plan(tee(1), TEE_TERMINALS,
                List.of(new CarrierExchange("S", "A", 1000)), new PlanningMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        increasing[0] &= fraction >= last[0];
                        last[0] = fraction;
                    }

                    @Override
                    public boolean cancelRequested() {
                        return false;
                    }
                });
        assertThat(increasing[0]).isTrue();
        assertThat(last[0]).isEqualTo(1.0);

        int[] calls = {0};
        assertThatThrownBy(() -> new CarrierNetworkPlanner(STEAM, COSTS, BUDGET).plan(tee(1), TEE_TERMINALS,
                List.of(new CarrierExchange("S", "A", 1000)), new PlanningMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        calls[0]++;
                    }

                    @Override
                    public boolean cancelRequested() {
                        return calls[0] >= 2;
                    }
                })).isInstanceOf(CancellationException.class);
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void aDetourBeyondTheWindowAroundTheTerminalsIsFound() {
        // a wall along column 20 with its only gap in the last row, far outside the first window
        int size = 200;
        double[] cost = new double[size * size];
        Arrays.fill(cost, 1);
        for (int y = 0; y < size - 1; y++) {
            cost[y * size + 20] = INF;
        }
        CostGrid grid = new CostGrid(size, size, 10, cost);
        List<NetworkTerminal> terminals = List.of(new NetworkTerminal("west", 10, 100), new NetworkTerminal("east", 30, 100));
        CarrierNetwork network = plan(grid, terminals, List.of(new CarrierExchange("west", "east", 1000)));

        assertThat(network.segments()).hasSize(1);
        int[] cells = network.segments().get(0).cells();
        assertThat(cells).contains((size - 1) * size + 20);
        assertThat(cells[0]).isEqualTo(100 * size + 10);
        // each side: 9 diagonal and 90 straight steps to the cell beside the gap (no diagonal step
        // into the gap past the wall's corner), then one step in: 2 × (91 + 9√2) cells
        assertThat(network.lengthM()).isCloseTo(10 * 2 * (91 + 9 * Math.sqrt(2)), within(1e-6));
        assertThat(network.pointToPointLengthM()).isCloseTo(network.lengthM(), within(1e-6));
    }

    @Test
    void aGraphAboveTheMemoryLimitIsRefusedWithTheCellSizeThatFits() {
        double[] cost = new double[100 * 100];
        Arrays.fill(cost, 1);
        CostGrid grid = new CostGrid(100, 100, 10, cost);
        List<NetworkTerminal> terminals = List.of(new NetworkTerminal("a", 0, 0), new NetworkTerminal("b", 99, 99));
        CarrierNetworkPlanner small = new CarrierNetworkPlanner(STEAM, COSTS, BUDGET, 1_000_000);
        assertThatThrownBy(() -> small.checkSize(grid, terminals))
                .isInstanceOfSatisfying(RasterTooLargeException.class, e -> {
                    assertThat(e.maxBytes()).isEqualTo(1_000_000);
                    assertThat(e.estimatedBytes()).isGreaterThan(1_000_000);
                    // 10,000 cells over the limit by a factor f fit at cells √f times as wide
                    assertThat(e.finestFittingCellSizeM()).isCloseTo(10 * Math.sqrt(e.estimatedBytes() / 1e6), within(0.01));
                });
        assertThatThrownBy(() -> small.plan(grid, terminals, List.of(new CarrierExchange("a", "b", 1000)), PlanningMonitor.NONE))
                .isInstanceOf(RasterTooLargeException.class);
        new CarrierNetworkPlanner(STEAM, COSTS, BUDGET).checkSize(grid, terminals);
    }

    @Test
    void beyondTheExactSearchTheLocalSearchFindsTheMainAlongARowOfPlants() {
        // 22 terminals (more than Dreyfus-Wagner takes) every 3 cells along row 20: the least tree
        // is the straight main, 63 cells, and the flow falls by one receiver's share at each plant
        double[] cost = new double[70 * 41];
        Arrays.fill(cost, 1);
        CostGrid grid = new CostGrid(70, 41, 10, cost);
        List<NetworkTerminal> terminals = new java.util.ArrayList<>();
        List<CarrierExchange> exchanges = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            terminals.add(new NetworkTerminal("p" + i, 3 * i, 20));
            if (i > 0) {
                exchanges.add(new CarrierExchange("p0", "p" + i, 1000));
            }
        }
        long start = System.nanoTime();
        CarrierNetwork network = plan(grid, terminals, exchanges);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(BUDGET.seconds() + 5);

        assertThat(network.treeProven()).isFalse();
        assertThat(network.lengthM()).isCloseTo(630, within(1e-6));
        assertThat(network.segments()).hasSize(21);
        for (NetworkSegment s : network.segments()) {
            int from = Integer.parseInt(s.fromTerminal().substring(1));
            assertThat(s.toTerminal()).isEqualTo("p" + (from + 1));
            assertThat(s.flowPerYear()).isCloseTo(1000.0 * (21 - from), within(1e-6));
        }
        // separate pipes from p0: 3 + 6 + … + 63 cells
        assertThat(network.pointToPointLengthM()).isCloseTo(10 * 3 * (21 * 22 / 2.0), within(1e-6));
    }

    /**
     * 11 × 7 open cells of 10 m; S (0, 3) and R (10, 3) on the middle row, 100 m apart. An
     * existing pipe may run the detour up column 0, along row 0 and down column 10 (16 cells).
     */
    private static final List<NetworkTerminal> DETOUR_TERMINALS = List.of(
            new NetworkTerminal("S", 0, 3), new NetworkTerminal("R", 10, 3));
    private static final List<CarrierExchange> S_TO_R = List.of(new CarrierExchange("S", "R", 40_000));

    private static CostGrid open11x7() {
        double[] cost = new double[11 * 7];
        Arrays.fill(cost, 1);
        return new CostGrid(11, 7, 10, cost);
    }

    private static java.util.BitSet detourCells() {
        java.util.BitSet cells = new java.util.BitSet();
        for (int y = 0; y <= 3; y++) {
            cells.set(y * 11);
            cells.set(y * 11 + 10);
        }
        cells.set(0, 11);
        return cells;
    }

    private static CarrierNetwork planWith(List<ExistingPipe> pipes) {
        return new CarrierNetworkPlanner(STEAM, COSTS, BUDGET).plan(open11x7(), DETOUR_TERMINALS, S_TO_R, pipes, 0.1,
                PlanningMonitor.NONE);
    }

    @Test
    void anExistingPipeAlongADetourIsFollowedAndItsMetresPayNoCapital() {
        // the diameter the cost model sizes for 40 000 t a year; the pipe's capacity is unknown, so its diameter decides
        double sizedM = pipe(40_000, 100).diameterM();
        CarrierNetwork network = planWith(List.of(new ExistingPipe("pl-detour", "steam", sizedM, null, detourCells())));

        // along the pipe the search pays 0.1 a cell, and cuts its two corners diagonally from one of
        // its cells to the next: 12 straight steps + 2 diagonal = (12 + 2√2) × 0.1 = 1.48 cells
        // against 10 cells straight; 120 + 20√2 = 148.28 m, every step between two cells of the pipe
        double alongM = 120 + 20 * Math.sqrt(2);
        assertThat(network.segments()).hasSize(1);
        NetworkSegment s = network.segments().get(0);
        assertThat(s.lengthM()).isCloseTo(alongM, within(1e-9));
        assertThat(s.weightedLengthM()).isCloseTo(alongM, within(1e-9));
        assertThat(s.reusedLengthM()).isCloseTo(alongM, within(1e-9));
        assertThat(s.reusedPipelineIds()).containsExactly("pl-detour");
        assertThat(s.notes()).isEmpty();
        assertThat(network.reusedLengthM()).isCloseTo(alongM, within(1e-9));
        LinkCost existing = COSTS.cost(TransportMode.PIPELINE, new LinkRequest(STEAM, 40_000, alongM, null, sizedM), 1)
                .orElseThrow();
        assertThat(s.costPerYear()).isCloseTo(existing.costPerYear(), within(1e-6));
        // same diameter, length and flow: O&M, pumping and heat loss are those of a new pipe, and
        // only the capital annuity is gone: (391 + 5824 D) EUR/m × 148.28 m × CRF(8 %, 25 y) = 0.093679
        double capitalPerYear = (391 + 5824 * sizedM) * alongM * 0.0936788;
        assertThat(pipe(40_000, alongM).costPerYear() - s.costPerYear()).isCloseTo(capitalPerYear, within(0.01));
        // cheaper than the 100 m of new pipe straight across, which the planner found before
        assertThat(s.costPerYear()).isLessThan(pipe(40_000, 100).costPerYear());
        // the separate pipe reuses the existing one the same way, so the comparison stays fair
        assertThat(network.pointToPoint().get(0).reusedLengthM()).isCloseTo(alongM, within(1e-9));
        assertThat(network.pointToPointCostPerYear()).isCloseTo(s.costPerYear(), within(1e-6));
    }

    @Test
    void aPipeWithEnoughCapacityIsPricedAtItsOwnDiameter() {
        java.util.BitSet middleRow = new java.util.BitSet();
        middleRow.set(3 * 11, 4 * 11);
        CarrierNetwork network = planWith(List.of(new ExistingPipe("pl-big", "steam", 0.3, 250_000.0, middleRow)));

        NetworkSegment s = network.segments().get(0);
        assertThat(s.reusedLengthM()).isCloseTo(100, within(1e-9));
        assertThat(s.reusedPipelineIds()).containsExactly("pl-big");
        assertThat(s.costPerYear()).isCloseTo(COSTS.cost(TransportMode.PIPELINE,
                new LinkRequest(STEAM, 40_000, 100, null, 0.3), 1).orElseThrow().costPerYear(), within(1e-6));
        assertThat(s.costPerYear()).isLessThan(pipe(40_000, 100).costPerYear());
    }

    @Test
    void aLongWayAlongAnOversizedPipeLosesToANewPipeStraightAcross() {
        // a 300 mm steam pipe loses more heat than the 107 mm one the flow needs: 148 m along it
        // cost more a year than 100 m of new pipe, so the plain search's network is kept
        CarrierNetwork network = planWith(List.of(new ExistingPipe("pl-big", "steam", 0.3, 250_000.0, detourCells())));
        double alongM = 120 + 20 * Math.sqrt(2);
        double along = COSTS.cost(TransportMode.PIPELINE, new LinkRequest(STEAM, 40_000, alongM, null, 0.3), 1)
                .orElseThrow().costPerYear();
        assertThat(along).isGreaterThan(pipe(40_000, 100).costPerYear());

        assertThat(network.lengthM()).isCloseTo(100, within(1e-9));
        assertThat(network.reusedLengthM()).isZero();
        assertThat(network.costPerYear()).isCloseTo(pipe(40_000, 100).costPerYear(), within(1e-6));
    }

    @Test
    void aPipeTooSmallForTheFlowIsNotReusedAndTheSegmentSaysWhy() {
        java.util.BitSet middleRow = new java.util.BitSet();
        middleRow.set(3 * 11, 4 * 11);
        CarrierNetwork network = planWith(List.of(new ExistingPipe("pl-small", "steam", 0.3, 10_000.0, middleRow)));

        NetworkSegment s = network.segments().get(0);
        assertThat(s.lengthM()).isCloseTo(100, within(1e-9));
        assertThat(s.reusedLengthM()).isZero();
        assertThat(s.reusedPipelineIds()).isEmpty();
        assertThat(s.costPerYear()).isCloseTo(pipe(40_000, 100).costPerYear(), within(1e-6));
        assertThat(s.notes()).singleElement().asString().contains("pl-small", "100 m", "40000 t", "capacity of 10000");
    }

    @Test
    void aTooSmallPipeAlongADetourDoesNotLeadTheTreeAstray() {
        CarrierNetwork network = planWith(List.of(new ExistingPipe("pl-small", "steam", 0.3, 10_000.0, detourCells())));

        // the first search follows the pipe (160 m of new pipe); the second, without its discount, goes straight
        NetworkSegment s = network.segments().get(0);
        assertThat(s.lengthM()).isCloseTo(100, within(1e-9));
        assertThat(s.reusedLengthM()).isZero();
        assertThat(s.costPerYear()).isCloseTo(pipe(40_000, 100).costPerYear(), within(1e-6));
        assertThat(network.pointToPoint().get(0).lengthM()).isCloseTo(100, within(1e-9));
    }

    @Test
    void pipesOfAnotherCarrierAreIgnored() {
        CarrierNetwork network = planWith(List.of(new ExistingPipe("pl-water", "hot_water", 0.3, 250_000.0, detourCells())));

        assertThat(network.lengthM()).isCloseTo(100, within(1e-9));
        assertThat(network.reusedLengthM()).isZero();
    }
}

package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.ZoningClass;
import org.symbiopark.routing.SurfaceLayers.CorridorShape;
import org.symbiopark.routing.SurfaceLayers.LandArea;
import org.symbiopark.routing.SurfaceLayers.PlantSite;

/**
 * Cost surfaces of small hand-made parks, 200 m × 100 m in 10 m cells (20 columns × 10 rows, row
 * 0 along y = 90..100), open unzoned land of cost 1 unless a test adds layers; costs of whole
 * paths checked by hand with the default parameters (river crossing 300, road 60 equivalent m).
 */
class CostSurfaceBuilderTest {

    static final Envelope EXTENT = new Envelope(0, 200, 0, 100);
    static final CostSurfaceParameters PARAMETERS = CostSurfaceParameters.loadDefault();
    private static final WKTReader WKT = new WKTReader();

    static Geometry wkt(String text) {
        try {
            return WKT.read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static CorridorShape corridor(String id, CorridorKind kind, Double factor, String geometry) {
        return new CorridorShape(id, kind, factor, wkt(geometry));
    }

    static CostSurface surface(List<CorridorShape> corridors, List<PlantSite> plants, Set<String> passable,
                               ElevationGrid dem) {
        SurfaceLayers layers = new SurfaceLayers(List.of(), corridors, plants);
        return new CostSurfaceBuilder(PARAMETERS).build(layers, new SurfaceSpec(EXTENT, 10, passable, dem));
    }

    static LeastCostPath path(CostSurface surface, Neighbourhood neighbourhood, double x0, double y0, double x1,
                              double y1) {
        return new LeastCostPathFinder(neighbourhood).find(surface, new Terminal("a", new Coordinate(x0, y0)),
                new Terminal("b", new Coordinate(x1, y1)));
    }

    @Test
    void openLandCostsItsLengthAndTheLineIsStraight() {
        CostSurface surface = surface(List.of(), List.of(), Set.of(), null);
        assertThat(surface.grid().columns()).isEqualTo(20);
        assertThat(surface.grid().rows()).isEqualTo(10);

        LeastCostPath p = path(surface, Neighbourhood.EIGHT, 15, 15, 185, 75);

        assertThat(p.lineM().getNumPoints()).isEqualTo(2);
        assertThat(p.lengthM()).isCloseTo(Math.hypot(170, 60), within(1e-9));
        assertThat(p.cost()).isCloseTo(Math.hypot(170, 60), within(1e-9));
        // the 8-neighbour staircase is dearer than the straight line it was simplified to
        assertThat(p.gridCost()).isGreaterThan(p.cost());
    }

    @Test
    void aRiverCostsOnePenaltyPerCrossing() {
        // a river across the park in the middle of row 4 (y = 50..60)
        CostSurface surface = surface(List.of(corridor("river", CorridorKind.RIVER, 5.0,
                "LINESTRING (-10 55, 210 55)")), List.of(), Set.of(), null);

        LeastCostPath across = path(surface, Neighbourhood.EIGHT, 15, 15, 15, 85);
        // 70 m of ground, 10 of them in the river cell, plus the penalty once
        assertThat(across.cost()).isCloseTo(70 + 300, within(1e-6));

        LeastCostPath along = path(surface, Neighbourhood.EIGHT, 15, 15, 185, 35);
        assertThat(along.cost()).as("no crossing, no penalty").isCloseTo(Math.hypot(170, 20), within(1e-6));
    }

    @Test
    void aSlantingRiverCannotBeJumpedDiagonally() {
        // a river at about 27°: rasterised 4-connected, so no 8- or 16-neighbour step slips through
        CostSurface surface = surface(List.of(corridor("river", CorridorKind.RIVER, 5.0,
                "LINESTRING (-10 -3, 210 107)")), List.of(), Set.of(), null);
        for (Neighbourhood n : Neighbourhood.values()) {
            for (double x = 25; x < 180; x += 20) {
                LeastCostPath p = path(surface, n, x, 95, x + 5, 5);
                double penaltyPaid = p.cost() - p.lengthM();
                assertThat(penaltyPaid).as("%s from x=%s", n, x).isBetween(300 - 1e-6, 300 * 1.05);
                assertThat(p.gridCost()).as("the grid path pays it too").isGreaterThanOrEqualTo(300);
            }
        }
    }

    @Test
    void aScaledRiverFactorScalesItsPenalty() {
        CostSurface surface = surface(List.of(corridor("river", CorridorKind.RIVER, 10.0,
                "LINESTRING (-10 55, 210 55)")), List.of(), Set.of(), null);
        assertThat(path(surface, Neighbourhood.EIGHT, 15, 15, 15, 85).cost()).isCloseTo(70 + 600, within(1e-6));
    }

    @Test
    void aRoadIsCheapAlongAndPenalisedAcross() {
        // a road along row 8 (y = 10..20): its band (20 m wide) covers rows 7..9 at factor 0.7
        CostSurface along = surface(List.of(corridor("road", CorridorKind.ROAD, 0.7,
                "LINESTRING (-10 15, 210 15)")), List.of(), Set.of(), null);
        assertThat(along.grid().cost(5, 7)).isCloseTo(0.7, within(1e-12));
        assertThat(along.grid().cost(5, 6)).isCloseTo(1.0, within(1e-12));
        LeastCostPath alongSide = path(along, Neighbourhood.EIGHT, 15, 25, 185, 25);
        assertThat(alongSide.cost()).isCloseTo(170 * 0.7, within(1e-6));

        // a road across the path at x = 105: 30 m of band at 0.7, its centre line's penalty once
        CostSurface across = surface(List.of(corridor("road", CorridorKind.ROAD, 0.7,
                "LINESTRING (105 -10, 105 110)")), List.of(), Set.of(), null);
        assertThat(path(across, Neighbourhood.EIGHT, 15, 15, 185, 15).cost())
                .isCloseTo(140 + 30 * 0.7 + 60, within(1e-6));
    }

    @Test
    void aPathDetoursToAUtilityCorridor() {
        // a cheap utility strip along row 8; the ends are in row 6, 20 m north of it
        CostSurface surface = surface(List.of(corridor("utility", CorridorKind.UTILITY, 0.2,
                "LINESTRING (-10 15, 210 15)")), List.of(), Set.of(), null);

        LeastCostPath p = path(surface, Neighbourhood.SIXTEEN, 15, 35, 185, 35);

        assertThat(p.cost()).isLessThan(100).isGreaterThan(170 * 0.2);
        assertThat(p.lineM().getEnvelopeInternal().getMinY()).isLessThan(20);
    }

    @Test
    void aBuildingForcesADetourAndTheLineNeverCutsIt() {
        Geometry building = wkt("POLYGON ((90 0, 110 0, 110 70, 90 70, 90 0))");
        CostSurface surface = surface(List.of(new CorridorShape("hall", CorridorKind.BUILDING, null, building)),
                List.of(), Set.of(), null);
        for (Neighbourhood n : Neighbourhood.values()) {
            LeastCostPath p = path(surface, n, 45, 15, 155, 15);

            assertThat(p.lineM().intersects(building)).as("%s: %s", n, p.lineM()).isFalse();
            // over the top of the hall at y >= 70: at least twice the slant from an end to its corner
            assertThat(p.lengthM()).isGreaterThan(2 * Math.hypot(45, 55));
            assertThat(p.cost()).isCloseTo(p.lengthM(), within(1e-6));
            assertThat(p.cost()).isLessThanOrEqualTo(p.gridCost() + 1e-6 + 2 * 10);
        }
    }

    @Test
    void otherPlantsAreObstaclesButATerminalsOwnSiteIsNot() {
        PlantSite wall = new PlantSite("wall", wkt("POLYGON ((90 -5, 110 -5, 110 105, 90 105, 90 -5))"));
        PlantSite own = new PlantSite("own", wkt("POLYGON ((10 10, 40 10, 40 40, 10 40, 10 10))"));
        CostSurface closed = surface(List.of(), List.of(wall, own), Set.of("own"), null);
        assertThatThrownBy(() -> new LeastCostPathFinder(Neighbourhood.EIGHT).find(closed,
                new Terminal("plant 'own'", new Coordinate(25, 25)), new Terminal("point east", new Coordinate(185, 50))))
                .isInstanceOf(UnreachableTerminalException.class)
                .hasMessageContaining("cannot be reached from plant 'own'")
                .extracting(e -> ((UnreachableTerminalException) e).what()).isEqualTo("point east");

        CostSurface open = surface(List.of(), List.of(wall, own), Set.of("own", "wall"), null);
        assertThat(open.grid().isForbidden(2, 7)).isFalse();
        assertThat(path(open, Neighbourhood.EIGHT, 25, 25, 185, 50).lengthM()).isCloseTo(Math.hypot(160, 25),
                within(1e-9));

        CostSurface blocked = surface(List.of(), List.of(wall, own), Set.of("wall"), null);
        assertThatThrownBy(() -> path(blocked, Neighbourhood.EIGHT, 25, 25, 95, 50))
                .isInstanceOf(UnreachableTerminalException.class).hasMessageContaining("a stands on a forbidden cell");
    }

    @Test
    void aTerminalsCellStaysOpenWhenAnotherPlantSharesIt() {
        PlantSite mine = new PlantSite("mine", wkt("POINT (12 12)"));
        PlantSite neighbour = new PlantSite("neighbour", wkt("POINT (18 18)"));
        CostSurface surface = surface(List.of(), List.of(mine, neighbour), Set.of("mine"), null);
        assertThat(surface.grid().isForbidden(1, 8)).isFalse();
        assertThat(path(surface, Neighbourhood.EIGHT, 12, 12, 185, 12).lengthM()).isCloseTo(173, within(1e-9));

        CostSurface other = surface(List.of(), List.of(mine, neighbour), Set.of(), null);
        assertThat(other.grid().isForbidden(1, 8)).isTrue();
    }

    @Test
    void anEnclosedTerminalIsNamed() {
        Geometry ring = wkt("POLYGON ((20 20, 80 20, 80 80, 20 80, 20 20), (30 30, 70 30, 70 70, 30 70, 30 30))");
        CostSurface surface = surface(List.of(new CorridorShape("fence", CorridorKind.PROTECTED, null, ring)),
                List.of(), Set.of(), null);
        for (boolean enclosedFirst : new boolean[] {true, false}) {
            Terminal inside = new Terminal("plant 'inside'", new Coordinate(50, 50));
            Terminal outside = new Terminal("plant 'outside'", new Coordinate(150, 50));
            LeastCostPathFinder finder = new LeastCostPathFinder(Neighbourhood.SIXTEEN);
            assertThatThrownBy(() -> {
                if (enclosedFirst) {
                    finder.find(surface, inside, outside);
                } else {
                    finder.find(surface, outside, inside);
                }
            }).isInstanceOf(UnreachableTerminalException.class)
                    .hasMessageContaining("plant 'inside' is enclosed by forbidden cells")
                    .extracting(e -> ((UnreachableTerminalException) e).what()).isEqualTo("plant 'inside'");
        }
    }

    @Test
    void aTerminalOutsideTheSurfaceIsNamed() {
        CostSurface surface = surface(List.of(), List.of(), Set.of(), null);
        assertThatThrownBy(() -> new LeastCostPathFinder(Neighbourhood.EIGHT).find(surface,
                new Terminal("point [1, 2]", new Coordinate(-50, 50)), new Terminal("b", new Coordinate(50, 50))))
                .isInstanceOf(UnreachableTerminalException.class)
                .hasMessageContaining("point [1, 2] lies outside the cost surface");
    }

    @Test
    void aDemAddsItsSlopeCost() throws IOException {
        // a 10 % grade rising eastwards: z = 0.1 x at every cell centre
        StringBuilder dem = new StringBuilder("ncols 20\nnrows 10\nxllcorner 0\nyllcorner 0\ncellsize 10\n"
                + "NODATA_value -9999\n");
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 20; c++) {
                dem.append(0.1 * (c * 10 + 5)).append(c == 19 ? "\n" : " ");
            }
        }
        ElevationGrid elevation = ElevationGrid.read(new StringReader(dem.toString()));
        assertThat(elevation.elevationAt(100, 50)).isCloseTo(10, within(1e-9));
        CostSurface surface = surface(List.of(), List.of(), Set.of(), elevation);
        // inside the edge columns: 1 + slope.costPerGradient (5) × 0.1
        assertThat(surface.grid().cost(10, 5)).isCloseTo(1.5, within(1e-9));

        LeastCostPath p = path(surface, Neighbourhood.EIGHT, 15, 55, 185, 55);
        assertThat(p.cost()).isCloseTo(170 * 1.5, within(1e-6));
    }

    @Test
    void theMemoryGuardGivesTheFinestCellSizeThatFits() {
        Envelope tenKm = new Envelope(0, 10_000, 0, 10_000);
        long limit = 1 << 20;
        CostSurfaceBuilder builder = new CostSurfaceBuilder(PARAMETERS, limit);
        SurfaceLayers none = new SurfaceLayers(List.of(), List.of(), List.of());

        RasterTooLargeException e = org.junit.jupiter.api.Assertions.assertThrows(RasterTooLargeException.class,
                () -> builder.build(none, new SurfaceSpec(tenKm, 10, Set.of(), null)));

        assertThat(e.cellSizeM()).isEqualTo(10);
        assertThat(e.estimatedBytes()).isEqualTo(1_000_000L * CostSurfaceBuilder.BYTES_PER_CELL);
        double fit = e.finestFittingCellSizeM();
        assertThat(e.getMessage()).contains("a cell size of " + fit + " m or more fits");
        assertThat(CostSurfaceBuilder.estimateBytes(tenKm, fit, false)).isLessThanOrEqualTo(limit);
        assertThat(CostSurfaceBuilder.estimateBytes(tenKm, fit - 0.01, false)).isGreaterThan(limit);
        assertThat(builder.build(none, new SurfaceSpec(tenKm, fit, Set.of(), null)).grid().cellCount())
                .isPositive();
    }

    @Test
    void zoningSetsTheBaseCost() {
        SurfaceLayers layers = new SurfaceLayers(List.of(
                new LandArea("homes", ZoningClass.RESIDENTIAL, wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))")),
                new LandArea("reserve", ZoningClass.PROTECTED, wkt("POLYGON ((100 0, 200 0, 200 50, 100 50, 100 0))"))),
                List.of(), List.of());
        CostSurface surface = new CostSurfaceBuilder(PARAMETERS).build(layers,
                new SurfaceSpec(EXTENT, 10, Set.of(), null));
        assertThat(surface.grid().cost(3, 3)).isEqualTo(PARAMETERS.landCost(ZoningClass.RESIDENTIAL));
        assertThat(surface.grid().isForbidden(15, 7)).isTrue();
        assertThat(surface.grid().cost(15, 2)).isEqualTo(PARAMETERS.landCost(null));
    }
}

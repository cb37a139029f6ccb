package org.symbiopark.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.symbiopark.exchange.DistanceMethod;
import org.symbiopark.exchange.ExchangeCostModel;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.Direction;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.ZoningClass;

/**
 * A tiny park drawn in metres (so the work-CRS transform is the identity):
 *
 * <pre>
 *  y=400 +-----+
 *        | P4  |  residential
 *  y=300 +-----+
 *
 *  y=100 +-----+   +-----+   +-+                          +-----+
 *        | P1  |   | P2  |   |P3| (20 × 20 m)              | P5  | occupied by existing E
 *  y=0   +-----+   +-----+   +-+                          +-----+
 *        x=0  100  200  300  400                          1000  1100
 *        ind.-heavy ind.-light chemical                    ind.-heavy
 * </pre>
 *
 * P1 is 200 m from P4, P2 √(100² + 200²) ≈ 224 m.
 * A (proposed, 5,000 m², heavy or light industry, buffer 210 m) fits only P2: P1 is inside its
 * buffer, P3 has the wrong zoning, P5 is occupied. B (proposed, 1,000 m², any industrial class)
 * fits P1 and P2 but not P3 (400 m²) nor P4 (residential). E steams A.
 */
class ParkSitingProblemTest {

    private static final ResourceCatalog CATALOG = ResourceCatalog.loadDefault();
    private static final Park PARK = new Park("tiny", "Tiny", "RU", List.of("ru"), "RUB", 32653, 0.08, 30, "");

    @Test
    void zoningAreaBufferAndOccupancyRuleParcelsOutAndTheExistingPlantIsPinned() {
        ParkSitingProblem problem = create(plants(a(), b()));
        QapInstance q = problem.instance();
        assertThat(problem.plants()).extracting(Plant::id).containsExactly("E", "A", "B");
        assertThat(problem.parcels()).extracting(Parcel::id).containsExactly("P1", "P2", "P3", "P4", "P5");
        assertThat(q.pinned()).containsExactly(4, -1, -1);
        // A: P1 buffer, P2 ok, P3 and P4 zoning, P5 occupied
        assertThat(q.forbidden()[1]).containsExactly(true, false, true, true, true);
        // B: P1 ok, P2 ok, P3 too small, P4 zoning, P5 occupied
        assertThat(q.forbidden()[2]).containsExactly(false, false, true, true, true);
        assertThat(problem.distanceMethod()).isEqualTo(DistanceMethod.STRAIGHT_X_DETOUR);
        assertThat(q.distance()[0][1]).as("200 m straight × detour 1.3").isEqualTo(260);
        assertThat(q.distance()[1][4]).isEqualTo(1040);
        assertThat(q.flow()[0][1]).as("E's steam to A costs per metre").isPositive();
        assertThat(q.flow()[1][0]).isZero();
        assertThat(q.flow()[0][2]).isZero();
        double crf = ExchangeCostModel.capitalRecoveryFactor(0.08, 30);
        assertThat(q.linearCost()[2][0]).isEqualTo(Math.round(10 * 1000 * crf * 100));
        assertThat(q.linearCost()[2][1]).isEqualTo(Math.round(20 * 1000 * crf * 100));

        SitingAlgorithm.Result result = new IteratedTabuSearch().solve(q, SitingAlgorithm.Limits.iterations(200, 1, 1));
        assertThat(problem.placements(result.assignment())).containsExactly(
                new ParkSitingProblem.Placement("E", "P5", true),
                new ParkSitingProblem.Placement("A", "P2", false),
                new ParkSitingProblem.Placement("B", "P1", false));
        ParkSitingProblem.Costs costs = problem.costs(result.assignment());
        assertThat(costs.landPerYear()).isCloseTo(10 * 1000 * crf + 20 * 5000 * crf, org.assertj.core.data.Offset.offset(0.05));
        assertThat(costs.exchangeTransportPerYear()).isCloseTo(q.flow()[0][1] * 1040 / 100.0,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ParkSitingProblem.toCurrency(result.objective())).isCloseTo(costs.totalPerYear(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(problem.currentAssignment()).isEmpty();
    }

    @Test
    void theCurrentLayoutIsKnownWhenEveryPlantNamesAParcel() {
        Plant placedB = withParcel(b(), "P2");
        Plant placedA = withParcel(a(), "P1"); // against its buffer: the current layout may break rules
        ParkSitingProblem problem = create(plants(placedA, placedB));
        assertThat(problem.currentAssignment()).hasValueSatisfying(c -> assertThat(c).containsExactly(4, 0, 1));
    }

    @Test
    void aPlantThatFitsNoParcelIsNamedWithTheRulePerZoningClass() {
        Plant huge = new Plant("C", "Huge", "C2011", DevelopmentStatus.PROPOSED, null, 1.0e6, null, 0,
                List.of(ZoningClass.INDUSTRIAL_HEAVY, ZoningClass.CHEMICAL), null, List.of());
        assertThatThrownBy(() -> create(plants(a(), huge)))
                .isInstanceOf(InvalidParkException.class)
                .hasMessageContaining("plant 'C' fits no parcel")
                .hasMessageContaining("industrial-heavy: buildable area (area × maxCoverage) below the footprint 1000000 m² [1 parcel]; parcel is occupied [1 parcel]")
                .hasMessageContaining("industrial-light: zoning not allowed (allowed: industrial-heavy, chemical) [1 parcel]")
                .hasMessageContaining("chemical: buildable area");
    }

    @Test
    void distancesRunAlongTheRoadNetworkWhenTheParkHasOne() {
        // a road 100 m south of P1, P2 and P5's centroids (y = 50), 400 m south of P4's
        Corridor road = new Corridor("road", "Road", geometry("LINESTRING (-100 -50, 1200 -50)"), CorridorKind.ROAD, null);
        Corridor river = new Corridor("river", "River", geometry("LINESTRING (0 200, 1100 200)"), CorridorKind.RIVER, null);
        ParkData data = new ParkData(PARK, parcels(), plants(a(), b()), List.of(), List.of(road, river), List.of());
        ParkSitingProblem problem = create(data, ExchangeParameters.loadDefault());
        long[][] d = problem.instance().distance();
        assertThat(problem.distanceMethod()).isEqualTo(DistanceMethod.NETWORK);
        assertThat(problem.offNetworkPairs()).isZero();
        assertThat(d[0][1]).as("P1→P2: 100 down, 200 along, 100 up").isEqualTo(400);
        assertThat(d[0][4]).as("P1→P5").isEqualTo(1200);
        assertThat(d[0][3]).as("P1→P4: 100 down, 400 up to P4").isEqualTo(500);
        assertThat(d[1][0]).isEqualTo(d[0][1]);
        assertThat(d[2][2]).isZero();

        ParkSitingResult result = ParkSitingResult.of(problem,
                new IteratedTabuSearch().solve(problem.instance(), SitingAlgorithm.Limits.iterations(100, 1, 1)));
        assertThat(result.distanceMethod()).isEqualTo(DistanceMethod.NETWORK);
    }

    @Test
    void pairsADisconnectedNetworkDoesNotJoinFallBackToStraightTimesDetour() {
        // two separate roads: one under P1 and P2, one under P3 and P5 (P4 attaches to the first)
        Corridor west = new Corridor("w", "West", geometry("LINESTRING (-100 -50, 320 -50)"), CorridorKind.ROAD, null);
        Corridor east = new Corridor("e", "East", geometry("LINESTRING (380 -50, 1200 -50)"), CorridorKind.UTILITY, null);
        ParkData data = new ParkData(PARK, parcels(), plants(a(), b()), List.of(), List.of(west, east), List.of());
        ParkSitingProblem problem = create(data, ExchangeParameters.loadDefault());
        long[][] d = problem.instance().distance();
        assertThat(problem.distanceMethod()).isEqualTo(DistanceMethod.NETWORK);
        assertThat(d[0][1]).isEqualTo(400);
        assertThat(d[0][4]).as("P1→P5 straight 1000 m × 1.3").isEqualTo(1300);
        // P1, P2, P4 on the west road; P3, P5 on the east one: 3 × 2 pairs cross
        assertThat(problem.offNetworkPairs()).isEqualTo(6);
    }

    @Test
    void connectingToAnExistingTrunkOfTheCarrierIsPartOfTheLinearTerm() {
        // capital only (no diameter term, no O&M, no pumping): a new pipe costs 500 EUR/m × CRF a year
        ExchangeParameters parameters = ExchangeParameters.loadDefault()
                .with("pipe.other.costPerDiameterEurPerM2", 0)
                .with("pipe.operationShareOfCapexPerYear", 0)
                .with("pipe.pumpingElectricityEurPerMWh", 0);
        // a process-water main at x = -100: 150 m from P1's centroid (50, 50), 350 m from P2's (250, 50)
        Pipeline main = new Pipeline("main", "Water main", geometry("LINESTRING (-100 -100, -100 200)"), "process_water",
                300.0, null, DevelopmentStatus.EXISTING, null);
        Pipeline planned = new Pipeline("planned", "Planned", geometry("LINESTRING (240 0, 240 100)"), "process_water",
                300.0, null, DevelopmentStatus.PROPOSED, null);
        Plant thirsty = new Plant("B", "Workshop", "C2511", DevelopmentStatus.PROPOSED, null, 1000.0, null, 0, List.of(),
                null, List.of(new ResourceStream(Direction.IN, "process_water", 10_000, "m3", null, null, false, null, null)));
        ParkData data = new ParkData(PARK, parcels(), plants(a(), thirsty), List.of(main, planned), List.of(), List.of());
        ParkSitingProblem problem = create(data, parameters);
        double crf = ExchangeCostModel.capitalRecoveryFactor(0.08, 30);
        double perMetre = 500 * crf * 94; // RUB per EUR
        QapInstance q = problem.instance();
        assertThat(q.linearCost()[2][0]).isEqualTo(Math.round(10 * 1000 * crf * 100) + Math.round(150 * perMetre * 100));
        assertThat(q.linearCost()[2][1]).isEqualTo(Math.round(20 * 1000 * crf * 100) + Math.round(350 * perMetre * 100));
        assertThat(q.linearCost()[1][1]).as("A takes no process water").isEqualTo(Math.round(20 * 5000 * crf * 100));

        ParkSitingProblem.Costs costs = problem.costs(new int[] {4, 1, 0});
        assertThat(costs.connectionPerYear()).isCloseTo(150 * perMetre, org.assertj.core.data.Offset.offset(0.01));
        assertThat(costs.landPerYear()).isCloseTo(10 * 1000 * crf + 20 * 5000 * crf, org.assertj.core.data.Offset.offset(0.02));
        assertThat(costs.totalPerYear()).isCloseTo(costs.exchangeTransportPerYear() + costs.landPerYear()
                + costs.connectionPerYear(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void plantsThatEachFitButNotAllTogetherAreNamed() {
        Plant twin = new Plant("A2", "Second sawmill", "C1610", DevelopmentStatus.PROPOSED, null, 5000.0, 3, 210,
                List.of(ZoningClass.INDUSTRIAL_HEAVY, ZoningClass.INDUSTRIAL_LIGHT), null, List.of());
        assertThatThrownBy(() -> create(plants(a(), twin, b())))
                .isInstanceOf(InvalidParkException.class)
                .hasMessageContaining("plants 'A', 'A2' cannot all be placed together: too few allowed parcels")
                .hasMessageContaining("only use 1 parcel (P2) for 2 plants")
                .message().doesNotContain("'B'");
    }

    private static ParkSitingProblem create(List<Plant> plants) {
        return create(new ParkData(PARK, parcels(), plants, List.of(), List.of(), List.of()), ExchangeParameters.loadDefault());
    }

    private static ParkSitingProblem create(ParkData data, ExchangeParameters parameters) {
        UnaryOperator<Geometry> identity = g -> g;
        return ParkSitingProblem.create(data, identity, CATALOG, new ExchangeCostModel(parameters, 0.08, 30, "RUB"),
                ExchangeCostModel.capitalRecoveryFactor(0.08, 30), 1.3);
    }

    private static Geometry geometry(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<Parcel> parcels() {
        return List.of(
                parcel("P1", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))", ZoningClass.INDUSTRIAL_HEAVY, ParcelStatus.AVAILABLE, 10),
                parcel("P2", "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))", ZoningClass.INDUSTRIAL_LIGHT, ParcelStatus.AVAILABLE, 20),
                parcel("P3", "POLYGON ((400 0, 420 0, 420 20, 400 20, 400 0))", ZoningClass.CHEMICAL, ParcelStatus.AVAILABLE, 5),
                parcel("P4", "POLYGON ((0 300, 100 300, 100 400, 0 400, 0 300))", ZoningClass.RESIDENTIAL, ParcelStatus.AVAILABLE, 50),
                parcel("P5", "POLYGON ((1000 0, 1100 0, 1100 100, 1000 100, 1000 0))", ZoningClass.INDUSTRIAL_HEAVY, ParcelStatus.OCCUPIED, 10));
    }

    private static List<Plant> plants(Plant... proposed) {
        List<Plant> all = new ArrayList<>();
        all.add(new Plant("E", "Boiler house", "D3530", DevelopmentStatus.EXISTING, null, 2000.0, null, 0, List.of(),
                "P5", List.of(new ResourceStream(Direction.OUT, "steam", 50_000, "t", 200.0, null, false, null, null))));
        all.addAll(List.of(proposed));
        return all;
    }

    private static Plant a() {
        return new Plant("A", "Sawmill", "C1610", DevelopmentStatus.PROPOSED, null, 5000.0, 3, 210,
                List.of(ZoningClass.INDUSTRIAL_HEAVY, ZoningClass.INDUSTRIAL_LIGHT), null,
                List.of(new ResourceStream(Direction.IN, "steam", 30_000, "t", 150.0, null, false, null, null)));
    }

    private static Plant b() {
        return new Plant("B", "Workshop", "C2511", DevelopmentStatus.PROPOSED, null, 1000.0, null, 0, List.of(), null,
                List.of());
    }

    private static Plant withParcel(Plant p, String parcelId) {
        return new Plant(p.id(), p.name(), p.industry(), p.status(), p.geometry(), p.footprintM2(), p.hazardClass(),
                p.safetyBufferM(), p.allowedZoning(), parcelId, p.streams());
    }

    private static Parcel parcel(String id, String wkt, ZoningClass zoning, ParcelStatus status, double price) {
        try {
            return new Parcel(id, id, new WKTReader().read(wkt), zoning, status, price, null, null);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}

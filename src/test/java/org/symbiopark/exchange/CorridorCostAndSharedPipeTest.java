package org.symbiopark.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiopark.exchange.ExchangeTestParks.GEOMETRY;
import static org.symbiopark.exchange.ExchangeTestParks.in;
import static org.symbiopark.exchange.ExchangeTestParks.out;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Hand-computed: pipes follow the route of least cost-weighted length and pay capex on it; links
 * along one existing pipeline share its capacity. Arithmetic as in {@link ExchangeEngineTest}
 * (CRF 0.1, no O&amp;M, 8,000 h/yr).
 */
class CorridorCostAndSharedPipeTest {

    private static final double REL = 1e-4;

    /**
     * A at (0,−10), B at (1,000,−10): 10-m connectors (factor 1) to (0,0) and (1,000,0). A road
     * (0,0)–(1,000,0) and a utility corridor (0,0)–(0,200)–(1,000,200)–(1,000,0), 1,400 m.
     */
    private static PlantDistances twoRoutes(double roadFactor, double utilityFactor) {
        List<Geometry> lines = List.of(line(0, 0, 1000, 0), line(0, 0, 0, 200, 1000, 200, 1000, 0));
        return new PlantDistances(List.of(GEOMETRY.createPoint(new Coordinate(0, -10)),
                GEOMETRY.createPoint(new Coordinate(1000, -10))), lines, List.of(roadFactor, utilityFactor), 1.3);
    }

    @Test
    void pipesFollowTheRouteOfLeastWeightedLength() {
        // road 0.8 × 1,000 = 800 against utility 0.5 × 1,400 = 700: the pipe takes the utility
        // corridor, 10 + 1,400 + 10 = 1,420 m long, weighted 10 + 700 + 10 = 720 m; trucks 1,020 m
        Distance d = twoRoutes(0.8, 0.5).between(0, 1);
        assertEquals(1020.0, d.lengthM(), 1e-9);
        assertEquals(1420.0, d.pipeLengthM(), 1e-9);
        assertEquals(720.0, d.pipeCostLengthM(), 1e-9);
        // utility at 0.6: 840 > 800, the pipe follows the road: 1,020 m, weighted 10 + 800 + 10
        Distance viaRoad = twoRoutes(0.8, 0.6).between(0, 1);
        assertEquals(1020.0, viaRoad.pipeLengthM(), 1e-9);
        assertEquals(820.0, viaRoad.pipeCostLengthM(), 1e-9);
        // one factor everywhere: the shortest route, weighted by it
        Distance uniform = twoRoutes(0.7, 0.7).between(1, 0);
        assertEquals(1020.0, uniform.pipeLengthM(), 1e-9);
        assertEquals(20 + 700.0, uniform.pipeCostLengthM(), 1e-9);
        // the road forbids pipes: the utility corridor however long; both forbid: no pipe at all
        assertEquals(1420.0, twoRoutes(Double.POSITIVE_INFINITY, 3.0).between(0, 1).pipeLengthM(), 1e-9);
        assertEquals(10 + 4200.0 + 10, twoRoutes(Double.POSITIVE_INFINITY, 3.0).between(0, 1).pipeCostLengthM(), 1e-9);
        Distance none = twoRoutes(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY).between(0, 1);
        assertFalse(none.allowsPipes());
        assertEquals(1020.0, none.lengthM(), 1e-9);
    }

    @Test
    void aPipeAlongACheapCorridorPaysCapexOnTheWeightedLength() {
        // treated wastewater 100,000 m³ → process water, D = 0.054289 m (ExchangeEngineTest):
        // capex (500 + 1,759 × 0.054289) = 595.494 EUR/m. Via the utility corridor (0.5):
        // capital 595.494 × 720 × 0.1 = 42,875.6; pumping 3,614.2 / 1,300 m = 2.78015 EUR/m × 1,420 m
        // = 3,947.8; cost 46,823.4 EUR/yr, distance reported 1,420 m (truck 100,000 × (4 + 0.12 ×
        // 1.02) = 412,240: the pipe wins)
        ExchangeResult viaUtility = park(0.8, 0.5).analyse();
        ExchangeLink link = viaUtility.links().get(0);
        assertEquals(TransportMode.PIPELINE, link.mode());
        assertEquals(1420.0, link.distanceM(), 1e-9);
        assertEquals(46_823.4, link.costPerYear(), 46_823.4 * REL);
        // utility at 0.6: along the road, capital 595.494 × 820 × 0.1 = 48,830.5, pumping
        // 2.78015 × 1,020 = 2,835.8: 51,666.3 EUR/yr over 1,020 m
        ExchangeLink viaRoad = park(0.8, 0.6).analyse().links().get(0);
        assertEquals(1020.0, viaRoad.distanceM(), 1e-9);
        assertEquals(51_666.3, viaRoad.costPerYear(), 51_666.3 * REL);
        // no route allows a pipe: the truck, 412,240 EUR/yr > 200,000 saved, so no link at all
        assertTrue(park(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY).analyse().links().isEmpty());
    }

    private static ExchangeTestParks park(double roadFactor, double utilityFactor) {
        return new ExchangeTestParks()
                .corridor(roadFactor, 0, 0, 1000, 0)
                .corridor(utilityFactor, 0, 0, 0, 200, 1000, 200, 1000, 0)
                .plant("wwtp", 0.0, -10.0, out("treated_wastewater", 100_000))
                .plant("chp", 1000.0, -10.0, in("process_water", 100_000));
    }

    @Test
    void linksAlongOnePipelineShareItsCapacity() {
        // a 10-km DN100 reuse-water main of 150,000 m³/yr from the WWTP (200,000 m³ out) to the CHP,
        // which wants 100,000 m³ process water (2 EUR) and 100,000 m³ cooling water (1 EUR). Each
        // link alone fits the pipe (0.44 m/s ≤ 2.25), both together do not: the dearer process water
        // gets 100,000, the cooling water the remaining 50,000. New links do not pay at 13 km (pipe
        // 810,285 EUR/yr; truck 4 + 0.12 × 13 = 5.56 EUR/m³), so the rest stays with the market.
        // Pumping 100,000 m³: 134.40 EUR/km (ExchangeEngineTest) × 10 = 1,344.0 EUR/yr; 50,000 m³:
        // v 0.22105 m/s, Re 22,105, f 0.026438, ΔP 64,591 Pa, 160.2 W → 1.2816 MWh → 192.24 EUR/yr.
        ExchangeResult shared = sharedMain(150_000.0).analyse();
        assertEquals(2, shared.links().size(), shared.links().toString());
        ExchangeLink process = link(shared, "process_water");
        ExchangeLink cooling = link(shared, "cooling_water");
        assertEquals("pl-1", process.existingPipeline());
        assertEquals("pl-1", cooling.existingPipeline());
        assertEquals(100_000, process.quantity(), 1e-6);
        assertEquals(50_000, cooling.quantity(), 1e-6);
        assertEquals(1_344.0, process.costPerYear(), 0.1);
        assertEquals(192.24, cooling.costPerYear(), 0.01);
        // the same in the exact MIP
        ExchangeResult mip = new ExchangeEngine(ExchangeTestParks.parameters())
                .analyse(sharedMain(150_000.0).problem(), AllocationMethod.FIXED_CHARGE_MIP);
        assertEquals(100_000, link(mip, "process_water").quantity(), 1e-3);
        assertEquals(50_000, link(mip, "cooling_water").quantity(), 1e-3);
        // capacity not stated: each link is only held to the velocity limit, 200,000 in all
        ExchangeResult unstated = sharedMain(null).analyse();
        assertEquals(100_000, link(unstated, "cooling_water").quantity(), 1e-6);
        assertEquals(100_000, link(unstated, "process_water").quantity(), 1e-6);
    }

    private static ExchangeTestParks sharedMain(Double capacity) {
        return new ExchangeTestParks()
                .existingPipeWithCapacity("pl-1", "treated_wastewater", 0.1, capacity, 0, 0, 10_000, 0)
                .plant("wwtp", 0.0, 0.0, out("treated_wastewater", 200_000))
                .plant("chp", 10_000.0, 0.0, in("process_water", 100_000), in("cooling_water", 100_000));
    }

    private static ExchangeLink link(ExchangeResult result, String receivedAs) {
        return result.links().stream().filter(l -> l.receivedAs().equals(receivedAs)).findFirst().orElseThrow();
    }

    private static Geometry line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GEOMETRY.createLineString(cs);
    }
}

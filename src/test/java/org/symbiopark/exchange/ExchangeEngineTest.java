package org.symbiopark.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiopark.exchange.ExchangeTestParks.hazardous;
import static org.symbiopark.exchange.ExchangeTestParks.in;
import static org.symbiopark.exchange.ExchangeTestParks.out;
import static org.symbiopark.exchange.ExchangeTestParks.withQuality;
import static org.symbiopark.exchange.ExchangeTestParks.withTemperature;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiopark.exchange.LinkCostModel.LinkRequest;

/**
 * Hand-computed cases. Common arithmetic: no network, so distance = straight × 1.3; CRF 0.1
 * (r = 0, n = 10), no O&amp;M; 8,000 h/yr; prices in EUR from resources.csv.
 */
class ExchangeEngineTest {

    private static final double REL = 1e-4;

    @Test
    void twoPlantsOnePipe() {
        // treated wastewater 100,000 m³ → process water 100,000 m³, 1,000 m apart → 1,300 m route.
        // mean flow 100,000 m³ / (8,000 h × 3,600 s) = 0.0034722 m³/s; at 1.5 m/s
        // D = √(4 × 0.0034722 / (π × 1.5)) = 0.054289 m.
        // capital: (500 + 1,759 × 0.054289) = 595.49 EUR/m × 1,300 m × CRF 0.1 = 77,414.3 EUR/yr
        // pumping: Re = 1.5 × 0.054289 / 1e-6 = 81,434; Swamee–Jain f = 0.25 / log10(5e-5/(3.7 D)
        //   + 5.74/Re^0.9)² = 0.022539; ΔP = f × (1,300 / D) × 1,000 × 1.5² / 2 = 607,191 Pa;
        //   P = ΔP × 0.0034722 / 0.7 = 3,011.9 W → 24.095 MWh × 150 EUR = 3,614.2 EUR/yr
        // cost 81,028.5; benefit 100,000 × (2.00 process water + 0 disposal) = 200,000; net 118,971.5
        // (a truck would cost 100,000 × (100/25 + 0.12 × 1.3) = 415,600: the pipe wins)
        ExchangeResult result = new ExchangeTestParks()
                .plant("wwtp", 0.0, 0.0, out("treated_wastewater", 100_000))
                .plant("chp", 1000.0, 0.0, in("process_water", 100_000))
                .analyse();
        assertEquals(1, result.links().size());
        ExchangeLink link = result.links().get(0);
        assertEquals("wwtp", link.supplier());
        assertEquals("chp", link.receiver());
        assertEquals("process_water", link.receivedAs());
        assertEquals(100_000, link.quantity(), 1e-6);
        assertEquals(1300.0, link.distanceM(), 1e-9);
        assertEquals(DistanceMethod.STRAIGHT_X_DETOUR, link.distanceMethod());
        assertEquals(TransportMode.PIPELINE, link.mode());
        assertEquals(54.289, link.diameterMm(), 1e-3);
        assertEquals(81_028.5, link.costPerYear(), 81_028.5 * REL);
        assertEquals(200_000.0, link.benefitPerYear(), 1e-6);
        assertEquals(118_971.5, result.totals().moneySavedPerYear(), 118_971.5 * REL);
        assertEquals(100_000, result.totals().freshWaterSavedM3PerYear(), 1e-6);
        // CO₂: 100,000 m³ × 0.0003 t/m³ of the process water replaced = 30 t, no trucking
        assertEquals(30.0, link.co2AvoidedTPerYear(), 1e-9);
        assertEquals(DistanceMethod.STRAIGHT_X_DETOUR, result.distanceMethod());
        assertTrue(result.notes().contains("the park has no road/utility network: distances are straight line × 1.3"),
                result.notes().toString());
    }

    @Test
    void truckAndPipeCrossAtTheHandComputedDistance() {
        // without pumping both costs are linear in the route length L (m), for 100,000 m³ of water:
        // pipe 595.49 EUR/m × 0.1 = 59.549 L; truck 100,000 × (4 + 0.12 L/1,000) = 400,000 + 12 L
        // → equal at L* = 400,000 / (59.549 − 12) = 8,412.3 m: pipe below, truck above.
        LinkCostModel costs = ExchangeTestParks.costModel(
                ExchangeTestParks.parameters().with("pipe.pumpingElectricityEurPerMWh", 0));
        Resource water = ExchangeTestParks.CATALOG.find("treated_wastewater").orElseThrow();
        double crossoverM = 8412.3;
        var below = costs.cheapest(new LinkRequest(water, 100_000, crossoverM * 0.99, null)).orElseThrow();
        var above = costs.cheapest(new LinkRequest(water, 100_000, crossoverM * 1.01, null)).orElseThrow();
        assertEquals(TransportMode.PIPELINE, below.mode());
        assertEquals(TransportMode.TRUCK, above.mode());
        double pipeAt = costs.cost(TransportMode.PIPELINE, new LinkRequest(water, 100_000, crossoverM, null))
                .orElseThrow().costPerYear();
        double truckAt = costs.cost(TransportMode.TRUCK, new LinkRequest(water, 100_000, crossoverM, null))
                .orElseThrow().costPerYear();
        assertEquals(400_000 + 12 * crossoverM, truckAt, 1e-6);
        assertEquals(truckAt, pipeAt, truckAt * 1e-5);
    }

    @Test
    void heatThatArrivesTooColdMakesNoLink() {
        // hot water 10,000 MWh leaving at 90 °C, 1,300 m route: ṁ = 10,000 × 28,667 kg / 28.8e6 s
        // = 9.9538 kg/s; D = √(4 × 9.9538/975 / (π × 1.5)) = 0.093090 m; k = 0.16807 ln D + 0.85684
        // = 0.45781 W/(m·K); T = 10 + 80 × exp(−0.45781 × 1,300 / (9.9538 × 4,186)) = 88.865 °C.
        // The 80 °C user needs 80 + 10 = 90 °C: refused. The 70 °C user needs 80 °C: served.
        var problem = new ExchangeTestParks()
                .plant("chp", 0.0, 0.0, withTemperature(out("hot_water", 10_000), 90))
                .plant("warm", 1000.0, 0.0, withTemperature(in("hot_water", 5_000), 80))
                .plant("lukewarm", 0.0, 1000.0, withTemperature(in("hot_water", 5_000), 70));
        LinkCostModel costs = ExchangeTestParks.costModel(ExchangeTestParks.parameters());
        Resource hot = ExchangeTestParks.CATALOG.find("hot_water").orElseThrow();
        assertEquals(88.865, costs.arrivalTemperatureC(new LinkRequest(hot, 10_000, 1300, 90.0)), 1e-3);
        ExchangeResult result = problem.analyse();
        assertEquals(1, result.links().size());
        assertEquals("lukewarm", result.links().get(0).receiver());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("1 turned away because the heat would arrive too cold")),
                result.notes().toString());
    }

    @Test
    void fgdGypsumSubstitutesForMinedGypsum() {
        // 1,000 t FGD gypsum → a plant asking for gypsum, 1,300 m route, by truck (no pipe for solids):
        // cost 1,000 × (100 EUR / 25 t + 0.12 × 1.3) = 4,156; benefit 1,000 × (10.3 gypsum + 30 landfill)
        // = 40,300; CO₂ 1,000 × (0.003 − 0.1 kg × 1.3 km / 1,000) = 2.87 t.
        // Cement is no substitute, so the cement demand gets nothing.
        ExchangeResult result = new ExchangeTestParks()
                .plant("chp", 0.0, 0.0, out("fgd_gypsum", 1_000))
                .plant("board", 1000.0, 0.0, in("gypsum", 1_000), in("cement", 1_000))
                .analyse();
        assertEquals(1, result.links().size());
        ExchangeLink link = result.links().get(0);
        assertEquals("fgd_gypsum", link.resource());
        assertEquals("gypsum", link.receivedAs());
        assertEquals(TransportMode.TRUCK, link.mode());
        assertNull(link.diameterMm());
        assertEquals(4_156.0, link.costPerYear(), 1e-6);
        assertEquals(40_300.0, link.benefitPerYear(), 1e-6);
        assertEquals(2.87, link.co2AvoidedTPerYear(), 1e-9);
        assertEquals(1_000, result.totals().landfillDivertedTPerYear(), 1e-9);
        assertEquals(1_000, result.totals().virginMaterialAvoidedTPerYear(), 1e-9);
    }

    @Test
    void aShortSupplyGoesToTheNearerReceiverFirst() {
        // 10,000 t sawdust for two mills wanting 6,000 t each, 1,000 m and 5,000 m away:
        // per t 4 + 0.12 × 1.3 = 4.156 and 4 + 0.12 × 6.5 = 4.78 EUR, both below the 58 EUR saved,
        // so the near mill gets all 6,000 t and the far one the remaining 4,000 t.
        ExchangeResult result = new ExchangeTestParks()
                .plant("sawmill", 0.0, 0.0, out("sawdust", 10_000))
                .plant("near", 1000.0, 0.0, in("sawdust", 6_000))
                .plant("far", -5000.0, 0.0, in("sawdust", 6_000))
                .analyse();
        assertEquals(2, result.links().size());
        assertEquals(6_000, quantityTo(result, "near"), 1e-6);
        assertEquals(4_000, quantityTo(result, "far"), 1e-6);
        // money: 6,000 × (58 − 4.156) + 4,000 × (58 − 4.78) = 323,064 + 212,880 = 535,944
        assertEquals(535_944, result.totals().moneySavedPerYear(), 1e-6);
    }

    @Test
    void aLinkThatCostsMoreThanItSavesIsNotChosen() {
        // 10,000 m³ wastewater, 2,000 m away → 2,600 m route; it saves 1.56 EUR/m³ of sewage charge
        // = 15,600/yr. Pipe: the flow needs only 17 mm, so the smallest pipe (25 mm):
        // (500 + 1,759 × 0.025) × 2,600 × 0.1 = 141,434 > 15,600. Truck: 10,000 × (4 + 0.312) = 43,120.
        ExchangeResult result = new ExchangeTestParks()
                .plant("fish", 0.0, 0.0, out("wastewater", 10_000))
                .plant("wwtp", 2000.0, 0.0, in("wastewater", 10_000))
                .analyse();
        assertEquals(List.of(), result.links());
        assertEquals(1, result.candidateCount());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("1 cost more than they save")), result.notes().toString());
        assertEquals(0.0, result.totals().moneySavedPerYear());
    }

    @Test
    void waterCascadeHazardLicencesSelfExchangeAndUnsitedPlants() {
        ExchangeResult result = new ExchangeTestParks()
                // cooling-class reuse water may cool but not serve process water
                .plant("wwtp", 0.0, 0.0, withQuality(out("treated_wastewater", 50_000), WaterQuality.COOLING),
                        hazardous(out("waste_oil", 100)))
                .plant("chp", 500.0, 0.0, in("process_water", 50_000), in("cooling_water", 50_000),
                        in("waste_oil", 100))
                .plant("refiner", 0.0, 500.0, hazardous(in("waste_oil", 100)))
                // a plant's own output never serves its own need
                .plant("self", -500.0, 0.0, out("sawdust", 1_000), in("sawdust", 1_000))
                .plant("unsited", null, null, in("treated_wastewater", 1_000))
                .analyse();
        assertEquals(2, result.links().size(), result.links().toString());
        assertTrue(result.links().stream().anyMatch(l -> l.receiver().equals("chp") && l.receivedAs().equals("cooling_water")));
        assertTrue(result.links().stream().anyMatch(l -> l.receiver().equals("refiner") && l.resource().equals("waste_oil")));
        assertEquals(List.of("unsited"), result.unsitedPlants());
        assertTrue(result.notes().get(0).contains("unsited"), result.notes().toString());
    }

    @Test
    void networkDistancesCountConnectorsAndCrossingRoadsAreNoded() {
        // road 1 runs (0,0)–(1,000,0), road 2 (500,−500)–(500,500); they cross at (500,0) with no
        // shared vertex. A at (0,−20) joins road 1 at (0,0): 20 m; B at (520,400) joins road 2 at
        // (500,400): 20 m. Route 20 + 500 + 400 + 20 = 940 m. C is 40 m off a separate road far away:
        // straight line × 1.3.
        var park = new ExchangeTestParks()
                .road(0, 0, 1000, 0)
                .road(500, -500, 500, 500)
                .road(10_000, 0, 11_000, 0)
                .plant("a", 0.0, -20.0, out("sawdust", 1_000))
                .plant("b", 520.0, 400.0, in("sawdust", 500))
                .plant("c", 10_500.0, 40.0, in("sawdust", 500));
        ExchangeResult result = park.analyse();
        ExchangeLink toB = result.links().stream().filter(l -> l.receiver().equals("b")).findFirst().orElseThrow();
        assertEquals(940.0, toB.distanceM(), 1e-9);
        assertEquals(DistanceMethod.NETWORK, toB.distanceMethod());
        ExchangeLink toC = result.links().stream().filter(l -> l.receiver().equals("c")).findFirst().orElseThrow();
        assertEquals(Math.hypot(10_500, 60) * 1.3, toC.distanceM(), 1e-9);
        assertEquals(DistanceMethod.STRAIGHT_X_DETOUR, toC.distanceMethod());
        assertEquals(DistanceMethod.NETWORK, result.distanceMethod());
    }

    @Test
    void distancesAreCachedPerLayout() {
        ExchangeParameters parameters = ExchangeTestParks.parameters();
        ExchangeEngine engine = new ExchangeEngine(parameters);
        var one = new ExchangeTestParks(parameters).road(0, 0, 1000, 0)
                .plant("a", 0.0, 10.0, out("sawdust", 1_000)).plant("b", 900.0, 10.0, in("sawdust", 1_000)).problem();
        var moved = new ExchangeTestParks(parameters).road(0, 0, 1000, 0)
                .plant("a", 0.0, 10.0, out("sawdust", 1_000)).plant("b", 800.0, 10.0, in("sawdust", 1_000)).problem();
        assertEquals(920.0, engine.analyse(one, AllocationMethod.LINEARISED_MIN_COST_FLOW).links().get(0).distanceM(), 1e-9);
        engine.analyse(one, AllocationMethod.LINEARISED_MIN_COST_FLOW);
        assertEquals(1, engine.cachedLayouts());
        assertEquals(820.0, engine.analyse(moved, AllocationMethod.LINEARISED_MIN_COST_FLOW).links().get(0).distanceM(), 1e-9);
        assertEquals(2, engine.cachedLayouts());
    }

    @Test
    void theMipBuildsOnePipeWhereTheLinearisationWouldSplit() {
        // one water supply of 100,000 m³ and two process-water users of 100,000 m³ each at the same
        // 1,300 m route: every link pays alone (net 118,971.5, see twoPlantsOnePipe), and both
        // methods send all the water down one pipe, the MIP because a second pipe's capital buys nothing.
        var park = new ExchangeTestParks()
                .plant("wwtp", 0.0, 0.0, out("treated_wastewater", 100_000))
                .plant("x", 1000.0, 0.0, in("process_water", 100_000))
                .plant("y", -1000.0, 0.0, in("process_water", 100_000));
        ExchangeResult mip = new ExchangeEngine(ExchangeTestParks.parameters())
                .analyse(park.problem(), AllocationMethod.FIXED_CHARGE_MIP);
        assertEquals(1, mip.links().size());
        assertEquals(AllocationMethod.FIXED_CHARGE_MIP, mip.allocation());
        assertEquals(118_971.5, mip.totals().moneySavedPerYear(), 118_971.5 * REL);
        ExchangeResult linear = park.analyse();
        assertEquals(118_971.5, linear.totals().moneySavedPerYear(), 118_971.5 * REL);
        assertNotNull(linear.links().get(0).diameterMm());
    }

    @Test
    void anExistingPipelinePaysNoCapital() {
        // the 1,000-m DN100 reuse-water pipe joins the two plants (gaps 0). 100,000 m³ in it:
        // v = 0.0034722 / (π × 0.1² / 4) = 0.44210 m/s (below 1.5 × 1.5 m/s); Re = 44,210;
        // f = 0.023105; ΔP = f × (1,000 / 0.1) × 1,000 × 0.4421² / 2 = 22,579 Pa;
        // P = 22,579 × 0.0034722 / 0.7 = 112.0 W → 0.8960 MWh × 150 = 134.40 EUR/yr, and no capital
        // (O&M is 0 in these tests). 600,000 m³ would run at 2.65 m/s, above 2.25 m/s: a new pipe.
        ExchangeResult result = new ExchangeTestParks()
                .existingPipe("pl-1", "treated_wastewater", 0.1, 0, 0, 1000, 0)
                .plant("wwtp", 0.0, 0.0, out("treated_wastewater", 100_000))
                .plant("chp", 1000.0, 0.0, in("process_water", 100_000))
                .analyse();
        ExchangeLink link = result.links().get(0);
        assertEquals("pl-1", link.existingPipeline());
        assertEquals(DistanceMethod.EXISTING_PIPELINE, link.distanceMethod());
        assertEquals(1000.0, link.distanceM(), 1e-9);
        assertEquals(100.0, link.diameterMm(), 1e-9);
        assertEquals(134.40, link.costPerYear(), 0.01);

        ExchangeResult tooMuch = new ExchangeTestParks()
                .existingPipe("pl-1", "treated_wastewater", 0.1, 0, 0, 1000, 0)
                .plant("wwtp", 0.0, 0.0, out("treated_wastewater", 600_000))
                .plant("chp", 1000.0, 0.0, in("process_water", 600_000))
                .analyse();
        assertNull(tooMuch.links().get(0).existingPipeline());
        assertEquals(DistanceMethod.STRAIGHT_X_DETOUR, tooMuch.links().get(0).distanceMethod());
    }

    private static double quantityTo(ExchangeResult result, String receiver) {
        return result.links().stream().filter(l -> l.receiver().equals(receiver)).mapToDouble(ExchangeLink::quantity).sum();
    }
}

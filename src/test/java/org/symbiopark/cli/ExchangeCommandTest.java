package org.symbiopark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exchange --park FILE}: the demo park gives the symbioses its data were built for. */
class ExchangeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void demoParkGivesPlausibleLinks(@TempDir Path dir) throws Exception {
        Path park = dir.resolve("park.geojson");
        try (var in = ExchangeCommandTest.class.getResourceAsStream("/data/parks/bolshoy-ussuriysky.geojson")) {
            Files.copy(in, park);
        }
        assertEquals(0, run("exchange", "--park", park.toString()), err.toString(StandardCharsets.UTF_8));
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("RUB", result.get("currency").asText());
        assertEquals("NETWORK", result.get("distanceMethod").asText());
        Set<String> links = new HashSet<>();
        for (JsonNode link : result.get("links")) {
            links.add(link.get("supplier").asText() + ">" + link.get("receiver").asText() + ":" + link.get("resource").asText());
            for (String field : new String[] {"quantity", "distanceM", "costPerYear", "benefitPerYear", "co2AvoidedTPerYear"}) {
                assertTrue(link.get(field).isNumber(), field + " of " + link);
            }
            assertTrue(link.get("benefitPerYear").asDouble() > link.get("costPerYear").asDouble(), link.toString());
            assertTrue(link.get("distanceM").asDouble() > 0, link.toString());
        }
        // the symbioses the demo park was built around (data/README.md)
        assertTrue(links.contains("chp>boardmill:steam"), links.toString());   // CHP steam to the nearest user, 420 m
        assertTrue(links.contains("chp>soy:steam"), links.toString());
        // the three pipelines in the ground carry their exchanges
        Set<String> viaPipes = new HashSet<>();
        for (JsonNode link : result.get("links")) {
            if (!link.get("existingPipeline").isNull()) {
                viaPipes.add(link.get("existingPipeline").asText());
                assertEquals("EXISTING_PIPELINE", link.get("distanceMethod").asText());
            }
        }
        assertEquals(Set.of("pl-steam-soy", "pl-heat-greenhouse", "pl-reuse-chp"), viaPipes);
        assertTrue(links.contains("sawmill>pellet:sawdust"), links.toString());
        assertTrue(links.contains("chp>aac:fly_ash"), links.toString());
        assertTrue(links.contains("chp>aac:fgd_gypsum"), links.toString());
        assertTrue(links.contains("wwtp>chp:treated_wastewater"), links.toString());
        assertTrue(links.contains("chp>greenhouse1:hot_water"), links.toString());
        assertTrue(links.contains("brewery>greenhouse1:co2"), links.toString());
        // steam 15,000 t over 2 km to the fish plant would condense more than 10 % on the way
        assertFalse(links.contains("chp>fish:steam"), links.toString());
        // plants without a site take part in nothing and are named
        assertEquals(5, result.get("unsitedPlants").size());
        for (JsonNode link : result.get("links")) {
            assertFalse(link.get("receiver").asText().equals("biogas"));
        }
        JsonNode totals = result.get("totals");
        assertTrue(totals.get("moneySavedPerYear").asDouble() > 0);
        assertTrue(totals.get("co2AvoidedTPerYear").asDouble() > 0);
        // 20,000 t fly ash + 5,000 t bottom ash + 1,000 t FGD gypsum + wood residues …
        assertTrue(totals.get("landfillDivertedTPerYear").asDouble() >= 26_000, totals.toString());
        // 920,000 m³ of treated wastewater replaces the CHP's cooling and process water
        assertEquals(920_000, totals.get("freshWaterSavedM3PerYear").asDouble(), 1e-6);
    }

    @Test
    void aMissingParkIsAUsageError() {
        assertEquals(2, run("exchange"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("which park"));
    }
}

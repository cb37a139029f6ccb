package org.symbiopark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code route --park FILE --carrier ID}: the demo park's shared networks, without a server. */
class RouteCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    private static Path demoPark(Path dir) throws Exception {
        Path park = dir.resolve("park.geojson");
        try (var in = RouteCommandTest.class.getResourceAsStream("/data/parks/bolshoy-ussuriysky.geojson")) {
            Files.copy(in, park);
        }
        return park;
    }

    @Test
    void theDemoParksWastewaterNetworkSharesATrunkToTheTreatmentPlant(@TempDir Path dir) throws Exception {
        Path park = demoPark(dir);
        assertEquals(0, run("route", "--park", park.toString(), "--carrier", "wastewater", "--cell-size", "20"),
                err.toString(StandardCharsets.UTF_8));
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("wastewater", result.get("carrier").asText());
        assertEquals("m3", result.get("unit").asText());
        assertEquals("RUB", result.get("currency").asText());
        assertEquals(20, result.get("cellSizeM").asDouble());
        // the CHP (120,000 m³), the fish plant (360,000 m³), the soy plant (90,000 m³) and the brewery
        // (85,000 m³) all send to the treatment plant: pipes along the roads (cost factor 0.7) pay for all four
        double intoWwtp = 0;
        double segmentsLength = 0;
        for (JsonNode s : result.get("segments")) {
            segmentsLength += s.get("lengthM").asDouble();
            assertTrue(s.get("diameterMm").asDouble() > 0, s.toString());
            if ("wwtp".equals(s.get("to").asText())) {
                intoWwtp += s.get("flowPerYear").asDouble();
            }
        }
        assertEquals(655_000, intoWwtp, 1e-3);
        JsonNode totals = result.get("totals");
        assertEquals(segmentsLength, totals.get("lengthM").asDouble(), 0.5);
        assertTrue(totals.get("treeProven").asBoolean());
        JsonNode p2p = result.get("pointToPoint");
        assertEquals(4, p2p.get("pipes").size());
        assertTrue(p2p.get("lengthM").asDouble() > totals.get("lengthM").asDouble(), p2p.toString());
        assertTrue(p2p.get("savingPerYear").asDouble() > 0, p2p.toString());
        assertEquals(result.get("segments").size(), result.get("routesGeoJson").get("features").size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("route: wastewater network of"));
    }

    @Test
    void wrongCarriersAndMissingArgumentsAreReported(@TempDir Path dir) throws Exception {
        Path park = demoPark(dir);
        assertEquals(2, run("route", "--park", park.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("which carrier?"));
        assertEquals(1, run("route", "--park", park.toString(), "--carrier", "plasma"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown carrier 'plasma'"));
        assertEquals(1, run("route", "--park", park.toString(), "--carrier", "steam", "--terminals", "chp"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("a steam network needs at least 2 terminals"));
        assertEquals(0, run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("route --park FILE.geojson --carrier ID"));
    }
}

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
    void theDemoParksSteamNetworkReusesTheExistingSteamLineToTheSoyPlant(@TempDir Path dir) throws Exception {
        Path park = demoPark(dir);
        ObjectMapper json = new ObjectMapper();
        // the same park without its existing steam line: what the planner found before it reused pipes
        com.fasterxml.jackson.databind.node.ObjectNode withoutPipe = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(park.toFile());
        var features = (com.fasterxml.jackson.databind.node.ArrayNode) withoutPipe.get("features");
        for (int i = features.size() - 1; i >= 0; i--) {
            if ("pl-steam-soy".equals(features.get(i).path("properties").path("id").asText())) {
                features.remove(i);
            }
        }
        Path bare = dir.resolve("without-steam-line.geojson");
        json.writeValue(bare.toFile(), withoutPipe);

        assertEquals(0, run("route", "--park", bare.toString(), "--carrier", "steam"), err.toString(StandardCharsets.UTF_8));
        JsonNode before = json.readTree(out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("route", "--park", park.toString(), "--carrier", "steam"), err.toString(StandardCharsets.UTF_8));
        JsonNode after = json.readTree(out.toString(StandardCharsets.UTF_8));

        assertEquals(0, before.get("totals").get("reusedLengthM").asDouble());
        JsonNode totals = after.get("totals");
        assertTrue(totals.get("reusedLengthM").asDouble() > 500, totals.toString());
        assertTrue(totals.get("costPerYear").asDouble() < before.get("totals").get("costPerYear").asDouble(),
                totals + " against " + before.get("totals"));
        double reused = 0;
        for (JsonNode s : after.get("segments")) {
            reused += s.get("reusedLengthM").asDouble();
            if (s.get("reusedLengthM").asDouble() > 0) {
                assertEquals("soy", s.get("to").asText(), s.toString());
                assertEquals("pl-steam-soy", s.get("reusedPipelineIds").get(0).asText(), s.toString());
                assertTrue(s.get("reusedLengthM").asDouble() <= s.get("lengthM").asDouble(), s.toString());
            }
        }
        assertEquals(totals.get("reusedLengthM").asDouble(), reused, 0.2);
        // the separate pipe to the soy plant reuses the line too, so the saving stays a fair comparison
        assertTrue(after.get("pointToPoint").get("reusedLengthM").asDouble() > 500, after.get("pointToPoint").toString());
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

package org.symbiopark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site --park FILE}: the siting test park (see SitingJobApiTest) from the command line. */
class SiteCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void sitesThePlantsAndPrintsProgressAndJson() throws IOException {
        Path park = fixture("siting-park.geojson", s -> s);
        assertThat(run("site", "--park", park.toString(), "--seconds", "1", "--seed", "3")).as(err.toString()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("siting: ").contains("RUB/yr").contains("iterations");
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Map<String, String> placed = new HashMap<>();
        root.path("result").path("placements").forEach(p -> placed.put(p.path("plantId").asText(),
                p.path("parcelId").asText()));
        assertThat(placed).containsEntry("chp", "P5").containsEntry("sawmill", "P1");
        assertThat(placed.get("dryer")).isIn("P2", "P3");
        assertThat(root.path("result").path("costs").path("totalPerYear").asDouble()).isPositive();
    }

    @Test
    void aPlantThatFitsNoParcelFailsNamingIt() throws IOException {
        Path park = fixture("siting-park.geojson", s -> s.replace("\"safetyBufferM\": 400", "\"safetyBufferM\": 600"));
        assertThat(run("site", "--park", park.toString(), "--seconds", "1")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("plant 'sawmill' fits no parcel");
    }

    private Path fixture(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        try (InputStream in = SiteCommandTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path file = dir.resolve(name);
            Files.writeString(file, edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return file;
        }
    }
}

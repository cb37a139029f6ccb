package org.symbiopark.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.symbiopark.cli.Cli;
import org.symbiopark.web.MapsTestParks;
import org.symbiopark.web.WebApiTest;

/** {@code bench tiles} against this test's server: a cold pass over every tile, then a short steady phase. */
class BenchTilesCommandTest extends WebApiTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void printsColdAndSteadyLatencies() throws Exception {
        String park = MapsTestParks.importDemo(this, "bench");
        int code = run("bench", "tiles", "--url", "http://127.0.0.1:" + port, "--park", park, "--zooms", "13,14",
                "--concurrency", "2", "--seconds", "0.5");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode cold = new ObjectMapper().readTree(lines[0]);
        JsonNode steady = new ObjectMapper().readTree(lines[1]);
        assertThat(cold.path("phase").asText()).isEqualTo("cold");
        // the park (4.3 × 2.0 km) covers 2 × 1 tiles at z13 and 3 × 2 at z14
        assertThat(cold.path("tiles").asInt()).isBetween(4, 12);
        assertThat(cold.path("requests").asInt()).isEqualTo(cold.path("tiles").asInt());
        assertThat(cold.path("failed").asInt()).isZero();
        assertThat(steady.path("phase").asText()).isEqualTo("steady");
        assertThat(steady.path("requests").asInt()).isPositive();
        assertThat(steady.path("p95Ms").asDouble()).isPositive().isGreaterThanOrEqualTo(steady.path("p50Ms").asDouble());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bench tiles:");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("bench", "tiles", "--url", "http://127.0.0.1:" + port)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--park");
        assertThat(run("bench", "tiles", "--park", "p", "--zooms", "30")).isEqualTo(2);
    }
}

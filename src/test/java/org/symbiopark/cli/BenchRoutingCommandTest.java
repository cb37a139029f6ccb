package org.symbiopark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench steiner} and {@code bench lcp} run in-process through the dispatcher. */
class BenchRoutingCommandTest {

    /*
     *   1* --3-- 2 --4-- 3*        terminals 1, 3 and 6; 6 hangs off 5 by an edge of cost 2
     *   |                |
     *   1                1
     *   |                |
     *   4 ------2------- 5 --2-- 6*
     * Optimum: 1-4, 4-5, 5-3, 5-6 = 1 + 2 + 1 + 2 = 6.
     */
    private static final String STP = """
            33D32945 STP File, STP Format Version 1.0
            SECTION Graph
            Optimal 6
            Nodes 6
            Edges 6
            E 1 2 3
            E 2 3 4
            E 1 4 1
            E 4 5 2
            E 5 3 1
            E 5 6 2
            END
            SECTION Terminals
            Terminals 3
            T 1
            T 3
            T 6
            END
            EOF
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void benchSteinerPrintsOneJsonLineWithTheFilesNodeNumbers() throws IOException {
        Path file = dir.resolve("tiny.stp");
        Files.writeString(file, STP);
        assertThat(run("bench", "steiner", file.toString(), "--seconds", "0.5", "--seed=3")).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertThat(json.get("instance").asText()).isEqualTo("tiny");
        assertThat(json.get("cost").asDouble()).isEqualTo(6);
        assertThat(json.get("optimal").asDouble()).isEqualTo(6);
        assertThat(json.get("gapPercent").asDouble()).isZero();
        assertThat(json.get("baselineCost").asDouble()).isBetween(6.0, 12.0);
        assertThat(json.get("seconds").asDouble()).isPositive();
        Set<String> edges = new HashSet<>();
        json.get("edges").forEach(e -> edges.add(Math.min(e.get(0).asInt(), e.get(1).asInt()) + "-"
                + Math.max(e.get(0).asInt(), e.get(1).asInt())));
        assertThat(edges).containsExactlyInAnyOrder("1-4", "4-5", "3-5", "5-6");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reduced");
    }

    @Test
    void anUnreachableTerminalIsNamedInTheFilesNumbers() throws IOException {
        Path file = dir.resolve("cut.stp");
        Files.writeString(file, STP.replace("E 5 6 2\n", "").replace("Edges 6", "Edges 5"));
        assertThat(run("bench", "steiner", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("terminal 6 of cut.stp cannot be reached");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("bench", "steiner")).isEqualTo(2);
        assertThat(run("bench", "steiner", "x.stp", "--budget", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --budget");
        assertThat(run("bench", "lcp", "--neighbours", "6")).isEqualTo(2);
    }

    @Test
    void benchLcpPrintsThePathAndWritesTheRaster() throws IOException {
        Path asc = dir.resolve("cost.asc");
        assertThat(run("bench", "lcp", "--size", "40", "--seed", "5", "--write-asc", asc.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).trim());
        // 39 diagonal steps at least, each costing at least √2 × the lowest cost 1.00
        assertThat(json.get("cost").asDouble()).isGreaterThan(39 * Math.sqrt(2));
        assertThat(json.get("steps").asInt()).isGreaterThanOrEqualTo(39);
        List<String> grid = Files.readAllLines(asc);
        assertThat(grid.get(0)).isEqualTo("ncols 40");
        assertThat(grid).hasSize(6 + 40);
        assertThat(grid.get(6).split(" ")).hasSize(40);
        // the same seed gives the same raster and path
        String first = out.toString(StandardCharsets.UTF_8).replaceAll("\"search[A-Za-z]*\":[0-9.]+,", "");
        run("bench", "lcp", "--size", "40", "--seed", "5");
        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\"search[A-Za-z]*\":[0-9.]+,", "")).isEqualTo(first);
    }
}

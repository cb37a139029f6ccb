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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench qap} and {@code bench qap-cpsat} on nug12 with its .sln beside it. */
class BenchQapCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    private Path nug12() throws IOException {
        for (String name : new String[] {"nug12.dat", "nug12.sln"}) {
            try (InputStream in = getClass().getResourceAsStream("/qaplib/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir.resolve("nug12.dat");
    }

    @Test
    void printsOneJsonLineWithTheGapToTheSolutionFile() throws IOException {
        assertThat(run("bench", "qap", nug12().toString(), "--iterations", "20000", "--seed", "3")).as(err.toString())
                .isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        assertThat(line.get("instance").asText()).isEqualTo("nug12");
        assertThat(line.get("n").asInt()).isEqualTo(12);
        assertThat(line.get("objective").asLong()).isEqualTo(578);
        assertThat(line.get("bestKnown").asLong()).isEqualTo(578);
        assertThat(line.get("gapPercent").asDouble()).isZero();
        assertThat(line.get("permutation")).hasSize(12);
        line.get("permutation").forEach(v -> assertThat(v.asInt()).isBetween(1, 12));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bench qap: nug12");
    }

    @Test
    void cpSatBaselinePrintsTheSameKindOfLine() throws IOException {
        assertThat(run("bench", "qap-cpsat", nug12().toString(), "--seconds=1")).as(err.toString()).isZero();
        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(line.get("instance").asText()).isEqualTo("nug12");
        assertThat(line.has("objective")).isTrue();
        if (!line.get("objective").isNull()) {
            assertThat(line.get("objective").asLong()).isGreaterThanOrEqualTo(578);
            assertThat(line.get("permutation")).hasSize(12);
        }
    }

    @Test
    void unknownOptionsAreUsageErrors() throws IOException {
        assertThat(run("bench", "qap", nug12().toString(), "--secs", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--secs");
    }
}

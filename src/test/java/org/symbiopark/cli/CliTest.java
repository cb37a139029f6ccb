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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process on a GeoPackage store of its own. */
class CliTest {

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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String store(String name) {
        return "--symbiopark.geopackage-path=" + dir.resolve(name);
    }

    private Path fixture() throws IOException {
        Path file = dir.resolve("island-park.geojson");
        try (InputStream in = CliTest.class.getResourceAsStream("/fixtures/island-park.geojson")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void importExportAndImportAgainKeepEveryFeature() throws IOException {
        Path source = fixture();
        assertThat(run("import", source.toString(), store("a.gpkg"))).as(err()).isZero();
        assertThat(out().trim()).isEqualTo("island-park");

        assertThat(run("parks", store("a.gpkg"))).as(err()).isZero();
        assertThat(out()).isEqualTo("island-park\tIsland test park" + System.lineSeparator());

        Path geojson = dir.resolve("out.geojson");
        assertThat(run("export", "island-park", geojson.toString(), store("a.gpkg"))).as(err()).isZero();
        assertThat(layerCounts(geojson)).isEqualTo(layerCounts(source))
                .isEqualTo(Map.of("corridor", 2, "parcel", 4, "pipeline", 1, "plant", 3));
        JsonNode park = new ObjectMapper().readTree(geojson.toFile()).path("park");
        assertThat(park.path("name").asText()).isEqualTo("Island test park");

        Path gpkg = dir.resolve("out.gpkg");
        assertThat(run("export", "island-park", gpkg.toString(), store("a.gpkg"))).as(err()).isZero();
        assertThat(Files.readString(gpkg, StandardCharsets.ISO_8859_1)).startsWith("SQLite format 3");

        // both exports import into a fresh store and export again to the same features
        assertThat(run("import", gpkg.toString(), store("b.gpkg"))).as(err()).isZero();
        assertThat(out().trim()).isEqualTo("island-park");
        Path roundTrip = dir.resolve("round-trip.json");
        assertThat(run("export", "island-park", roundTrip.toString(), store("b.gpkg"))).as(err()).isZero();
        assertThat(layerCounts(roundTrip)).isEqualTo(layerCounts(source));

        assertThat(run("import", geojson.toString(), store("c.gpkg"))).as(err()).isZero();
        assertThat(run("parks", store("c.gpkg"))).isZero();
        assertThat(out()).startsWith("island-park\t");
    }

    @Test
    void failuresPrintOneLineAndExitWithTheirCode() throws IOException {
        assertThat(run("export", "no-such-park", dir.resolve("x.geojson").toString(), store("a.gpkg"))).isEqualTo(1);
        assertThat(err()).contains("no-such-park").doesNotContain("\tat ");
        assertThat(err().lines().count()).isEqualTo(1);

        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, Files.readString(fixture()).replace("\"quantity\": 18000", "\"quantity\": -18000"));
        assertThat(run("import", bad.toString(), store("a.gpkg"))).isEqualTo(1);
        assertThat(err()).contains("quantity");
        assertThat(err().lines().count()).isEqualTo(1);
        assertThat(run("parks", store("a.gpkg"))).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void usageErrorsExitWith2WithoutStartingAnything() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err()).contains("usage: import FILE");
        assertThat(run("import", dir.resolve("missing.geojson").toString())).isEqualTo(2);
        assertThat(err()).contains("missing.geojson");
        assertThat(run("export", "p", dir.resolve("park.shp").toString())).isEqualTo(2);
        assertThat(err()).contains(".gpkg");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("help", "import FILE", "export PARK_ID FILE", "parks");
        assertThat(run()).isZero();
        assertThat(out()).contains("import FILE");
    }

    @Test
    void commandsWithoutSpringRunThroughTheSameDispatcher() {
        CliCommand echo = new CliCommand() {
            @Override
            public String name() {
                return "echo";
            }

            @Override
            public String usage() {
                return "echo WORDS…   print the words";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                out.println(String.join(" ", args));
                return 0;
            }
        };
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(echo));
        assertThat(cli.run(new String[] {"echo", "a", "b"})).isZero();
        assertThat(out()).isEqualTo("a b" + System.lineSeparator());
    }

    private static Map<String, Integer> layerCounts(Path file) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(file.toFile()).path("features")) {
            counts.merge(f.path("properties").path("layer").asText(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void generatedParksImportCleanly() throws IOException {
        Path file = dir.resolve("generated.geojson");
        assertThat(run("generate", file.toString(), "--parcels=40", "--seed=3")).as(err()).isZero();
        assertThat(out().trim()).isEqualTo("generated-40-3");
        JsonNode park = new ObjectMapper().readTree(file.toFile());
        long parcels = 0;
        for (JsonNode f : park.get("features")) {
            parcels += f.at("/properties/layer").asText().equals("parcel") ? 1 : 0;
        }
        assertThat(parcels).isEqualTo(40);

        assertThat(run("import", file.toString(), store("g.gpkg"))).as(err()).isZero();
        assertThat(out().trim()).isEqualTo("generated-40-3");
        assertThat(run("generate", dir.resolve("x.geojson").toString(), "--parcels=many")).isEqualTo(2);
    }

    @Test
    void benchStorePrintsOneJsonLineOfTimings() throws IOException {
        assertThat(run("bench", "store", "--parcels=30", "--runs=2", store("bench.gpkg"))).as(err()).isZero();
        JsonNode line = new ObjectMapper().readTree(out());
        assertThat(line.get("store").asText()).isEqualTo("geopackage");
        assertThat(line.get("parcels").asInt()).isEqualTo(30);
        assertThat(line.at("/importMs/median").asDouble()).isPositive();
        assertThat(line.get("bboxMatched").asLong()).isBetween(1L, 30L);
        assertThat(err()).contains("run 2/2");
        assertThat(run("parks", store("bench.gpkg"))).isZero();
        assertThat(out()).as("the benchmark deletes its parks").isBlank();

        assertThat(run("bench", "nope")).isEqualTo(2);
        assertThat(err()).contains("no benchmark 'nope'", "store");
    }

    @Test
    void importingAGeoPackageLeavesTheFileAsItWas() throws IOException {
        Path source = fixture();
        assertThat(run("import", source.toString(), store("a.gpkg"))).as(err()).isZero();
        Path gpkg = dir.resolve("park.gpkg");
        assertThat(run("export", "island-park", gpkg.toString(), store("a.gpkg"))).as(err()).isZero();
        byte[] before = Files.readAllBytes(gpkg);

        assertThat(run("import", gpkg.toString(), store("b.gpkg"))).as(err()).isZero();

        assertThat(Files.readAllBytes(gpkg)).isEqualTo(before);

        // a GeoPackage of someone else's making (GDAL's) is refused, and not touched either
        Path foreign = dir.resolve("gdal.gpkg");
        Process ogr2ogr = new ProcessBuilder("ogr2ogr", "-f", "GPKG", foreign.toString(), source.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(ogr2ogr.waitFor()).as(new String(ogr2ogr.getInputStream().readAllBytes())).isZero();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        byte[] foreignBefore = Files.readAllBytes(foreign);
        assertThat(run("import", foreign.toString(), store("c.gpkg"))).isEqualTo(1);
        assertThat(err()).contains("parks");
        assertThat(Files.readAllBytes(foreign)).isEqualTo(foreignBefore);
    }

    @Test
    void exportingOntoTheStoreFileIsRefused() throws IOException {
        assertThat(run("import", fixture().toString(), store("a.gpkg"))).as(err()).isZero();
        Path storeFile = dir.resolve("a.gpkg");

        assertThat(run("export", "island-park", storeFile.toString(), store("a.gpkg"))).isEqualTo(2);
        assertThat(err()).contains("store itself");
        assertThat(run("parks", store("a.gpkg"))).isZero();
        assertThat(out()).startsWith("island-park\t");
    }
}

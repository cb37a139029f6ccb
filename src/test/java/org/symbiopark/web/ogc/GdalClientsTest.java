package org.symbiopark.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiopark.web.MapsTestParks;
import org.symbiopark.web.WebApiTest;

/**
 * GDAL as a real client (Debian gdal-bin, installed by scripts/install-test-deps.sh): its OAPIF
 * driver lists and reads the OGC API collections, its MVT driver opens a tile. Fails, never
 * skips, when ogrinfo is missing.
 */
class GdalClientsTest extends WebApiTest {

    private static String park;

    @TempDir
    Path dir;

    @BeforeEach
    void demoPark() {
        if (park == null) {
            park = MapsTestParks.importDemo(this, "gdal");
        }
    }

    private static String ogrinfo() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, "ogrinfo");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail("ogrinfo not found on PATH: install Debian's gdal-bin (scripts/install-test-deps.sh does)");
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ogrinfo());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("ogrinfo did not finish in 120 s: " + command);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s; output:%n%s", command, text).isZero();
        return text;
    }

    private String oapif() {
        return "OAPIF:http://127.0.0.1:" + port + "/ogc";
    }

    @Test
    void ogrinfoListsTheParkCollections() throws Exception {
        String out = run("-ro", "-so", oapif());
        assertThat(out).contains("using driver `OAPIF' successful")
                .contains(park + ":parcels", park + ":plants", park + ":pipelines", park + ":corridors");
    }

    @Test
    void ogrinfoReadsEveryParcelWithItsAttributes() throws Exception {
        String summary = run("-ro", "-so", oapif(), park + ":parcels");
        assertThat(summary).contains("Feature Count: 57").contains("zoning: String");

        String out = run("-ro", oapif(), park + ":parcels");
        Matcher features = Pattern.compile("OGRFeature\\(" + Pattern.quote(park + ":parcels") + "\\):").matcher(out);
        int count = 0;
        while (features.find()) {
            count++;
        }
        assertThat(count).isEqualTo(57);
        assertThat(out).contains("id (String) = P06", "name (String) = Logistics parcel P06",
                "zoning (String) = logistics", "MULTIPOLYGON (((134.");
    }

    @Test
    void ogrinfoOpensAVectorTile() throws Exception {
        HttpResponse<byte[]> tile = getBytes("/tiles/" + park + "/parcels/14/14329/5669.mvt");
        assertThat(tile.statusCode()).isEqualTo(200);
        // GDAL's MVT driver takes z/x/y from a path shaped like a tile cache's
        Path file = dir.resolve("14/14329/5669.pbf");
        Files.createDirectories(file.getParent());
        Files.write(file, tile.body());

        String out = run("-ro", "-so", "MVT:" + file, "parcels");
        assertThat(out).contains("using driver `MVT' successful", "Layer name: parcels", "zoning: String");
        Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(out);
        assertThat(count.find()).as(out).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isPositive();
        // the z/x/y of the path put the features back where they belong: EPSG:3857 near 134.85 E
        String features = run("-ro", "MVT:" + file, "parcels");
        assertThat(features).contains("OGRFeature(parcels):0").contains("POLYGON ((150");
    }
}

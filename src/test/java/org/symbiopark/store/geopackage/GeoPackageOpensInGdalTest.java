package org.symbiopark.store.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiopark.park.Layer;
import org.symbiopark.park.ParkData;
import org.symbiopark.store.ParkStoreContractTest;

/**
 * A file written by the store opens in GDAL (Debian {@code gdal-bin}), the library QGIS reads
 * GeoPackages with: the four layers with their geometry types, EPSG:4326, their fields and values,
 * a spatial index GDAL recognises and uses, and RTree triggers GDAL can run when it edits the file.
 */
class GeoPackageOpensInGdalTest {

    @TempDir
    Path folder;

    private Path file;
    private ParkData park;

    @BeforeEach
    void writeSmallPark() throws Exception {
        file = folder.resolve("park.gpkg");
        park = ParkStoreContractTest.smallPark();
        try (GeoPackageParkStore store = new GeoPackageParkStore(file)) {
            store.insertParkData(park);
        }
    }

    @Test
    void ogrinfoListsTheLayersWithTypesSrsAndFields() {
        String summary = ogrinfo("-ro", "-al", "-so", file.toString());

        Map<String, String> expectedTypes = Map.of("parcels", "Multi Polygon", "plants", "Unknown (any)",
                "pipelines", "Multi Line String", "corridors", "Unknown (any)", "parks", "None",
                "plant_streams", "None", "scenarios", "None");
        for (var entry : expectedTypes.entrySet()) {
            String layer = layerBlock(summary, entry.getKey());
            assertThat(layer).as("ogrinfo summary of layer %s", entry.getKey())
                    .contains("Geometry: " + entry.getValue());
        }
        for (String layer : List.of("parcels", "plants", "pipelines", "corridors")) {
            assertThat(layerBlock(summary, layer)).as("SRS of %s", layer)
                    .contains("GEOGCRS[\"WGS 84\"").contains("ID[\"EPSG\",4326]")
                    .contains("FID Column = fid").contains("Geometry Column = geom");
        }
        assertThat(layerBlock(summary, "parcels")).contains("Feature Count: 2", "feature_id: String",
                "zoning: String", "status: String", "land_price_per_m2: Real", "max_coverage: Real", "area_m2: Real");
        assertThat(layerBlock(summary, "plants")).contains("Feature Count: 2", "industry: String",
                "hazard_class: Integer", "safety_buffer_m: Real", "allowed_zoning: String");
        assertThat(layerBlock(summary, "pipelines")).contains("carrier: String", "diameter_mm: Real", "length_m: Real");
        assertThat(layerBlock(summary, "corridors")).contains("kind: String", "cost_factor: Real");
        assertThat(layerBlock(summary, "plant_streams")).contains("Feature Count: 3", "hazardous: Integer(Boolean)");
        assertThat(layerBlock(summary, "parks")).contains("Feature Count: 1", "discount_rate: Real");
        assertThat(summary).doesNotContain("ERROR");
    }

    @Test
    void ogrinfoReadsTheFeatureValues() {
        String parcels = ogrinfo("-ro", file.toString(), "parcels");

        assertThat(parcels).contains(
                "park_id (String) = " + park.park().id(),
                "feature_id (String) = lot-1",
                "zoning (String) = industrial-heavy",
                "status (String) = available",
                "land_price_per_m2 (Real) = 350",
                "max_coverage (Real) = 0.6",
                "MULTIPOLYGON (((134.85 48.38,134.852 48.38,134.852 48.382,134.85 48.382,134.85 48.38)))",
                "feature_id (String) = lot-2",
                "zoning (String) = logistics",
                "land_price_per_m2 (Real) = (null)");
        assertThat(parcels).doesNotContain("ERROR");

        String plants = ogrinfo("-ro", file.toString(), "plants");
        assertThat(plants).contains("feature_id (String) = chp", "POINT (134.851 48.381)",
                "allowed_zoning (String) = industrial-heavy,utility", "feature_id (String) = biogas");
        String pipelines = ogrinfo("-ro", file.toString(), "pipelines");
        assertThat(pipelines).contains("MULTILINESTRING ((134.851 48.381,134.854 48.3805))", "carrier (String) = steam");
    }

    @Test
    void gdalUsesTheRTreeAndRunsItsTriggers() throws Exception {
        assertThat(ogrinfo("-ro", file.toString(), "-sql", "SELECT HasSpatialIndex('parcels', 'geom')"))
                .contains("HasSpatialIndex (Integer) = 1");
        // the box touches only the first part of lot-2
        String filtered = ogrinfo("-ro", "-spat", "134.8525", "48.3795", "134.8535", "48.3805", file.toString(),
                "parcels");
        assertThat(filtered).contains("feature_id (String) = lot-2").doesNotContain("lot-1");

        // GDAL edits the file with its own ST_MinX … functions: the RTree triggers must run without error
        String update = ogrinfo(file.toString(), "-sql", "UPDATE parcels SET geom = geom");
        String delete = ogrinfo(file.toString(), "-sql", "DELETE FROM parcels WHERE feature_id = 'lot-1'");
        assertThat(update + delete).doesNotContain("ERROR");
        assertThat(ogrinfo("-ro", file.toString(), "-sql", "SELECT count(*) AS entries FROM rtree_parcels_geom"))
                .contains("entries (Integer) = 1");
        assertThat(ogrinfo("-ro", file.toString(), "-sql", "PRAGMA integrity_check"))
                .contains("integrity_check (String) = ok");

        try (GeoPackageParkStore store = new GeoPackageParkStore(file)) {
            assertThat(store.listFeatures(park.park().id(), Layer.PARCELS, ParkStoreContractTest.ISLAND_BOX, 10, 0)
                    .items()).extracting(p -> p.id()).containsExactly("lot-2");
        }
    }

    /** The text of one layer's block in {@code ogrinfo -al -so} output. */
    private static String layerBlock(String summary, String layer) {
        String start = "Layer name: " + layer + "\n";
        int from = summary.indexOf(start);
        assertThat(from).as("ogrinfo lists layer %s in:%n%s", layer, summary).isGreaterThanOrEqualTo(0);
        int to = summary.indexOf("Layer name: ", from + start.length());
        return summary.substring(from, to < 0 ? summary.length() : to);
    }

    /** Runs ogrinfo and returns its standard output and error; fails if it is missing or fails. */
    private static String ogrinfo(String... args) {
        List<String> command = new ArrayList<>();
        command.add("ogrinfo");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("ogrinfo (GDAL) is needed by this test but could not be started: " + e.getMessage()
                    + ". Install it with: apt-get install -y --no-install-recommends gdal-bin");
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("ogrinfo did not finish in 60 s: " + command);
            }
            assertThat(process.exitValue()).as("exit code of %s, output:%n%s", command, output).isZero();
            return output;
        } catch (IOException | InterruptedException e) {
            return fail("ogrinfo " + command + " failed: " + e);
        }
    }
}

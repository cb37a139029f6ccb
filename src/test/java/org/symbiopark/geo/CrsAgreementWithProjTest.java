package org.symbiopark.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Our transforms against PROJ's {@code cs2cs} (Debian {@code proj-bin}), the reference GDAL, QGIS
 * and PostGIS share: forward and inverse must agree within 1 cm. Needs {@code cs2cs} on the PATH
 * and fails (does not skip) without it.
 *
 * <p>PROJ ≥ 6 uses the EPSG axis order on both sides: EPSG:4326 is (lat, lon), the CGCS2000 3°
 * Gauss–Krüger zones and Pulkovo 1942 Gauss–Krüger zones are (northing, easting), UTM zones
 * (easting, northing). Our class always speaks (easting, northing) / (lon, lat).
 *
 * <p>The points lie inside each CRS's EPSG area of use. Where EPSG has several transformations
 * between the datums, PROJ chooses one per point ({@link DatumShiftChoice}); the points sit on
 * both sides of the areas where its choice changes, at least 0.05° from their edges (the EPSG
 * versions of PROJ's and SIS's databases may round extents differently):
 * <ul>
 *   <li>VN-2000: EPSG:5194 inside the box of the Mekong delta blocks DBSCL 02 and 03
 *       (9.35–11.04°N, 104.24–107.11°E; Long Jiang industrial park at 10.5°N 106.24°E, Can Tho,
 *       Ca Mau), EPSG:6960 elsewhere in Vietnam (Hanoi, Phu Quoc west of the box, Binh Duong north
 *       of it); the two differ by about 0.8 m.</li>
 *   <li>Pulkovo 1942: EPSG:5044 inside the box of Russia (north of 41.19°N, east of 19.58°E,
 *       which takes in Tashkent, Bishkek and Almaty), EPSG:15865 south of it (Uzbekistan
 *       Pengsheng industrial park at 40.85°N 68.67°E, Andijan, the Tarim edge of zone 14); the two
 *       differ by about 2.7 m there.</li>
 * </ul>
  */
class CrsAgreementWithProjTest {

    private static final double TOLERANCE_M = 0.01;
    private static final double METRES_PER_DEGREE = 111_320;

    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();
    private static final GeometryFactory WGS84 = new GeometryFactory();

    static Stream<Arguments> crsCases() {
        return Stream.of(
                // srid, EPSG order northing first?, lon/lat points
                Arguments.of(32648, false, new double[][] {{103, 10}, {105, 21}, {107.5, 30}, {104, 45}, {106, 60}}),
                Arguments.of(32649, false, new double[][] {{109, 5}, {111, 22.5}, {113, 35}, {110, 50}, {112, 70}}),
                Arguments.of(4547, true, new double[][] {{113, 22.5}, {114, 30}, {115, 38}, {113.5, 44}}),
                Arguments.of(4549, true, new double[][] {{119, 25}, {120, 31.2}, {121, 40}, {120.5, 52}}),
                // Hanoi, Lao Cai, Hue, Nha Trang edge, Rach Gia-Phu Quoc strait: EPSG:6960
                Arguments.of(3405, false, new double[][] {{105.85, 21.03}, {103.5, 22}, {106.5, 17}, {107.5, 12}, {104, 8.8},
                        // Phu Quoc (west of the Mekong box), Binh Duong north of it: EPSG:6960
                        {103.97, 10.22}, {106.65, 11.15},
                        // Long Jiang IP, Can Tho, Ca Mau, Ho Chi Minh City, Long Xuyen: EPSG:5194
                        {106.24, 10.5}, {105.78, 10.03}, {105.15, 9.18 + 0.3}, {106.7, 10.78}, {105.43, 10.38}}),
                // Pengsheng IP and Andijan region south of Russia's box (EPSG:15865), Tashkent north of it (5044)
                Arguments.of(28412, true, new double[][] {{68.67, 40.85}, {69.3, 41.12}, {69.28, 41.3}, {67.0, 39.65}}),
                Arguments.of(28413, true, new double[][] {{72.8, 40.8}, {74.6, 42.87}, {76.9, 43.25}, {72.3, 41.26}}),
                Arguments.of(28414, true, new double[][] {{82.9, 55}, {79, 52}, {80, 45}, {83.5, 62}, {81, 70},
                        {78.4, 42.5}, {80.0, 41.12}}),
                // Kazakhstan's Caspian shelf: EPSG:1303 (2 m) beats 5044; Latvia: 5044 (3 m) beats Latvia's own (4 m)
                Arguments.of(28409, true, new double[][] {{51, 45}, {49.5, 42}}),
                Arguments.of(28404, true, new double[][] {{25, 57}, {24.1, 56.95}}),
                // Hanoi is in no Pulkovo 1942 area: PROJ falls back to the first candidate of its list (5044)
                Arguments.of(28418, true, new double[][] {{105.85, 21.03}}),
                // ED50, whose EPSG transformations are many and national: PROJ picks (28) in Madrid,
                // (17) in Paris, (2) in Hamburg, and so do we
                Arguments.of(23030, false, new double[][] {{-3.7, 40.4}}),
                Arguments.of(23031, false, new double[][] {{2.35, 48.85}}),
                Arguments.of(23032, false, new double[][] {{10, 53.5}}));
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @MethodSource("crsCases")
    void forwardAndInverseAgreeWithCs2cs(int srid, boolean northingFirst, double[][] lonLat) {
        assertEquals(northingFirst, TRANSFORMS.describe(srid).northingFirst(), "EPSG axis order of EPSG:" + srid);

        // forward: PROJ reads (lat, lon) and writes the target's EPSG order
        StringBuilder input = new StringBuilder();
        for (double[] p : lonLat) {
            input.append(p[1]).append(' ').append(p[0]).append('\n');
        }
        List<double[]> proj = cs2cs(List.of("-d", "4", "EPSG:4326", "EPSG:" + srid), input.toString(), lonLat.length);
        double[][] projEN = new double[lonLat.length][];
        for (int i = 0; i < lonLat.length; i++) {
            double[] o = proj.get(i);
            projEN[i] = northingFirst ? new double[] {o[1], o[0]} : new double[] {o[0], o[1]};
            Coordinate ours = TRANSFORMS.transform(WGS84.createPoint(new Coordinate(lonLat[i][0], lonLat[i][1])),
                    CoordinateTransforms.WGS84, srid).getCoordinate();
            double d = Math.hypot(ours.x - projEN[i][0], ours.y - projEN[i][1]);
            assertTrue(d <= TOLERANCE_M, String.format(Locale.ROOT,
                    "EPSG:%d forward at lon %s lat %s: ours (%.4f, %.4f), cs2cs (%.4f, %.4f), %.4f m apart",
                    srid, lonLat[i][0], lonLat[i][1], ours.x, ours.y, projEN[i][0], projEN[i][1], d));
        }

        // inverse, from PROJ's projected coordinates: PROJ reads the EPSG order and writes (lat, lon)
        input.setLength(0);
        for (double[] en : projEN) {
            double[] epsgOrder = northingFirst ? new double[] {en[1], en[0]} : en;
            input.append(epsgOrder[0]).append(' ').append(epsgOrder[1]).append('\n');
        }
        List<double[]> projInverse = cs2cs(List.of("-d", "10", "EPSG:" + srid, "EPSG:4326"), input.toString(),
                lonLat.length);
        GeometryFactory projected = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), srid);
        for (int i = 0; i < lonLat.length; i++) {
            double projLat = projInverse.get(i)[0];
            double projLon = projInverse.get(i)[1];
            Geometry back = TRANSFORMS.transform(projected.createPoint(new Coordinate(projEN[i][0], projEN[i][1])),
                    srid, CoordinateTransforms.WGS84);
            Coordinate ours = back.getCoordinate();
            double dyM = (ours.y - projLat) * METRES_PER_DEGREE;
            double dxM = (ours.x - projLon) * METRES_PER_DEGREE * Math.cos(Math.toRadians(projLat));
            double d = Math.hypot(dxM, dyM);
            assertTrue(d <= TOLERANCE_M, String.format(Locale.ROOT,
                    "EPSG:%d inverse at (%.4f, %.4f): ours lon %.9f lat %.9f, cs2cs lon %.9f lat %.9f, %.4f m apart",
                    srid, projEN[i][0], projEN[i][1], ours.x, ours.y, projLon, projLat, d));
            assertEquals(CoordinateTransforms.WGS84, back.getSRID());
        }
    }

    /** Runs cs2cs on the lines of input and returns the first two numbers of each output line. */
    private static List<double[]> cs2cs(List<String> args, String input, int expectedLines) {
        List<String> command = new ArrayList<>();
        command.add("cs2cs");
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("PROJ's cs2cs is required for this test and could not be started (" + e.getMessage()
                    + "); on Debian: apt-get install -y --no-install-recommends proj-bin");
            throw new AssertionError(e);
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.US_ASCII));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "cs2cs did not finish");
            assertEquals(0, process.exitValue(), "cs2cs " + args + " failed: " + output);
            List<double[]> result = new ArrayList<>();
            for (String line : output.strip().split("\n")) {
                String[] f = line.trim().split("\\s+");
                try {
                    result.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
                } catch (RuntimeException e) {
                    fail("unexpected cs2cs output line \"" + line + "\" for " + args + ":\n" + output);
                }
            }
            assertEquals(expectedLines, result.size(), "cs2cs output lines:\n" + output);
            return result;
        } catch (IOException e) {
            throw new AssertionError("talking to cs2cs failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

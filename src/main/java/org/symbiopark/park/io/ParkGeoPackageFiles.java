package org.symbiopark.park.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Violation;
import org.symbiopark.store.geopackage.GeoPackageParkStore;

/**
 * A whole park as a GeoPackage file of its own (OGC 12-128r18), in the same tables as the
 * embedded store, so QGIS opens an export as it is and an export imports again unchanged.
 * A file to read must hold exactly one park.
 */
public final class ParkGeoPackageFiles {

    /** Every SQLite 3 database, hence every GeoPackage, starts with these 16 bytes. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ParkGeoPackageFiles() {
    }

    /** True if the bytes start like an SQLite database (a GeoPackage), false for anything else (e.g. JSON). */
    public static boolean looksLikeGeoPackage(byte[] head) {
        return head.length >= SQLITE_HEADER.length
                && Arrays.equals(head, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length);
    }

    /**
     * The one park of a GeoPackage file.
     *
     * @throws InvalidParkException if the file is no GeoPackage or holds no park or several
     */
    public static ParkData read(Path file) {
        if (!looksLikeGeoPackage(head(file))) {
            throw new InvalidParkException(Violation.of("file", "not a GeoPackage: the file does not start "
                    + "with the SQLite 3 header"));
        }
        try (GeoPackageParkStore store = new GeoPackageParkStore(file)) {
            List<Park> parks = store.listParks();
            if (parks.size() != 1) {
                String found = parks.isEmpty() ? "no park"
                        : parks.size() + " parks (" + parks.stream().map(Park::id).collect(Collectors.joining(", "))
                        + ")";
                throw new InvalidParkException(Violation.of("file",
                        "the GeoPackage holds " + found + "; an import takes a file with exactly one park"));
            }
            String parkId = parks.get(0).id();
            return store.loadParkData(parkId).orElseThrow(() -> new InvalidParkException(
                    Violation.of("file", "park '" + parkId + "' is listed but cannot be loaded")));
        }
    }

    /** Writes the park into a new GeoPackage file, replacing any file at that path. */
    public static void write(ParkData data, Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (GeoPackageParkStore store = new GeoPackageParkStore(file)) {
            store.insertParkData(data);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.symbiopark.park.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Violation;
import org.symbiopark.store.geopackage.GeoPackageFileCheck;
import org.symbiopark.store.geopackage.GeoPackageParkStore;

/**
 * A whole park as a GeoPackage file of its own (OGC 12-128r18), in the same tables as the
 * embedded store, so QGIS opens an export as it is and an export imports again unchanged.
 *
 * <p>A file to read must hold exactly one park. It is read from a private copy (the store sets
 * up its schema in the files it opens, and an input file must stay as it was), and what it
 * holds passes the same rules as the exchange GeoJSON: it is written out as that format and
 * read back through {@link ParkGeoJsonReader}, so a file edited in QGIS cannot bring in what a
 * GeoJSON import would refuse.
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
     * The one park of a GeoPackage file, checked as an import of the exchange format is.
     *
     * @throws InvalidParkException if the file is no readable GeoPackage, holds no park or
     *                              several, or its park breaks a rule (every violation named)
     */
    public static ParkData read(Path file, ParkGeoJsonReader reader) {
        if (!looksLikeGeoPackage(head(file))) {
            throw notReadable("not a GeoPackage: the file does not start with the SQLite 3 header");
        }
        Path dir = tempDirectory("symbiopark-read");
        try {
            Path copy = dir.resolve("park.gpkg");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Optional<String> problem = GeoPackageFileCheck.problem(copy);
            if (problem.isPresent()) {
                throw notReadable(problem.get());
            }
            ParkData stored = load(copy);
            return reader.readPark(new ParkGeoJsonWriter().park(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Writes the park into a new GeoPackage file. The file is made next to the target and moved
     * over it at the end, so a failure leaves any earlier file at that path as it was.
     */
    public static void write(ParkData data, Path file) {
        Path target = file.toAbsolutePath();
        Path dir = tempDirectory(target.getParent(), ".symbiopark-write");
        try {
            Path made = dir.resolve("park.gpkg");
            try (GeoPackageParkStore store = new GeoPackageParkStore(made)) {
                store.insertParkData(data);
            }
            Files.move(made, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    private static ParkData load(Path copy) {
        try (GeoPackageParkStore store = new GeoPackageParkStore(copy)) {
            List<Park> parks = store.listParks();
            if (parks.size() != 1) {
                String found = parks.isEmpty() ? "no park"
                        : parks.size() + " parks (" + parks.stream().map(Park::id).collect(Collectors.joining(", "))
                        + ")";
                throw notReadable("the GeoPackage holds " + found + "; an import takes a file with exactly one park");
            }
            String parkId = parks.get(0).id();
            return store.loadParkData(parkId)
                    .orElseThrow(() -> notReadable("park '" + parkId + "' is listed but cannot be loaded"));
        } catch (InvalidParkException e) {
            throw e;
        } catch (RuntimeException e) {
            // e.g. a zoning code or status the store does not know, typed into the file by hand
            throw notReadable("its rows cannot be read as a park: " + e.getMessage());
        }
    }

    private static InvalidParkException notReadable(String reason) {
        return new InvalidParkException(Violation.of("file", reason));
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDirectory(Path parent, String prefix) {
        try {
            return Files.createTempDirectory(parent == null ? Path.of(".") : parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SQLite may leave journal files next to the database, so the whole folder goes. */
    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind is harmless; the data it held was a copy
        }
    }
}

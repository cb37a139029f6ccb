package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.io.ParkGeoJsonWriter;
import org.symbiopark.park.io.ParkGeoPackageFiles;

/** A whole park read from or written to a file, the format told by the content (read) or the extension (write). */
final class ParkFiles {

    private ParkFiles() {
    }

    /** Fails as a usage error before anything starts if the file to read is not there. */
    static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("no readable file " + file);
        }
    }

    static ParkData read(Path file, StoreContext context) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        if (ParkGeoPackageFiles.looksLikeGeoPackage(head)) {
            return ParkGeoPackageFiles.read(file, context.reader());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return context.reader().readPark(in);
        }
    }

    static void write(ParkData data, Path file) throws IOException {
        switch (formatOf(file)) {
            case "gpkg" -> ParkGeoPackageFiles.write(data, file);
            default -> new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValue(file.toFile(), new ParkGeoJsonWriter().park(data));
        }
    }

    /** The format of a file to write, from its extension; a usage error for any other. */
    static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg")) {
            return "gpkg";
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return "geojson";
        }
        throw new UsageException("cannot tell the format of '" + file.getFileName()
                + "': name it .geojson, .json or .gpkg");
    }
}

package org.symbiopark.web.park;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.io.ParkGeoJsonReader;
import org.symbiopark.park.io.ParkGeoJsonWriter;
import org.symbiopark.park.io.ParkGeoPackageFiles;
import org.symbiopark.web.InvalidParameterException;

/**
 * A whole park as one file: import from the park exchange GeoJSON or a GeoPackage (as a JSON
 * body, a multipart upload or a raw GeoPackage body), export to either. An import lands whole
 * or not at all.
 */
@RestController
@RequestMapping(ApiLinks.PARKS)
@Tag(name = "Park import and export")
class ParkFileController {

    static final String GEOPACKAGE = "application/geopackage+sqlite3";
    private static final String ID_DESCRIPTION = "store the park under this id instead of the file's";

    private final ParkService parks;
    private final ParkGeoJsonReader reader;
    private final ParkGeoJsonWriter writer;

    ParkFileController(ParkService parks, ParkGeoJsonReader reader, ParkGeoJsonWriter writer) {
        this.parks = parks;
        this.reader = reader;
        this.writer = writer;
    }

    @PostMapping(path = "/import", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/geo+json"})
    @Operation(summary = "Import a whole park from the park exchange GeoJSON")
    ResponseEntity<Map<String, String>> importGeoJson(
            @Parameter(description = ID_DESCRIPTION) @RequestParam(required = false) String id,
            @RequestBody JsonNode collection) {
        return imported(parks.importPark(renamed(reader.readPark(collection), id)));
    }

    @PostMapping(path = "/import", consumes = GEOPACKAGE)
    @Operation(summary = "Import a whole park from a GeoPackage sent as the request body")
    ResponseEntity<Map<String, String>> importGeoPackage(
            @Parameter(description = ID_DESCRIPTION) @RequestParam(required = false) String id,
            InputStream body) throws IOException {
        return imported(parks.importPark(renamed(readGeoPackage(body), id)));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a whole park from an uploaded file (part 'file'): GeoPackage or exchange GeoJSON")
    ResponseEntity<Map<String, String>> importUpload(
            @Parameter(description = ID_DESCRIPTION) @RequestParam(required = false) String id,
            @RequestPart("file") MultipartFile file) throws IOException {
        ParkData data;
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(16);
            if (ParkGeoPackageFiles.looksLikeGeoPackage(head)) {
                try (InputStream all = file.getInputStream()) {
                    data = readGeoPackage(all);
                }
            } else {
                try (InputStream all = file.getInputStream()) {
                    data = reader.readPark(all);
                }
            }
        }
        return imported(parks.importPark(renamed(data, id)));
    }

    @GetMapping("/{parkId}/export")
    @Operation(summary = "Export a whole park as the park exchange GeoJSON (format=geojson) or a GeoPackage (format=gpkg)")
    ResponseEntity<?> export(@PathVariable String parkId,
                             @Parameter(description = "geojson (default) or gpkg")
                             @RequestParam(defaultValue = "geojson") String format) throws IOException {
        if (!format.equals("geojson") && !format.equals("gpkg")) {
            throw new InvalidParameterException("format", "'" + format + "' is not one of the allowed values geojson, gpkg");
        }
        ParkData data = parks.exportPark(parkId);
        if (format.equals("geojson")) {
            return ResponseEntity.ok().contentType(ParkLayerController.GEO_JSON).body(writer.park(data));
        }
        Path dir = Files.createTempDirectory("symbiopark-export");
        Path file = dir.resolve("park.gpkg");
        try {
            ParkGeoPackageFiles.write(data, file);
            byte[] bytes = Files.readAllBytes(file);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(GEOPACKAGE))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(parkId + ".gpkg").build().toString())
                    .body(bytes);
        } finally {
            deleteTree(dir);
        }
    }

    private ParkData readGeoPackage(InputStream body) throws IOException {
        Path dir = Files.createTempDirectory("symbiopark-import");
        Path file = dir.resolve("upload.gpkg");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return ParkGeoPackageFiles.read(file, reader);
        } finally {
            deleteTree(dir);
        }
    }

    private static ParkData renamed(ParkData data, String id) {
        if (id == null || id.isBlank()) {
            return data;
        }
        return new ParkData(data.park().withId(id), data.parcels(), data.plants(), data.pipelines(),
                data.corridors(), data.scenarios());
    }

    private static ResponseEntity<Map<String, String>> imported(String parkId) {
        return ResponseEntity.created(URI.create(ApiLinks.current().park(parkId))).body(Map.of("id", parkId));
    }

    /** The store may leave journal or WAL files next to the GeoPackage, so the whole folder goes. */
    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

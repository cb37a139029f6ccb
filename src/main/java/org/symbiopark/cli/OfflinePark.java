package org.symbiopark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.symbiopark.analysis.ParkWorkCrs;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkRules;
import org.symbiopark.park.io.ParkGeoJsonReader;

/**
 * A park read from an exchange-format file without the server, checked as an import is, with
 * the metric work CRS the engines compute in: what the offline commands ({@code exchange},
 * {@code site}) start from.
 */
record OfflinePark(ParkData data, ResourceCatalog catalog, CoordinateTransforms transforms, int workSrid) {

    static OfflinePark read(Path file) {
        ParkFiles.requireReadable(file);
        CoordinateTransforms transforms = new SisCoordinateTransforms();
        MetricMeasures measures = new MetricMeasures(transforms);
        ResourceCatalog catalog = ResourceCatalog.loadDefault();
        ParkData data;
        try (InputStream in = Files.newInputStream(file)) {
            data = new ParkGeoJsonReader(catalog, transforms, new ParkRules(measures)).readPark(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OfflinePark(data, catalog, transforms, ParkWorkCrs.srid(data, measures));
    }

    /** WGS 84 → the work CRS. */
    UnaryOperator<Geometry> toWorkCrs() {
        return g -> transforms.transform(g, CoordinateTransforms.WGS84, workSrid);
    }
}

package org.symbiopark.analysis;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.ParkData;

/** The metric CRS a park's engines work in. */
public final class ParkWorkCrs {

    private ParkWorkCrs() {
    }

    /** The park's work CRS, else the UTM zone of its plants, corridors and parcels (as the import chooses it). */
    public static int srid(ParkData data, MetricMeasures measures) {
        if (data.park().workSrid() != null) {
            return data.park().workSrid();
        }
        List<Geometry> located = new ArrayList<>();
        data.plants().stream().filter(p -> p.geometry() != null).forEach(p -> located.add(p.geometry()));
        data.corridors().stream().filter(c -> c.geometry() != null).forEach(c -> located.add(c.geometry()));
        data.parcels().forEach(p -> located.add(p.geometry()));
        if (located.isEmpty()) {
            return CoordinateTransforms.utmZoneSrid(0, 0);
        }
        return measures.defaultWorkSrid(new GeometryFactory().buildGeometry(located));
    }
}

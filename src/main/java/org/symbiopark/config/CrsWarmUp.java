package org.symbiopark.config;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.park.Park;
import org.symbiopark.store.ParkStore;

/**
 * Boots the EPSG database and finds the WGS 84 → work CRS operation of every stored park on a
 * background thread at start. Without it the first request that touches coordinates pays
 * seconds for both (see {@code SisCoordinateTransforms}); with it the server answers at once
 * and the first such request finds the caches warm.
 */
@Component
class CrsWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CrsWarmUp.class);

    private final CoordinateTransforms transforms;
    private final ParkStore store;

    CrsWarmUp(CoordinateTransforms transforms, ParkStore store) {
        this.transforms = transforms;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread thread = new Thread(this::warmUp, "crs-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            transforms.describe(CoordinateTransforms.WGS84);
            GeometryFactory wgs84 = new GeometryFactory(new PrecisionModel(), CoordinateTransforms.WGS84);
            for (Park park : store.listParks()) {
                if (park.workSrid() != null) {
                    var centre = transforms.describe(park.workSrid()).areaOfUse().centre();
                    transforms.transform(wgs84.createPoint(new Coordinate(centre.x, centre.y)),
                            CoordinateTransforms.WGS84, park.workSrid());
                }
            }
            log.debug("CRS caches warm after {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // A park with a CRS that no longer resolves is reported when it is used, not here.
            log.warn("CRS warm-up stopped: {}", e.getMessage());
        }
    }
}

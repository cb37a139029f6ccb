package org.symbiopark.config;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.maps.MapLayerCatalog;
import org.symbiopark.park.ParkService;

/** Wires what the map services (WMS, OGC API Features, vector tiles, the review page) publish. */
@Configuration(proxyBeanMethods = false)
public class MapsConfiguration {

    /**
     * @param maxAge how long a park's map snapshot may be reused when nothing was written through
     *               this server (bounds how late a write by another process, e.g. a CLI import, shows)
     */
    @Bean
    MapLayerCatalog mapLayerCatalog(ParkService parks,
                                    @Value("${symbiopark.maps.snapshot-max-age:PT5M}") Duration maxAge) {
        return new MapLayerCatalog(parks, maxAge, Clock.systemUTC(), snapshotRefresher());
    }

    /** One daemon thread reloads map snapshots past their maximum age while requests use the old ones. */
    private static Executor snapshotRefresher() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "map-snapshot-refresh");
            t.setDaemon(true);
            return t;
        });
    }
}

package org.symbiopark.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.io.ParkGeoJsonReader;

/**
 * Loads the demo parks shipped in {@code data/parks/} into an empty store at start, so a new
 * installation opens on a real-looking park. Nothing happens when the store has any park or
 * {@code symbiopark.load-demo-data} is false. It runs once every bean exists but before the web
 * server opens its port, so the first page a new user opens already shows the park.
 */
@Component
class DemoParkLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoParkLoader.class);

    private final ParkService parks;
    private final ParkGeoJsonReader reader;
    private final SymbioparkProperties properties;

    DemoParkLoader(ParkService parks, ParkGeoJsonReader reader, SymbioparkProperties properties) {
        this.parks = parks;
        this.reader = reader;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo parks", e);
        }
    }

    void load() throws IOException {
        if (!properties.loadDemoData() || !parks.listParks().isEmpty()) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:data/parks/*.geojson");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                String id = parks.importPark(reader.readPark(in));
                log.info("Loaded demo park '{}' from {}", id, file.getFilename());
            }
        }
    }
}

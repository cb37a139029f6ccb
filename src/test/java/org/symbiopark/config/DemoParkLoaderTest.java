package org.symbiopark.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkService;

/** An application on an empty store opens on the shipped demo park, loaded once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DemoParkLoaderTest {

    private static final Path STORE = Path.of("target", "demo-test", "store-" + UUID.randomUUID() + ".gpkg");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("symbiopark.geopackage-path", STORE::toString);
        registry.add("symbiopark.load-demo-data", () -> "true");
    }

    @Autowired
    private ParkService parks;

    @Autowired
    private DemoParkLoader loader;

    @Test
    void theDemoParkIsLoadedAtStartAndNotAgainIntoAStoreThatHasParks() throws Exception {
        assertThat(parks.listParks()).extracting(Park::id).containsExactly("bolshoy-ussuriysky");
        loader.afterSingletonsInstantiated();
        assertThat(parks.listParks()).hasSize(1);
    }
}

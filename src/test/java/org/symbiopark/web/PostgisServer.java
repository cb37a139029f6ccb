package org.symbiopark.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.symbiopark.store.postgis.TestDatabase;

/**
 * Points a {@link WebApiTest} server at a schema of its own in the test PostGIS; the server's
 * Flyway migrates it at start. The schemas go with the throw-away test cluster.
 */
public final class PostgisServer {

    private PostgisServer() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.emptySchema();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }
}

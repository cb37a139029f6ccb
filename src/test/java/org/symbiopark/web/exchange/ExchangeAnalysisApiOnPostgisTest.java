package org.symbiopark.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbiopark.store.postgis.PostgisParkStore;
import org.symbiopark.web.PostgisServer;

/** The exchange analysis API with the server on PostGIS (scenario content as jsonb). */
class ExchangeAnalysisApiOnPostgisTest extends ExchangeAnalysisApiTest {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry registry) {
        PostgisServer.register(registry);
    }

    @Test
    void theServerRunsOnPostgis() {
        assertThat(store).isInstanceOf(PostgisParkStore.class);
    }
}

package org.symbiopark.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.symbiopark.park.Park;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.postgis.PostgisParkStore;
import org.symbiopark.store.postgis.TestDatabase;

/** The PostGIS store is wired, and its schema migrated, exactly when a datasource URL is set. */
class PostgisStoreConfigurationTest {

    private static TestDatabase db;

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(PostgisStoreConfiguration.class);

    @BeforeAll
    static void createSchema() {
        db = TestDatabase.emptySchema();
    }

    @AfterAll
    static void dropSchema() {
        db.close();
    }

    @Test
    void withADatasourceUrlTheStoreIsPostgisOnAMigratedSchema() {
        contexts.withPropertyValues("spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + TestDatabase.user(),
                        "spring.datasource.password=" + TestDatabase.password())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ParkStore store = context.getBean(ParkStore.class);
                    assertThat(store).isInstanceOf(PostgisParkStore.class);
                    Park park = new Park("wired", "Wired park", "RU", List.of("ru"), "RUB", null, 0.08, 30, "");
                    store.insertPark(park);
                    assertThat(store.findPark("wired")).contains(park);
                });

        Integer migrations = new JdbcTemplate(db.dataSource()).queryForObject(
                "SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class);
        assertThat(migrations).isEqualTo(7);
    }

    @Test
    void withoutADatasourceUrlThereIsNoPostgisStore() {
        contexts.withPropertyValues("spring.datasource.url=")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ParkStore.class));
        contexts.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new MapPropertySource("blank-url", Map.of("spring.datasource.url", " \t"))))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ParkStore.class));
        contexts.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ParkStore.class));
    }
}

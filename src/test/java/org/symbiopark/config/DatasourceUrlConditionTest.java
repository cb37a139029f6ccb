package org.symbiopark.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.geopackage.GeoPackageParkStore;
import org.symbiopark.store.postgis.PostgisParkStore;
import org.symbiopark.store.postgis.TestDatabase;

/** Both store configurations together: whatever the datasource URL, exactly one store is wired. */
class DatasourceUrlConditionTest {

    @TempDir
    Path folder;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SymbioparkProperties.class)
    static class Properties {
    }

    private ApplicationContextRunner bothStores() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, StoreConfiguration.class, PostgisStoreConfiguration.class)
                .withPropertyValues("symbiopark.geopackage-path=" + folder.resolve("store.gpkg"));
    }

    /**
     * Sets the URL exactly as given: property pairs ({@code withPropertyValues("k= ")}) are
     * trimmed, which would hide the whitespace cases.
     */
    static ApplicationContextRunner withUrl(ApplicationContextRunner runner, String url) {
        return runner.withInitializer(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("test-url", Map.of(DatasourceUrlCondition.PROPERTY, url))));
    }

    @Test
    void blankMeansUnset() {
        assertThat(DatasourceUrlCondition.isSet(new MockEnvironment())).isFalse();
        for (String blank : new String[] {"", " ", "\t", " \n "}) {
            assertThat(DatasourceUrlCondition.isSet(new MockEnvironment().withProperty("spring.datasource.url", blank)))
                    .as("'%s'", blank).isFalse();
        }
        assertThat(DatasourceUrlCondition.isSet(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://h/db?options='-c search_path=x'"))).isTrue();
    }

    @Test
    void anUnsetEmptyOrWhitespaceUrlWiresOnlyTheGeoPackageStore() {
        bothStores().run(context -> assertThat(context).hasNotFailed().hasSingleBean(ParkStore.class)
                .hasSingleBean(GeoPackageParkStore.class));
        for (String blank : new String[] {"", " ", "\t", " \n "}) {
            withUrl(bothStores(), blank).run(context -> assertThat(context).as("url '%s'", blank).hasNotFailed()
                    .hasSingleBean(ParkStore.class).hasSingleBean(GeoPackageParkStore.class));
        }
    }

    @Test
    void aUrlWithAQuoteWiresOnlyThePostgisStore() {
        try (TestDatabase db = TestDatabase.emptySchema()) {
            // a quote would end the string literal of a SpEL condition built from the property
            String url = db.url() + "&ApplicationName=o'brien";
            withUrl(bothStores(), url).withPropertyValues("spring.datasource.username=" + TestDatabase.user(),
                            "spring.datasource.password=" + TestDatabase.password())
                    .run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(ParkStore.class);
                        assertThat(context.getBean(ParkStore.class)).isInstanceOf(PostgisParkStore.class);
                        assertThat(context.getBean(ParkStore.class).listParks()).isEmpty();
                    });
            assertThat(Files.exists(folder.resolve("store.gpkg"))).isFalse();
        }
    }
}

package org.symbiopark.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.geopackage.GeoPackageParkStore;

class StoreConfigurationTest {

    @TempDir
    Path folder;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SymbioparkProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, StoreConfiguration.class);

    @Test
    void withoutDatasourceUrlTheStoreIsTheGeoPackageFileClosedOnShutdown() {
        Path file = folder.resolve("var/store.gpkg");
        ParkStore[] kept = new ParkStore[1];
        runner.withPropertyValues("symbiopark.geopackage-path=" + file, "spring.datasource.url=")
                .run(context -> {
                    assertThat(context).hasSingleBean(ParkStore.class);
                    kept[0] = context.getBean(ParkStore.class);
                    assertThat(kept[0]).isInstanceOf(GeoPackageParkStore.class);
                    assertThat(kept[0].listParks()).isEmpty();
                    assertThat(Files.exists(file)).isTrue();
                });
        assertThatThrownBy(() -> kept[0].listParks()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unsetDatasourceUrlAlsoMeansGeoPackage() {
        runner.withPropertyValues("symbiopark.geopackage-path=" + folder.resolve("store.gpkg"))
                .run(context -> assertThat(context).hasSingleBean(GeoPackageParkStore.class));
    }

    @Test
    void withDatasourceUrlThereIsNoGeoPackageStore() {
        runner.withPropertyValues("symbiopark.geopackage-path=" + folder.resolve("unused.gpkg"),
                        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/symbiopark")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ParkStore.class);
                    assertThat(Files.exists(folder.resolve("unused.gpkg"))).isFalse();
                });
    }

    @Test
    void aWhitespaceUrlCountsAsUnset() {
        for (String blank : new String[] {" ", "\t\n"}) {
            DatasourceUrlConditionTest.withUrl(runner, blank)
                    .withPropertyValues("symbiopark.geopackage-path=" + folder.resolve("store.gpkg"))
                    .run(context -> assertThat(context).hasNotFailed().hasSingleBean(GeoPackageParkStore.class));
        }
    }

    @Test
    void aUrlWithAQuoteIsSetAndBreaksNothing() {
        DatasourceUrlConditionTest.withUrl(runner, "jdbc:postgresql://127.0.0.1:5432/symbiopark?ApplicationName=o'brien")
                .withPropertyValues("symbiopark.geopackage-path=" + folder.resolve("unused.gpkg"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ParkStore.class));
    }
}

package org.symbiopark;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engines are plain Java (DESIGN.md §2): they run the same from a test, the CLI and the
 * server, so they must not reach for Spring, JDBC, the web or the store.
 */
class ArchitectureTest {

    private static final String[] ENGINES = {
        "org.symbiopark.exchange..", "org.symbiopark.siting..", "org.symbiopark.routing..",
        "org.symbiopark.evaluation..", "org.symbiopark.sites..", "org.symbiopark.maps.style..",
        "org.symbiopark.maps.render..", "org.symbiopark.maps.tiles..", "org.symbiopark.graph.."
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.symbiopark");

    @Test
    void enginesAreFreeOfSpringJdbcAndWeb() {
        noClasses().that().resideInAnyPackage(ENGINES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
                        "jakarta.persistence..", "org.postgresql..", "org.flywaydb..", "java.net.http..",
                        "com.zaxxer.hikari..", "mil.nga..",
                        "org.symbiopark.web..", "org.symbiopark.store..", "org.symbiopark.cli..",
                        "org.symbiopark.config..")
                .because("engines take plain inputs and return plain results (DESIGN.md §2)")
                .check(classes);
    }

    @Test
    void geoAndTheParkModelAreFreeOfSpring() {
        noClasses().that().resideInAnyPackage("org.symbiopark.geo..", "org.symbiopark.park.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.symbiopark.web..")
                .check(classes);
    }

    @Test
    void graphPrimitivesDependOnNothingButTheJdk() {
        classes().that().resideInAPackage("org.symbiopark.graph..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.symbiopark.graph..")
                .because("exchange and routing both use them, and routing depends on exchange")
                .check(classes);
    }

    /**
     * No cycle between the top-level packages. Two known back-edges are excused until they are
     * moved: park → exchange (the park format reads units and resources from the exchange
     * engine's ResourceCatalog, while the engine reads the park records) and park → store
     * (ParkService uses the store port, and park.io.ParkGeoPackageFiles the GeoPackage store,
     * while the stores persist the park records). Any other cycle fails.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.symbiopark.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.symbiopark.park.."), resideInAPackage("org.symbiopark.exchange.."))
                .ignoreDependency(resideInAPackage("org.symbiopark.park.."), resideInAPackage("org.symbiopark.store.."))
                .because("a package that depends on its dependants cannot be understood, tested or moved alone")
                .check(classes);
    }
}

package org.symbiopark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot application. The data source and Flyway are not auto-configured: the store
 * configuration decides between PostGIS (a datasource URL is set) and the embedded GeoPackage.
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@ConfigurationPropertiesScan
public class SymbioparkApplication {

    public static void startServer(String[] args) {
        SpringApplication.run(SymbioparkApplication.class, args);
    }

    public static void main(String[] args) {
        startServer(args);
    }
}

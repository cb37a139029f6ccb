package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.symbiopark.SymbioparkApplication;
import org.symbiopark.park.ParkService;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.geopackage.GeoPackageParkStore;
import org.symbiopark.store.postgis.PostgisParkStore;
import org.symbiopark.park.io.ParkGeoJsonReader;
import org.symbiopark.park.io.ParkGeoJsonWriter;

/**
 * The application without its web server: the configured store (GeoPackage or PostGIS, chosen
 * by the same configuration as the server's), the park service and the exchange format, for
 * commands that work on stored parks. Demo data is not loaded and logging stays quiet unless
 * the options say otherwise.
 */
final class StoreContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private StoreContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Settings of a command-line run, overriding application.yml; an option of the same key on
     * the command line overrides them in turn.
     */
    private static final List<String> COMMAND_LINE_DEFAULTS = List.of(
            "--symbiopark.load-demo-data=false",
            "--logging.level.root=WARN",
            "--spring.main.log-startup-info=false");

    /** @param options {@code --key=value} configuration overriding application.yml */
    static StoreContext open(List<String> options) {
        List<String> args = new ArrayList<>(options);
        for (String setting : COMMAND_LINE_DEFAULTS) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (options.stream().noneMatch(o -> o.startsWith(key))) {
                args.add(setting);
            }
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SymbioparkApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        return new StoreContext(context);
    }

    /** {@code postgis} or {@code geopackage}: which store the configuration chose. */
    String storeKind() {
        return context.getBean(ParkStore.class) instanceof PostgisParkStore ? "postgis" : "geopackage";
    }

    /** The GeoPackage file of the store, if the store is one. */
    java.util.Optional<java.nio.file.Path> storeFile() {
        return context.getBean(ParkStore.class) instanceof GeoPackageParkStore g
                ? java.util.Optional.of(g.file()) : java.util.Optional.empty();
    }

    ParkService parks() {
        return context.getBean(ParkService.class);
    }

    ParkGeoJsonReader reader() {
        return context.getBean(ParkGeoJsonReader.class);
    }

    ParkGeoJsonWriter writer() {
        return context.getBean(ParkGeoJsonWriter.class);
    }

    ObjectMapper json() {
        return context.getBean(ObjectMapper.class);
    }

    @Override
    public void close() {
        context.close();
    }
}

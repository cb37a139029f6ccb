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

    /** @param options {@code --key=value} configuration overriding application.yml */
    static StoreContext open(List<String> options) {
        // As arguments, not default properties: application.yml outranks those and turns the demo on.
        List<String> args = new ArrayList<>();
        for (String key : List.of("symbiopark.load-demo-data=false", "logging.level.root=WARN",
                "logging.level.org.symbiopark=WARN")) {
            String name = key.substring(0, key.indexOf('='));
            if (options.stream().noneMatch(o -> o.startsWith("--" + name + "="))) {
                args.add("--" + key);
            }
        }
        args.addAll(options);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SymbioparkApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        return new StoreContext(context);
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

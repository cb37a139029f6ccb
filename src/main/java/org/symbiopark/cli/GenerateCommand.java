package org.symbiopark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.park.ParkGenerator;

/**
 * {@code generate}: writes a seeded synthetic park (a grid of parcels with streets and plants,
 * see {@link ParkGenerator}) to a file, for benchmarks and load tests. Starts no Spring context.
 */
final class GenerateCommand implements CliCommand {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate FILE [--parcels=N] [--plants=M] [--seed=S] [--lon=X --lat=Y]   write a synthetic park";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArgs parsed = CommandArgs.parse(args);
        Path file = Path.of(parsed.exactly(1, usage()).get(0));
        ParkFiles.formatOf(file);
        int parcels = 10_000;
        Integer plants = null;
        long seed = 1;
        double lon = 134.85;
        double lat = 48.38;
        for (String option : parsed.options()) {
            String value = option.substring(option.indexOf('=') + 1);
            try {
                if (option.startsWith("--parcels=")) {
                    parcels = Integer.parseInt(value);
                } else if (option.startsWith("--plants=")) {
                    plants = Integer.parseInt(value);
                } else if (option.startsWith("--seed=")) {
                    seed = Long.parseLong(value);
                } else if (option.startsWith("--lon=")) {
                    lon = Double.parseDouble(value);
                } else if (option.startsWith("--lat=")) {
                    lat = Double.parseDouble(value);
                } else {
                    throw new UsageException("unknown option " + option + "; usage: " + usage());
                }
            } catch (NumberFormatException e) {
                throw new UsageException(option + ": not a number");
            }
        }
        if (parcels < 1 || Math.abs(lat) > 80 || Math.abs(lon) > 180) {
            throw new UsageException("need --parcels ≥ 1, |lat| ≤ 80 and |lon| ≤ 180");
        }
        int plantCount = plants == null ? Math.max(1, parcels / 50) : plants;
        var park = new ParkGenerator(ResourceCatalog.loadDefault(), lon, lat)
                .generate("generated-" + parcels + "-" + seed, parcels, plantCount, seed);
        try {
            ParkFiles.write(park, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(park.park().id());
        return 0;
    }
}

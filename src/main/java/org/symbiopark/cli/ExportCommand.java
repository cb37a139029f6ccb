package org.symbiopark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a stored park to a file: the park exchange GeoJSON (.geojson, .json) or a GeoPackage (.gpkg). */
final class ExportCommand implements CliCommand {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export PARK_ID FILE [--key=value …]   write a park to a .geojson/.json or .gpkg file";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArgs parsed = CommandArgs.parse(args);
        List<String> positional = parsed.exactly(2, usage());
        Path file = Path.of(positional.get(1));
        ParkFiles.formatOf(file);
        try (StoreContext context = StoreContext.open(parsed.options())) {
            var store = context.storeFile();
            if (store.isPresent() && Files.exists(file) && Files.isSameFile(file, store.get())) {
                throw new UsageException(file + " is the store itself; export to another file");
            }
            ParkFiles.write(context.parks().exportPark(positional.get(0)), file);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

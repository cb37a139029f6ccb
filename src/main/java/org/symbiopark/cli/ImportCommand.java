package org.symbiopark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Imports a whole park from the park exchange GeoJSON or a GeoPackage into the store; prints its id. */
final class ImportCommand implements CliCommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE [--key=value …]      import a park from a .geojson/.json or .gpkg file; prints its id";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArgs parsed = CommandArgs.parse(args);
        Path file = Path.of(parsed.exactly(1, usage()).get(0));
        ParkFiles.requireReadable(file);
        try (StoreContext context = StoreContext.open(parsed.options())) {
            out.println(context.parks().importPark(ParkFiles.read(file, context)));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

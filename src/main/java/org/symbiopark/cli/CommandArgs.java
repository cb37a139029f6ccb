package org.symbiopark.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments split into positional ones and {@code --key=value} options, which go to
 * the Spring context as configuration (e.g. {@code --symbiopark.geopackage-path=park.gpkg},
 * {@code --spring.datasource.url=jdbc:postgresql://…}).
 */
record CommandArgs(List<String> positional, List<String> options) {

    static CommandArgs parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? options : positional).add(arg);
        }
        return new CommandArgs(List.copyOf(positional), List.copyOf(options));
    }

    /** The positional arguments, exactly {@code count} of them, or a usage error. */
    List<String> exactly(int count, String usage) {
        if (positional.size() != count) {
            throw new UsageException("expected " + count + " argument" + (count == 1 ? "" : "s") + ", got "
                    + positional.size() + "; usage: " + usage);
        }
        return positional;
    }
}

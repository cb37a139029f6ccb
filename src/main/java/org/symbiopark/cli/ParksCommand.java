package org.symbiopark.cli;

import java.io.PrintStream;
import java.util.List;
import org.symbiopark.park.Park;

/** Lists the stored parks, one per line: id, a tab, name. */
final class ParksCommand implements CliCommand {

    @Override
    public String name() {
        return "parks";
    }

    @Override
    public String usage() {
        return "parks [--key=value …]            list the stored parks (id and name)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArgs parsed = CommandArgs.parse(args);
        parsed.exactly(0, usage());
        try (StoreContext context = StoreContext.open(parsed.options())) {
            for (Park park : context.parks().listParks()) {
                out.println(park.id() + "\t" + park.name());
            }
            return 0;
        }
    }
}

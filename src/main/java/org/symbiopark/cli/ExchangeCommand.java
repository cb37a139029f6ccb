package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.symbiopark.analysis.ExchangeResultJson;
import org.symbiopark.exchange.AllocationMethod;
import org.symbiopark.exchange.ExchangeEngine;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ExchangeProblemFactory;
import org.symbiopark.exchange.ExchangeResult;

/**
 * {@code exchange --park FILE.geojson [--mip]}: the exchange analysis of a park file, printed as
 * one JSON object ({@code links}, {@code totals}, and what the analysis assumed). Starts no
 * Spring context and needs no store.
 */
final class ExchangeCommand implements CliCommand {

    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public String usage() {
        return "exchange --park FILE.geojson [--mip]   which exchanges pay off in a park, as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        AllocationMethod method = AllocationMethod.LINEARISED_MIN_COST_FLOW;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--park") && i + 1 < args.size()) {
                file = Path.of(args.get(++i));
            } else if (arg.startsWith("--park=")) {
                file = Path.of(arg.substring("--park=".length()));
            } else if (arg.equals("--mip")) {
                method = AllocationMethod.FIXED_CHARGE_MIP;
            } else {
                throw new UsageException("unexpected argument " + arg + "; usage: " + usage());
            }
        }
        if (file == null) {
            throw new UsageException("which park? usage: " + usage());
        }
        OfflinePark park = OfflinePark.read(file);
        int workSrid = park.workSrid();
        ExchangeParameters parameters = ExchangeParameters.loadDefault();
        var problem = new ExchangeProblemFactory(park.catalog(), parameters).create(park.data(), park.toWorkCrs());
        ExchangeResult result = new ExchangeEngine(parameters).analyse(problem, method);
        try {
            out.println(new ObjectMapper().writeValueAsString(json(result, workSrid)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** The result as one JSON object: the shape the API and the scenarios use too. */
    static Map<String, Object> json(ExchangeResult result, int workSrid) {
        return ExchangeResultJson.of(result, workSrid);
    }
}

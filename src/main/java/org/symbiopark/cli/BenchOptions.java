package org.symbiopark.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of a benchmark on a file: positional ones and options written
 * {@code --key value} or {@code --key=value}, each checked against the allowed keys.
 */
record BenchOptions(List<String> positional, Map<String, String> options) {

    static BenchOptions parse(List<String> args, Set<String> keys, String usage) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String key;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                key = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                key = arg.substring(2);
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + key + " needs a value; usage: " + usage);
                }
                value = args.get(++i);
            }
            if (!keys.contains(key)) {
                throw new UsageException("unknown option --" + key + "; usage: " + usage);
            }
            options.put(key, value);
        }
        return new BenchOptions(List.copyOf(positional), Map.copyOf(options));
    }

    double positiveDouble(String key, double fallback) {
        String v = options.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + key + " " + v + ": must be a number > 0");
    }

    long longValue(String key, long fallback, long min) {
        String v = options.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            long l = Long.parseLong(v);
            if (l >= min) {
                return l;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + key + " " + v + ": must be an integer ≥ " + min);
    }
}

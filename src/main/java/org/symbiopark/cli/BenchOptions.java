package org.symbiopark.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's arguments: positional ones and the named options it knows, written either
 * {@code --name value} or {@code --name=value}; an unknown option is a usage error.
 */
record BenchOptions(List<String> positional, Map<String, String> values, String usage) {

    static BenchOptions parse(List<String> args, List<String> known, String usage) {
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("--" + name + " needs a value; usage: " + usage);
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name + "; usage: " + usage);
            }
            values.put(name, value);
        }
        return new BenchOptions(List.copyOf(positional), Map.copyOf(values), usage);
    }

    double doubleValue(String name, double fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + value + "'; usage: " + usage);
        }
    }

    long longValue(String name, long fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got '" + value + "'; usage: " + usage);
        }
    }

    String stringValue(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}

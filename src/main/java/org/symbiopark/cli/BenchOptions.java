package org.symbiopark.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a benchmark command: positional ones and {@code --key value} or
 * {@code --key=value} options from a known set; an unknown option or a bad value is a usage
 * error that repeats the usage line.
 */
record BenchOptions(List<String> positional, Map<String, String> values, String usage) {

    static BenchOptions parse(List<String> args, Collection<String> known, String usage) {
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

    /** A finite number > 0. */
    double positiveDouble(String name, double fallback) {
        double d = doubleValue(name, fallback);
        if (!(d > 0) || !Double.isFinite(d)) {
            throw new UsageException("--" + name + " " + values.get(name) + ": must be a number > 0");
        }
        return d;
    }

    long longValue(String name, long fallback) {
        return longValue(name, fallback, Long.MIN_VALUE);
    }

    /** A whole number ≥ {@code min}. */
    long longValue(String name, long fallback, long min) {
        String value = values.get(name);
        long l;
        try {
            l = value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got '" + value + "'; usage: " + usage);
        }
        if (l < min) {
            throw new UsageException("--" + name + " " + value + ": must be an integer ≥ " + min);
        }
        return l;
    }

    String stringValue(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}

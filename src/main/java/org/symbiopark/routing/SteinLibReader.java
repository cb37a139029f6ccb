package org.symbiopark.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads SteinLib's STP format 1.0 (Koch, Martin and Voß, ZIB): a {@code SECTION Graph} with
 * {@code Nodes n}, {@code Edges m} and lines {@code E u v cost} (nodes numbered from 1), a
 * {@code SECTION Terminals} with {@code T v} lines, each section closed by {@code END}, the file
 * by {@code EOF}. The proven optimum is read from an {@code Optimal} line in any section.
 * Keywords are case-insensitive; other sections (Comment, Coordinates, Presolve) are skipped.
 */
public final class SteinLibReader {

    public SteinLibInstance read(Path file) throws IOException {
        String fallback = file.getFileName().toString().replaceFirst("\\.[sS][tT][pP]$", "");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return read(reader, fallback);
        }
    }

    /** Reads an instance; {@code fallbackName} names it when the file has no {@code Name}. */
    public SteinLibInstance read(Reader source, String fallbackName) throws IOException {
        BufferedReader in = new BufferedReader(source);
        String name = fallbackName;
        String section = "";
        int nodes = -1;
        int edges = 0;
        int[] us = new int[16];
        int[] vs = new int[16];
        double[] ws = new double[16];
        int[] terminals = new int[8];
        int terminalCount = 0;
        OptionalDouble optimal = OptionalDouble.empty();
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            String[] f = line.trim().split("\\s+");
            if (f[0].isEmpty() || f[0].startsWith("#")) {
                continue;
            }
            String keyword = f[0].toUpperCase(Locale.ROOT);
            try {
                switch (keyword) {
                    case "SECTION" -> section = f.length > 1 ? f[1].toUpperCase(Locale.ROOT) : "";
                    case "END" -> section = "";
                    case "EOF" -> {
                        return instance(name, nodes, edges, us, vs, ws, terminals, terminalCount, optimal);
                    }
                    case "NAME" -> {
                        if (section.equals("COMMENT")) {
                            name = line.trim().substring(4).trim().replace("\"", "");
                        }
                    }
                    case "OPTIMAL" -> optimal = OptionalDouble.of(Double.parseDouble(f[1]));
                    case "NODES" -> {
                        if (section.equals("GRAPH")) {
                            nodes = Integer.parseInt(f[1]);
                        }
                    }
                    case "E" -> {
                        if (section.equals("GRAPH")) {
                            if (edges == us.length) {
                                us = Arrays.copyOf(us, edges * 2);
                                vs = Arrays.copyOf(vs, edges * 2);
                                ws = Arrays.copyOf(ws, edges * 2);
                            }
                            us[edges] = node(f[1], nodes, lineNumber);
                            vs[edges] = node(f[2], nodes, lineNumber);
                            ws[edges++] = Double.parseDouble(f[3]);
                        }
                    }
                    case "T" -> {
                        if (section.equals("TERMINALS")) {
                            if (terminalCount == terminals.length) {
                                terminals = Arrays.copyOf(terminals, terminalCount * 2);
                            }
                            terminals[terminalCount++] = node(f[1], nodes, lineNumber);
                        }
                    }
                    default -> {
                        // Edges, Terminals counts, Creator, Remark, coordinates …: not needed
                    }
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("line " + lineNumber + " of " + fallbackName + ": cannot read '" + line.trim() + "'", e);
            }
        }
        return instance(name, nodes, edges, us, vs, ws, terminals, terminalCount, optimal);
    }

    private static int node(String field, int nodes, int lineNumber) throws IOException {
        int v = Integer.parseInt(field);
        if (nodes < 0) {
            throw new IOException("line " + lineNumber + ": node " + v + " before the Nodes line");
        }
        if (v < 1 || v > nodes) {
            throw new IOException("line " + lineNumber + ": node " + v + " outside 1.." + nodes);
        }
        return v - 1;
    }

    private static SteinLibInstance instance(String name, int nodes, int edges, int[] us, int[] vs, double[] ws,
            int[] terminals, int terminalCount, OptionalDouble optimal) throws IOException {
        if (nodes < 0) {
            throw new IOException(name + ": no SECTION Graph with a Nodes line");
        }
        if (terminalCount == 0) {
            throw new IOException(name + ": no terminals (SECTION Terminals with T lines)");
        }
        SteinerProblem problem = new SteinerProblem(nodes, Arrays.copyOf(us, edges), Arrays.copyOf(vs, edges),
                Arrays.copyOf(ws, edges), Arrays.copyOf(terminals, terminalCount));
        return new SteinLibInstance(name, problem, optimal);
    }
}

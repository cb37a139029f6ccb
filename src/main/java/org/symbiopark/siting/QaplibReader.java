package org.symbiopark.siting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the QAPLIB formats (Burkard, Karisch, Rendl, J. Global Optim. 10, 1997): a {@code .dat}
 * file is n, then the n × n matrix A, then the n × n matrix B, as whitespace-separated integers
 * in any line layout; the objective of a permutation p is Σ A[i][j]·B[p(i)][p(j)], so A becomes
 * the flow and B the distance of the {@link QapInstance} whichever of the two the file's
 * authors called flow. A {@code .sln} file is n, the objective, then the permutation, 1-based.
 */
public final class QaplibReader {

    private QaplibReader() {
    }

    /** Reads a {@code .dat} file; the instance is named after the file without extension. */
    public static QapInstance readInstance(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return parseInstance(name, read(file));
    }

    public static QapInstance parseInstance(String name, String text) {
        Tokens tokens = new Tokens(text);
        int n = tokens.size("n");
        long[][] a = tokens.matrix(n, "A");
        long[][] b = tokens.matrix(n, "B");
        tokens.end();
        return QapInstance.of(name, a, b);
    }

    /** Reads a {@code .sln} file. */
    public static QaplibSolution readSolution(Path file) {
        return parseSolution(read(file));
    }

    public static QaplibSolution parseSolution(String text) {
        Tokens tokens = new Tokens(text);
        int n = tokens.size("n");
        long objective = tokens.next("objective");
        int[] permutation = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            long v = tokens.next("permutation[" + (i + 1) + "]");
            if (v < 1 || v > n || seen[(int) v - 1]) {
                throw new IllegalArgumentException("permutation[" + (i + 1) + "] = " + v
                        + ": not a 1-based permutation of 1.." + n);
            }
            seen[(int) v - 1] = true;
            permutation[i] = (int) v - 1;
        }
        tokens.end();
        return new QaplibSolution(n, objective, permutation);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whitespace-separated integers with the position of each for error messages. */
    private static final class Tokens {
        private final String[] words;
        private int next;

        Tokens(String text) {
            String trimmed = text.strip();
            this.words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        }

        long next(String what) {
            if (next >= words.length) {
                throw new IllegalArgumentException(what + ": the file ends after " + words.length + " numbers");
            }
            String word = words[next++];
            try {
                return Long.parseLong(word);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": '" + word + "' (number " + next + ") is not an integer");
            }
        }

        int size(String what) {
            long n = next(what);
            if (n < 1 || n > 100_000) {
                throw new IllegalArgumentException(what + " = " + n + ": must be in 1..100000");
            }
            return (int) n;
        }

        long[][] matrix(int n, String what) {
            long[][] matrix = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    matrix[i][j] = next(what + "[" + (i + 1) + "][" + (j + 1) + "]");
                }
            }
            return matrix;
        }

        void end() {
            if (next < words.length) {
                throw new IllegalArgumentException((words.length - next) + " numbers after the end, starting with '"
                        + words[next] + "'");
            }
        }
    }
}

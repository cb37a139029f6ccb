package org.symbiopark.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StreamTokenizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A digital elevation model read from an ESRI ASCII grid (GDAL's "AAIGrid": header {@code ncols},
 * {@code nrows}, {@code xllcorner}|{@code xllcenter}, {@code yllcorner}|{@code yllcenter},
 * {@code cellsize}, optional {@code NODATA_value}, then rows from north to south). Its coordinates
 * must be in the park's work CRS (metres); elevations in metres. No-data cells are NaN.
 * {@link #elevationAt(double, double)} interpolates bilinearly between cell centres.
 */
public final class ElevationGrid {

    private final int columns;
    private final int rows;
    private final double xllCorner;
    private final double yllCorner;
    private final double cellSize;
    private final double[] z;

    public ElevationGrid(int columns, int rows, double xllCorner, double yllCorner, double cellSize, double[] z) {
        if (columns <= 0 || rows <= 0 || (long) columns * rows != z.length) {
            throw new IllegalArgumentException("an elevation grid of " + columns + " × " + rows + " cells needs as "
                    + "many values, got " + z.length);
        }
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("cellsize must be > 0, got " + cellSize);
        }
        this.columns = columns;
        this.rows = rows;
        this.xllCorner = xllCorner;
        this.yllCorner = yllCorner;
        this.cellSize = cellSize;
        this.z = z.clone();
    }

    /** Reads an ESRI ASCII grid. */
    public static ElevationGrid read(Reader in) throws IOException {
        StreamTokenizer tokens = new StreamTokenizer(new BufferedReader(in));
        tokens.resetSyntax();
        tokens.wordChars(33, 126);
        tokens.whitespaceChars(0, 32);
        Map<String, Double> header = new HashMap<>();
        String pendingValue = null;
        while (tokens.nextToken() == StreamTokenizer.TT_WORD) {
            String word = tokens.sval;
            if (Character.isLetter(word.charAt(0))) {
                if (tokens.nextToken() != StreamTokenizer.TT_WORD) {
                    throw new IOException("ESRI ASCII grid: header '" + word + "' has no value");
                }
                header.put(word.toLowerCase(Locale.ROOT), number(tokens.sval, word));
            } else {
                pendingValue = word;
                break;
            }
        }
        int columns = (int) require(header, "ncols");
        int rows = (int) require(header, "nrows");
        double size = require(header, "cellsize");
        double xll = header.containsKey("xllcorner") ? header.get("xllcorner")
                : require(header, "xllcenter") - size / 2;
        double yll = header.containsKey("yllcorner") ? header.get("yllcorner")
                : require(header, "yllcenter") - size / 2;
        Double noData = header.get("nodata_value");
        if ((long) columns * rows > Integer.MAX_VALUE - 8 || columns <= 0 || rows <= 0) {
            throw new IOException("ESRI ASCII grid: unusable size " + columns + " × " + rows);
        }
        double[] z = new double[columns * rows];
        int at = 0;
        String next = pendingValue;
        while (next != null && at < z.length) {
            double v = number(next, "cell " + at);
            z[at++] = noData != null && v == noData ? Double.NaN : v;
            next = tokens.nextToken() == StreamTokenizer.TT_WORD ? tokens.sval : null;
        }
        if (at < z.length) {
            throw new IOException("ESRI ASCII grid: " + columns + " × " + rows + " cells announced, " + at + " read");
        }
        return new ElevationGrid(columns, rows, xll, yll, size, z);
    }

    /** The elevation at (x, y), m, bilinear between the four nearest cell centres; NaN outside or by no-data. */
    public double elevationAt(double x, double y) {
        double gx = (x - xllCorner) / cellSize - 0.5;
        double gy = (yllCorner + rows * cellSize - y) / cellSize - 0.5;
        if (gx < -0.5 || gy < -0.5 || gx > columns - 0.5 || gy > rows - 0.5) {
            return Double.NaN;
        }
        // within half a cell of the edge the nearest centres are clamped onto the edge row or column
        int c0 = clamp((int) Math.floor(gx), columns);
        int r0 = clamp((int) Math.floor(gy), rows);
        int c1 = clamp(c0 + 1, columns);
        int r1 = clamp(r0 + 1, rows);
        double fx = Math.min(1, Math.max(0, gx - c0));
        double fy = Math.min(1, Math.max(0, gy - r0));
        double top = (1 - fx) * z[r0 * columns + c0] + fx * z[r0 * columns + c1];
        double bottom = (1 - fx) * z[r1 * columns + c0] + fx * z[r1 * columns + c1];
        return (1 - fy) * top + fy * bottom;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double cellSize() {
        return cellSize;
    }

    private static int clamp(int i, int size) {
        return Math.max(0, Math.min(size - 1, i));
    }

    private static double require(Map<String, Double> header, String key) throws IOException {
        Double v = header.get(key);
        if (v == null) {
            throw new IOException("ESRI ASCII grid: header '" + key + "' missing");
        }
        return v;
    }

    private static double number(String text, String what) throws IOException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IOException("ESRI ASCII grid: " + what + " is not a number: " + text, e);
        }
    }
}

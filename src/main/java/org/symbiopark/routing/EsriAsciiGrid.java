package org.symbiopark.routing;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a {@link CostGrid} as an ESRI ASCII grid (the "AAIGrid" of GDAL): a header of
 * {@code ncols}, {@code nrows}, {@code xllcorner}, {@code yllcorner}, {@code cellsize},
 * {@code NODATA_value}, then the rows from north to south. Forbidden cells are written as the
 * no-data value, which GIS tools treat as impassable (GRASS r.cost: null cells are barriers).
 */
public final class EsriAsciiGrid {

    public static final double NO_DATA = -9999;

    private EsriAsciiGrid() {
    }

    /** Writes the grid with its lower-left corner at (xll, yll) and costs to {@code decimals} places. */
    public static void write(CostGrid grid, double xll, double yll, int decimals, Writer out) throws IOException {
        out.write("ncols " + grid.columns() + "\nnrows " + grid.rows() + "\n");
        out.write(String.format(Locale.ROOT, "xllcorner %s\nyllcorner %s\ncellsize %s\nNODATA_value %s\n",
                plain(xll), plain(yll), plain(grid.cellSizeM()), plain(NO_DATA)));
        long scale = Math.round(Math.pow(10, decimals));
        StringBuilder line = new StringBuilder(grid.columns() * 8);
        for (int row = 0; row < grid.rows(); row++) {
            line.setLength(0);
            for (int column = 0; column < grid.columns(); column++) {
                if (column > 0) {
                    line.append(' ');
                }
                double cost = grid.cost(column, row);
                if (cost == Double.POSITIVE_INFINITY) {
                    line.append(plain(NO_DATA));
                } else {
                    appendFixed(line, Math.round(cost * scale), decimals);
                }
            }
            line.append('\n');
            out.append(line);
        }
    }

    private static void appendFixed(StringBuilder out, long scaled, int decimals) {
        if (decimals == 0) {
            out.append(scaled);
            return;
        }
        String digits = Long.toString(Math.abs(scaled));
        if (digits.length() <= decimals) {
            digits = "0".repeat(decimals - digits.length() + 1) + digits;
        }
        if (scaled < 0) {
            out.append('-');
        }
        out.append(digits, 0, digits.length() - decimals).append('.').append(digits, digits.length() - decimals,
                digits.length());
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

package org.symbiopark.routing;

import java.util.Arrays;

/**
 * The cells a straight segment passes through, each with the length of the segment inside it, in
 * grid coordinates (cell widths; cell (c, r) spans [c, c+1) × [r, r+1)). The segment is cut at
 * every grid line it crosses (the traversal of Amanatides and Woo 1987, here by sorting the
 * crossing parameters, which is simpler and exact at corners). A segment that passes exactly
 * through a grid corner touches the two cells beside the corner in a point only; those are
 * reported by {@link CellVisitor#corner}. A segment lying on a grid line is shared half and half
 * by the cells on both sides.
 */
final class SegmentWalk {

    private static final double EPS = 1e-9;

    interface CellVisitor {
        /** The segment runs {@code lengthCells} inside cell (column, row). */
        void cell(int column, int row, double lengthCells);

        /**
         * The segment passes from cell (column, row) to the diagonal cell (nextColumn, nextRow)
         * through their shared corner, touching (nextColumn, row) and (column, nextRow) in a point.
         */
        default void corner(int column, int row, int nextColumn, int nextRow) {
        }
    }

    private SegmentWalk() {
    }

    static void walk(double x0, double y0, double x1, double y1, CellVisitor visitor) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            visitor.cell((int) Math.floor(x0), (int) Math.floor(y0), 0);
            return;
        }
        double[] ts = new double[crossings(x0, x1) + crossings(y0, y1) + 2];
        int n = 0;
        ts[n++] = 0;
        n = addCrossings(ts, n, x0, x1);
        n = addCrossings(ts, n, y0, y1);
        ts[n++] = 1;
        Arrays.sort(ts, 0, n);
        int lastColumn = Integer.MIN_VALUE;
        int lastRow = Integer.MIN_VALUE;
        for (int i = 0; i + 1 < n; i++) {
            double a = ts[i];
            double b = ts[i + 1];
            if (b - a <= EPS) {
                continue;
            }
            double mid = 0.5 * (a + b);
            double mx = x0 + mid * dx;
            double my = y0 + mid * dy;
            double part = (b - a) * length;
            boolean onVertical = dx == 0 && Math.abs(mx - Math.rint(mx)) < EPS;
            boolean onHorizontal = dy == 0 && Math.abs(my - Math.rint(my)) < EPS;
            int column = (int) Math.floor(mx);
            int row = (int) Math.floor(my);
            if (onVertical) {
                int line = (int) Math.rint(mx);
                visitor.cell(line - 1, row, part / 2);
                visitor.cell(line, row, part / 2);
                continue;
            }
            if (onHorizontal) {
                int line = (int) Math.rint(my);
                visitor.cell(column, line - 1, part / 2);
                visitor.cell(column, line, part / 2);
                continue;
            }
            if (lastColumn != Integer.MIN_VALUE && lastColumn != column && lastRow != row) {
                visitor.corner(lastColumn, lastRow, column, row);
            }
            visitor.cell(column, row, part);
            lastColumn = column;
            lastRow = row;
        }
    }

    private static int crossings(double a, double b) {
        return (int) Math.max(0, Math.ceil(Math.max(a, b)) - Math.floor(Math.min(a, b)) + 1);
    }

    private static int addCrossings(double[] ts, int n, double a, double b) {
        if (a == b) {
            return n;
        }
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        for (double k = Math.floor(lo) + 1; k < hi; k++) {
            ts[n++] = (k - a) / (b - a);
        }
        return n;
    }
}

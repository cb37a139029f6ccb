package org.symbiopark.routing;

import java.util.Locale;

/**
 * A cost surface that would take more memory than allowed; {@link #finestFittingCellSizeM()} is
 * the finest cell size at which the same extent fits.
 */
public class RasterTooLargeException extends RuntimeException {

    private final long estimatedBytes;
    private final long maxBytes;
    private final double cellSizeM;
    private final double finestFittingCellSizeM;

    public RasterTooLargeException(long estimatedBytes, long maxBytes, double cellSizeM, double finestFittingCellSizeM) {
        super(String.format(Locale.ROOT, "a cost surface of %s m cells would need about %d MiB, more than the %d MiB "
                        + "allowed; a cell size of %s m or more fits", plain(cellSizeM), estimatedBytes >> 20,
                maxBytes >> 20, plain(finestFittingCellSizeM)));
        this.estimatedBytes = estimatedBytes;
        this.maxBytes = maxBytes;
        this.cellSizeM = cellSizeM;
        this.finestFittingCellSizeM = finestFittingCellSizeM;
    }

    public long estimatedBytes() {
        return estimatedBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public double cellSizeM() {
        return cellSizeM;
    }

    /** The finest cell size, m, that fits the limit (rounded up to a centimetre). */
    public double finestFittingCellSizeM() {
        return finestFittingCellSizeM;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

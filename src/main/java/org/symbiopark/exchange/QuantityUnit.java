package org.symbiopark.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * Units a stream quantity may be given in. Each converts to the base unit of its dimension,
 * which is the catalog unit: t for mass, m3 for volume, MWh for energy.
 */
public enum QuantityUnit {
    KG("kg", Dimension.MASS, 1e-3),
    T("t", Dimension.MASS, 1.0),
    KT("kt", Dimension.MASS, 1e3),
    MT("Mt", Dimension.MASS, 1e6),
    L("l", Dimension.VOLUME, 1e-3),
    M3("m3", Dimension.VOLUME, 1.0),
    ML("ML", Dimension.VOLUME, 1e3),
    KWH("kWh", Dimension.ENERGY, 1e-3),
    MWH("MWh", Dimension.ENERGY, 1.0),
    GWH("GWh", Dimension.ENERGY, 1e3),
    MJ("MJ", Dimension.ENERGY, 1.0 / 3600.0),
    GJ("GJ", Dimension.ENERGY, 1.0 / 3.6),
    TJ("TJ", Dimension.ENERGY, 1000.0 / 3.6);

    /** What a quantity measures. */
    public enum Dimension { MASS, VOLUME, ENERGY }

    private final String symbol;
    private final Dimension dimension;
    private final double toBase;

    QuantityUnit(String symbol, Dimension dimension, double toBase) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toBase = toBase;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The quantity in the base unit of this unit's dimension (t, m3 or MWh). */
    public double toBase(double quantity) {
        return quantity * toBase;
    }

    public static Optional<QuantityUnit> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
    }

    public static String allowedSymbols(Dimension dimension) {
        return String.join(", ", Arrays.stream(values()).filter(u -> u.dimension == dimension)
                .map(QuantityUnit::symbol).toList());
    }
}

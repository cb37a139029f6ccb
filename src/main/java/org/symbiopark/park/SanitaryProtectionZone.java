package org.symbiopark.park;

/**
 * Default safety buffers by hazard class: the indicative sanitary protection zones of Russia's
 * SanPiN 2.2.1/2.1.1.1200-03 (§7.1): class I 1,000 m, II 500 m, III 300 m, IV 100 m, V 50 m.
 * A plant states its own buffer where a permit or another national rule (e.g. China's
 * GB/T 39499-2020 hygienic protection distances) sets a different one.
 */
public final class SanitaryProtectionZone {

    private static final double[] BUFFER_M = {1000, 500, 300, 100, 50};

    private SanitaryProtectionZone() {
    }

    /** @param hazardClass 1 (most hazardous) … 5 */
    public static double defaultBufferM(int hazardClass) {
        if (hazardClass < 1 || hazardClass > BUFFER_M.length) {
            throw new IllegalArgumentException("hazard class " + hazardClass + " is not 1..5");
        }
        return BUFFER_M[hazardClass - 1];
    }
}

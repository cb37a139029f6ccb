package org.symbiopark.routing;

/** One supplier → receiver exchange the network carries, in the carrier's catalog unit per year (&gt; 0). */
public record CarrierExchange(String supplier, String receiver, double quantityPerYear) {

    public CarrierExchange {
        if (!(quantityPerYear > 0) || Double.isInfinite(quantityPerYear)) {
            throw new IllegalArgumentException("exchange " + supplier + " → " + receiver
                    + " needs a finite quantity > 0, got " + quantityPerYear);
        }
    }
}

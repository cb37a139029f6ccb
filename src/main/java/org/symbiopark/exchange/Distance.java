package org.symbiopark.exchange;

/** A route length between two plants, m, and how it was measured. */
public record Distance(double lengthM, DistanceMethod method) {
}

package org.symbiopark.exchange;

/** How a distance between two plants was measured. */
public enum DistanceMethod {
    /** Shortest path over the park's road/utility network, including both plants' connectors. */
    NETWORK,
    /** Straight line × the detour factor: the park has no network, or it does not connect the two. */
    STRAIGHT_X_DETOUR,
    /** Along an existing pipeline of the carrier, plus the gaps between its ends and the two plants. */
    EXISTING_PIPELINE
}

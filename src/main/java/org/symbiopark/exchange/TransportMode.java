package org.symbiopark.exchange;

/** How a resource travels between plants. */
public enum TransportMode {
    PIPELINE, TRUCK, CABLE
}

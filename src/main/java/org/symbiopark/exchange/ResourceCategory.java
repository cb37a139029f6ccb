package org.symbiopark.exchange;

/** The three kinds of exchange of industrial symbiosis that the catalog distinguishes. */
public enum ResourceCategory {
    MATERIAL, WATER, ENERGY
}

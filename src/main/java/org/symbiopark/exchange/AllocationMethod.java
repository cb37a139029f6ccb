package org.symbiopark.exchange;

/** How the allocation treats a link's fixed cost (a pipe is built or not). */
public enum AllocationMethod {
    /**
     * Exact min-cost flow with each link's yearly cost spread over its full size as a cost per
     * unit; links that do not pay at the quantity they got are then dropped and the flow re-solved.
     */
    LINEARISED_MIN_COST_FLOW,
    /** Exact mixed-integer program (OR-Tools SCIP): a link pays its fixed cost only if built. */
    FIXED_CHARGE_MIP
}

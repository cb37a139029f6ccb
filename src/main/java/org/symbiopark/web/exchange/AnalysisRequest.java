package org.symbiopark.web.exchange;

/**
 * Options of an exchange analysis; every field may be left out.
 *
 * @param mip          {@code true}: fixed link costs by the exact MIP; default the linearised min-cost flow
 * @param saveScenario default {@code true}: keep the result as a new scenario of the park
 * @param scenarioName default "Exchange analysis &lt;UTC time&gt;"
 */
record AnalysisRequest(Boolean mip, Boolean saveScenario, String scenarioName) {

    static final AnalysisRequest DEFAULTS = new AnalysisRequest(null, null, null);

    boolean useMip() {
        return Boolean.TRUE.equals(mip);
    }

    boolean save() {
        return !Boolean.FALSE.equals(saveScenario);
    }
}

package org.symbiopark.web.routing;

import java.util.List;
import org.symbiopark.analysis.NetworkPlanningService.NetworkRequest;
import org.symbiopark.web.InvalidParameterException;

/**
 * Body of a network request.
 *
 * @param carrier   catalog id of the resource, e.g. {@code steam} (required)
 * @param terminals plant ids to join; absent = every plant exchanging the carrier
 * @param scenario  id of a saved exchange-analysis scenario to take the exchanges from; absent = analyse now
 * @param cellSizeM raster cell width, m, in [{@value #MIN_CELL_SIZE_M}, {@value #MAX_CELL_SIZE_M}]; absent = 10
 */
record NetworkJobRequest(String carrier, List<String> terminals, String scenario, Double cellSizeM) {

    static final double MIN_CELL_SIZE_M = 0.5;
    static final double MAX_CELL_SIZE_M = 1000;

    NetworkRequest toRequest() {
        if (cellSizeM != null && !(cellSizeM >= MIN_CELL_SIZE_M && cellSizeM <= MAX_CELL_SIZE_M)) {
            throw new InvalidParameterException("cellSizeM", "must be in [" + MIN_CELL_SIZE_M + ", "
                    + (int) MAX_CELL_SIZE_M + "] m, got " + cellSizeM);
        }
        return new NetworkRequest(carrier, terminals, scenario, cellSizeM);
    }
}

package org.symbiopark.analysis;

import java.util.Map;
import org.symbiopark.exchange.ExchangeResult;
import org.symbiopark.park.Scenario;

/**
 * One exchange analysis of a stored park.
 *
 * @param report the result as JSON ({@link ExchangeResultJson}) plus {@code linksGeoJson}: the
 *               links as a GeoJSON FeatureCollection of supplier → receiver lines in WGS 84
 * @param scenario the scenario the report was saved as, {@code null} if it was not saved
 */
public record ExchangeAnalysis(ExchangeResult result, Map<String, Object> report, Scenario scenario) {
}

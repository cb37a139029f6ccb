package org.symbiopark.exchange;

import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * A plant as the exchange engine sees it.
 *
 * @param locationM the plant's point (a footprint's centroid) in the park's metric work CRS, metres;
 *                  {@code null} for a plant without a site yet, which takes part in no link
 */
public record ExchangePlant(String id, Point locationM, List<ExchangeStream> streams) {

    public ExchangePlant {
        streams = List.copyOf(streams);
    }
}

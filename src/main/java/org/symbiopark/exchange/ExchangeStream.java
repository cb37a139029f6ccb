package org.symbiopark.exchange;

import org.symbiopark.park.Direction;

/**
 * One plant's stream as the exchange engine sees it: quantity in the catalog unit, prices in the
 * park's currency per catalog unit.
 *
 * @param index           position in the plant's stream list (identifies the stream in messages)
 * @param quantityPerYear in {@code resource.unit()}, &gt; 0
 * @param temperatureC    heat carriers: supply (OUT) or required (IN) temperature; else {@code null}
 * @param quality         water class: offered (OUT) or required (IN); {@code null} = the catalog default
 * @param hazardous       OUT: hazardous waste; IN: the receiver is licensed for hazardous waste
 * @param pricePerUnit    IN: price paid now; OUT: disposal cost now; {@code null} = the catalog default
 */
public record ExchangeStream(String plantId, int index, Direction direction, Resource resource,
                             double quantityPerYear, Double temperatureC, WaterQuality quality,
                             boolean hazardous, Double pricePerUnit) {

    /** The water class that applies: the stream's own, else the catalog's. */
    public WaterQuality effectiveQuality() {
        return quality != null ? quality : resource.waterQuality();
    }

    public String describe() {
        return plantId + " streams[" + index + "] (" + direction + " " + resource.id() + ")";
    }
}

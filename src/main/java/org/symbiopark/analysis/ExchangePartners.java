package org.symbiopark.analysis;

import java.util.List;
import org.symbiopark.park.Direction;

/** A plant's possible exchange partners in one direction, best net benefit first; money in {@code currency}. */
public record ExchangePartners(String parkId, String plantId, Direction direction, String currency,
                               List<ExchangePartner> partners) {

    public ExchangePartners {
        partners = List.copyOf(partners);
    }
}

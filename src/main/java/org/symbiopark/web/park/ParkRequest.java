package org.symbiopark.web.park;

import java.util.List;
import org.symbiopark.park.Park;

/**
 * A park as a client sends it (POST, PUT). Absent money parameters take the park model's
 * defaults; the id may be left out on POST for the server to choose one.
 */
record ParkRequest(String id, String name, String country, List<String> languages, String currency,
                   Integer workSrid, Double discountRate, Integer lifetimeYears, String description) {

    Park toPark(String parkId) {
        return new Park(parkId, name, country, languages, currency, workSrid,
                discountRate == null ? Park.DEFAULT_DISCOUNT_RATE : discountRate,
                lifetimeYears == null ? Park.DEFAULT_LIFETIME_YEARS : lifetimeYears, description);
    }
}

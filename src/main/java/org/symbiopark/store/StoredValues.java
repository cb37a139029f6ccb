package org.symbiopark.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.Scenario;

/**
 * The checks both stores make before writing, so that a value one database would keep and the
 * other would change or refuse is refused alike by both, with an {@link IllegalArgumentException}
 * naming the column. The boundary refuses these values earlier; this is defence in depth.
 *
 * <ul>
 *   <li>Non-finite numbers: SQLite stores NaN as NULL, PostgreSQL keeps NaN and ±Infinity and its
 *       {@code >= 0} checks let them through (NaN sorts above every number).</li>
 *   <li>U+0000 in text: PostgreSQL text cannot hold it, SQLite can.</li>
 *   <li>Instants: timestamptz keeps microseconds, the GeoPackage's ISO-8601 text nanoseconds; both
 *       stores keep {@link #storedInstant microseconds}.</li>
 * </ul>
 */
public final class StoredValues {

    private StoredValues() {
    }

    /** @throws IllegalArgumentException if {@code srid} is not a positive EPSG code */
    public static void checkSrid(int srid) {
        if (srid <= 0) {
            throw new IllegalArgumentException("work_srid must be a positive EPSG code, got " + srid);
        }
    }

    /** @throws IllegalArgumentException unless {@code limit >= 1} and {@code offset >= 0} */
    public static void checkPage(int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be >= 1 and offset >= 0, got limit " + limit
                    + ", offset " + offset);
        }
    }

    public static void checkPark(Park park) {
        text("parks", "id", park.id());
        text("parks", "name", park.name());
        text("parks", "country", park.country());
        text("parks", "languages", String.join(",", park.languages()));
        text("parks", "currency", park.currency());
        number("parks", "discount_rate", park.discountRate());
        text("parks", "description", park.description());
        if (park.workSrid() != null) {
            checkSrid(park.workSrid());
        }
    }

    /** Checks a whole park: the park row, every feature of every layer and every scenario. */
    public static void checkParkData(ParkData data) {
        checkPark(data.park());
        String parkId = data.park().id();
        for (List<? extends ParkFeature> layer : List.of(data.parcels(), data.plants(), data.pipelines(),
                data.corridors())) {
            for (ParkFeature feature : layer) {
                checkFeature(parkId, feature);
            }
        }
        for (Scenario scenario : data.scenarios()) {
            checkScenario(parkId, scenario);
        }
    }

    /** Checks a feature about to be written into park {@code parkId}, a plant with its streams. */
    public static void checkFeature(String parkId, ParkFeature feature) {
        if (feature instanceof Parcel p) {
            common("parcels", parkId, p.id(), p.name());
            number("parcels", "land_price_per_m2", p.landPricePerM2());
            number("parcels", "max_coverage", p.maxCoverage());
            number("parcels", "area_m2", p.areaM2());
        } else if (feature instanceof Plant p) {
            common("plants", parkId, p.id(), p.name());
            text("plants", "industry", p.industry());
            number("plants", "footprint_m2", p.footprintM2());
            number("plants", "safety_buffer_m", p.safetyBufferM());
            text("plants", "parcel_id", p.parcelId());
            for (ResourceStream s : p.streams()) {
                text("plant_streams", "resource", s.resource());
                number("plant_streams", "quantity_per_year", s.quantityPerYear());
                text("plant_streams", "unit", s.unit());
                number("plant_streams", "temperature_c", s.temperatureC());
                text("plant_streams", "water_quality", s.waterQuality());
                text("plant_streams", "ewc_code", s.ewcCode());
                number("plant_streams", "price_per_unit", s.pricePerUnit());
            }
        } else if (feature instanceof Pipeline p) {
            common("pipelines", parkId, p.id(), p.name());
            text("pipelines", "carrier", p.carrier());
            number("pipelines", "diameter_mm", p.diameterMm());
            number("pipelines", "capacity_per_year", p.capacityPerYear());
            number("pipelines", "length_m", p.lengthM());
        } else if (feature instanceof Corridor c) {
            common("corridors", parkId, c.id(), c.name());
            number("corridors", "cost_factor", c.costFactor());
        }
    }

    public static void checkScenario(String parkId, Scenario scenario) {
        text("scenarios", "park_id", parkId);
        text("scenarios", "scenario_id", scenario.id());
        text("scenarios", "name", scenario.name());
        text("scenarios", "description", scenario.description());
        text("scenarios", "content_json", scenario.contentJson());
    }

    /** The instant as both stores keep it: truncated to the microsecond, PostgreSQL's resolution. */
    public static Instant storedInstant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static void common(String table, String parkId, String featureId, String name) {
        text(table, "park_id", parkId);
        text(table, "feature_id", featureId);
        text(table, "name", name);
    }

    private static void text(String table, String column, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(table + "." + column + " contains the character U+0000,"
                    + " which the store cannot keep");
        }
    }

    private static void number(String table, String column, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(table + "." + column + " must be a finite number, got " + value);
        }
    }
}

package org.symbiopark.store;

import java.util.List;
import java.util.Optional;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.park.Layer;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.Scenario;

/**
 * Where parks live: PostGIS in production, a GeoPackage file as the embedded default. Both
 * implementations pass the same contract tests.
 *
 * <p>Contract: geometries go in and come out in WGS 84 (x = lon, y = lat, SRID 4326); the store
 * does not validate or compute (the caller has), it persists. Every method that writes more
 * than one row does so in one transaction: it lands whole or not at all. Feature ids are unique
 * per park and layer; inserting a duplicate throws {@link DuplicateIdException} and writes
 * nothing. Listings are ordered by insertion.
 */
public interface ParkStore {

    List<Park> listParks();

    Optional<Park> findPark(String parkId);

    /** @throws DuplicateIdException if the id is taken */
    void insertPark(Park park);

    /** @return false if there is no such park */
    boolean updatePark(Park park);

    /**
     * Sets the park's work CRS if it has none yet, in one conditional statement, so a concurrent
     * writer that set it first wins and nothing else of the park row is rewritten.
     *
     * @return true if the row changed; false if the park has a work CRS already or does not exist
     * @throws IllegalArgumentException if {@code srid} is not positive
     */
    boolean setWorkSridIfUnset(String parkId, int srid);

    /** Deletes the park with all its features and scenarios; false if there is no such park. */
    boolean deletePark(String parkId);

    /** Inserts a park with every feature and scenario in one transaction. */
    void insertParkData(ParkData data);

    Optional<ParkData> loadParkData(String parkId);

    /**
     * Features of one layer, optionally those whose envelope intersects {@code bbox}.
     * Plants come with their streams.
     */
    <F extends ParkFeature> Page<F> listFeatures(String parkId, Layer<F> layer, BoundingBox bbox, int limit,
                                                 int offset);

    <F extends ParkFeature> Optional<F> findFeature(String parkId, Layer<F> layer, String featureId);

    /** @throws DuplicateIdException if the id is taken in that layer */
    <F extends ParkFeature> void insertFeature(String parkId, Layer<F> layer, F feature);

    /** Replaces the feature with the same id (a plant's streams with it); false if there is none. */
    <F extends ParkFeature> boolean updateFeature(String parkId, Layer<F> layer, F feature);

    <F extends ParkFeature> boolean deleteFeature(String parkId, Layer<F> layer, String featureId);

    List<Scenario> listScenarios(String parkId);

    Optional<Scenario> findScenario(String parkId, String scenarioId);

    /** @throws DuplicateIdException if the id is taken */
    void insertScenario(String parkId, Scenario scenario);

    boolean deleteScenario(String parkId, String scenarioId);

    /**
     * Rows per table ({@code parks}, {@code parcels}, {@code plants}, {@code plant_streams},
     * {@code pipelines}, {@code corridors}, {@code scenarios}): for diagnostics and for tests
     * that check a refused write left nothing behind.
     */
    java.util.Map<String, Long> rowCounts();
}

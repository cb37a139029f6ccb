package org.symbiopark.park;

import java.util.List;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.store.Page;

/**
 * The park use cases the web layer and the CLI call: one call per request. It validates,
 * fills computed fields (areas and lengths in the park's work CRS, default work CRS) and
 * hands whole, consistent writes to the store.
 *
 * <p>Errors: {@link NotFoundException} (404), {@link InvalidParkException} (422),
 * {@link org.symbiopark.store.DuplicateIdException} (409).
 */
public interface ParkService {

    List<Park> listParks();

    Park getPark(String parkId);

    /** Creates a park; a {@code null} id gets a fresh one. Returns the park as stored. */
    Park createPark(Park park);

    Park updatePark(String parkId, Park park);

    void deletePark(String parkId);

    /** Imports a whole park in one transaction and returns its id. */
    String importPark(ParkData data);

    ParkData exportPark(String parkId);

    <F extends ParkFeature> Page<F> listFeatures(String parkId, Layer<F> layer, BoundingBox bbox, Integer limit,
                                                 Integer offset);

    <F extends ParkFeature> F getFeature(String parkId, Layer<F> layer, String featureId);

    /** Creates a feature (a {@code null} id gets a fresh one) and returns it as stored. */
    <F extends ParkFeature> F createFeature(String parkId, Layer<F> layer, F feature);

    /** Replaces the feature {@code featureId}; the body's id, if any, must match. */
    <F extends ParkFeature> F updateFeature(String parkId, Layer<F> layer, String featureId, F feature);

    <F extends ParkFeature> void deleteFeature(String parkId, Layer<F> layer, String featureId);

    List<Scenario> listScenarios(String parkId);

    Scenario getScenario(String parkId, String scenarioId);

    Scenario createScenario(String parkId, Scenario scenario);

    void deleteScenario(String parkId, String scenarioId);
}

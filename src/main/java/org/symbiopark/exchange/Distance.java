package org.symbiopark.exchange;

/**
 * A route between two plants, m, and how it was measured. Pipes may follow another route than
 * trucks: the one of least cost-weighted length (see {@link PlantDistances}).
 *
 * @param lengthM         the shortest route's physical length (trucks, cables, the reported distance)
 * @param pipeLengthM     physical length of the route a new pipe would follow; +∞ = no route allows pipes
 * @param pipeCostLengthM that route's length weighted by the corridors' pipe cost factors: a new
 *                        pipe's capital cost is capex per metre × this length
 */
public record Distance(double lengthM, DistanceMethod method, double pipeLengthM, double pipeCostLengthM) {

    /** A route with no cost factors: pipes follow it at the base cost. */
    public Distance(double lengthM, DistanceMethod method) {
        this(lengthM, method, lengthM, lengthM);
    }

    public boolean allowsPipes() {
        return Double.isFinite(pipeCostLengthM);
    }
}

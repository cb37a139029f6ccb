package org.symbiopark.analysis;

/**
 * One end of a requested route: a plant of the park, or a point given as WGS 84 longitude and latitude.
 * Exactly one of {@code plantId} and the point is set.
 */
public record RouteEnd(String plantId, Double lon, Double lat) {

    public static RouteEnd plant(String plantId) {
        return new RouteEnd(plantId, null, null);
    }

    public static RouteEnd point(double lon, double lat) {
        return new RouteEnd(null, lon, lat);
    }

    public boolean isPlant() {
        return plantId != null;
    }

    /** How messages name it: {@code plant 'chp'} or {@code point [134.8, 48.4]}. */
    public String describe() {
        return isPlant() ? "plant '" + plantId + "'" : "point [" + lon + ", " + lat + "]";
    }
}

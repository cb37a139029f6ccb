package org.symbiopark.geo;

/**
 * What the server needs to know of one CRS.
 *
 * @param srid          EPSG code
 * @param name          EPSG name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 117E"
 * @param areaOfUse     the CRS's area of use in WGS 84 degrees, as EPSG gives it (it may cross the antimeridian)
 * @param geographic    true for a geographic (degrees) CRS
 * @param northingFirst true where the EPSG axis order puts northing/latitude first
 *                      (EPSG:4326, CGCS2000 Gauss–Krüger zones …), as WMS 1.3.0 BBOX order follows
 */
public record CrsDescription(int srid, String name, AreaOfUse areaOfUse, boolean geographic,
                             boolean northingFirst) {
}

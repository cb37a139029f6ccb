package org.symbiopark.routing;

import org.locationtech.jts.geom.Coordinate;

/**
 * One end of a path: a name for messages ("plant 'chp'", "point [134.8, 48.4]") and its place in
 * the work CRS, m.
 */
public record Terminal(String name, Coordinate pointM) {
}

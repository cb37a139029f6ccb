package org.symbiopark.maps.tiles;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The maths of the web-mercator XYZ tiling: spherical ("pseudo") Mercator, EPSG:3857, on a sphere
 * of the WGS 84 semi-major axis (EPSG guidance note 7-2, method 1024), and the square tile pyramid
 * over it whose zoom 0 tile spans ±{@value #ORIGIN_SHIFT_M} m in both axes (OGC 17-083r4 Annex D,
 * WebMercatorQuad). Latitudes beyond ±{@link #MAX_LATITUDE} are clamped to the pyramid's edge.
 *
 * <p>Stateless and thread-safe; all methods are O(1) except the geometry projection (O(vertices)).
 */
public final class WebMercatorTiles {

    public static final int MAX_ZOOM = 22;
    public static final double EARTH_RADIUS_M = 6_378_137.0;
    /** Half the width of the projected world: π·R. */
    public static final double ORIGIN_SHIFT_M = Math.PI * EARTH_RADIUS_M;
    /** The latitude where Mercator y reaches ±π·R, so that the world is a square: atan(sinh π). */
    public static final double MAX_LATITUDE = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));

    private WebMercatorTiles() {
    }

    public static double xM(double lon) {
        return lon * ORIGIN_SHIFT_M / 180.0;
    }

    public static double yM(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        return EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4.0 + Math.toRadians(clamped) / 2.0));
    }

    public static double lon(double xM) {
        return xM / ORIGIN_SHIFT_M * 180.0;
    }

    public static double lat(double yM) {
        return Math.toDegrees(2.0 * Math.atan(Math.exp(yM / EARTH_RADIUS_M)) - Math.PI / 2.0);
    }

    /** The tile at zoom {@code z} that holds the point; points on a tile edge belong to the tile east/south of it. */
    public static TileId tileOf(double lon, double lat, int z) {
        int n = 1 << checkZoom(z);
        return new TileId(z, index((xM(lon) + ORIGIN_SHIFT_M) / (2 * ORIGIN_SHIFT_M) * n, n),
                index((ORIGIN_SHIFT_M - yM(lat)) / (2 * ORIGIN_SHIFT_M) * n, n));
    }

    /** The tile's square in EPSG:3857 metres. */
    public static Envelope boundsM(TileId tile) {
        double size = tileSizeM(tile.z());
        double minX = -ORIGIN_SHIFT_M + tile.x() * size;
        double maxY = ORIGIN_SHIFT_M - tile.y() * size;
        return new Envelope(minX, minX + size, maxY - size, maxY);
    }

    /** The tile's bounds in WGS 84 degrees, x = longitude. */
    public static Envelope boundsWgs84(TileId tile) {
        Envelope m = boundsM(tile);
        return new Envelope(lon(m.getMinX()), lon(m.getMaxX()), lat(m.getMinY()), lat(m.getMaxY()));
    }

    /** The side of a tile at zoom z in EPSG:3857 metres (the equator's scale; ground size shrinks with cos φ). */
    public static double tileSizeM(int z) {
        return 2 * ORIGIN_SHIFT_M / (1L << checkZoom(z));
    }

    /** The tiles at zoom z that meet a WGS 84 box (x = longitude), row by row from the north-west. */
    public static List<TileId> tilesCovering(Envelope wgs84, int z) {
        TileId nw = tileOf(wgs84.getMinX(), wgs84.getMaxY(), z);
        TileId se = tileOf(wgs84.getMaxX(), wgs84.getMinY(), z);
        List<TileId> tiles = new ArrayList<>();
        for (int y = nw.y(); y <= se.y(); y++) {
            for (int x = nw.x(); x <= se.x(); x++) {
                tiles.add(new TileId(z, x, y));
            }
        }
        return tiles;
    }

    /** A copy of a WGS 84 geometry (x = longitude) in EPSG:3857 metres. */
    public static Geometry toMercator(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, xM(seq.getX(i)));
                seq.setOrdinate(i, 1, yM(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(3857);
        return copy;
    }

    private static int checkZoom(int z) {
        if (z < 0 || z > MAX_ZOOM) {
            throw new InvalidTileException("z", "zoom " + z + " is outside 0.." + MAX_ZOOM);
        }
        return z;
    }

    private static int index(double fractional, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.floor(fractional)));
    }
}

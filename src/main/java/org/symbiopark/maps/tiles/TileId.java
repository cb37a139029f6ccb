package org.symbiopark.maps.tiles;

/**
 * One tile of the web-mercator XYZ tiling (the "Google"/OSM slippy-map scheme, OGC 17-083r4
 * WebMercatorQuad with the y axis counted from the north): zoom {@code z}, column {@code x} from
 * the antimeridian eastwards, row {@code y} from the northern edge (85.0511° N) southwards.
 *
 * @throws InvalidTileException when z is outside 0..{@value WebMercatorTiles#MAX_ZOOM} or x, y
 *                              outside 0..2^z − 1
 */
public record TileId(int z, int x, int y) {

    public TileId {
        if (z < 0 || z > WebMercatorTiles.MAX_ZOOM) {
            throw new InvalidTileException("z", "zoom " + z + " is outside 0.." + WebMercatorTiles.MAX_ZOOM);
        }
        long n = 1L << z;
        if (x < 0 || x >= n) {
            throw new InvalidTileException("x", "column " + x + " is outside 0.." + (n - 1) + " at zoom " + z);
        }
        if (y < 0 || y >= n) {
            throw new InvalidTileException("y", "row " + y + " is outside 0.." + (n - 1) + " at zoom " + z);
        }
    }

    /** Tiles per axis at this zoom: 2^z. */
    public int tilesPerAxis() {
        return 1 << z;
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}

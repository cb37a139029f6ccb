package org.symbiopark.maps.tiles;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps;
import io.github.sebasbaumh.mapbox.vectortile.util.MvtUtil;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Encodes one tile of a {@link ProjectedLayer} as a Mapbox Vector Tile 2.1 (one layer, version 2):
 * the features near the tile are moved into tile coordinates (0..extent, y down), clipped to the
 * tile grown by a buffer so that strokes and labels do not end at the tile edge, simplified with a
 * tolerance of one display pixel (extent / 256: one pixel of a 256-pixel tile) — polygons with
 * the topology-preserving simplifier so rings stay valid, lines with Douglas–Peucker (1973) —
 * and rounded to the integer grid the format stores. Polygons and lines whose extent is below one
 * pixel in both directions are dropped: at low zooms they would be invisible specks that cost
 * most of the tile. Points are never dropped. Attributes become tags by {@link MvtAttributes}.
 *
 * <p>Cost: O(candidates × vertices) per tile; only features that cross the buffered edge are
 * clipped, by {@link RectangleClipper} (linear time, no noding; a full overlay cost more than
 * the rest of the tile at z14). Stateless and thread-safe.
 */
public final class TileEncoder {

    public static final int DEFAULT_EXTENT = 4096;
    public static final int DEFAULT_BUFFER = 64;
    /** The display size of a tile the simplification tolerance is set for. */
    public static final int DISPLAY_TILE_PIXELS = 256;

    private static final GeometryFactory TILE_GEOMETRIES = new GeometryFactory();
    private static final MvtAttributes ATTRIBUTES = new MvtAttributes();

    private final int extent;
    private final int buffer;
    private final MvtLayerParams params;

    public TileEncoder() {
        this(DEFAULT_EXTENT, DEFAULT_BUFFER);
    }

    /**
     * @param extent the tile's integer grid (MVT {@code extent}), &gt; 0
     * @param buffer how far beyond the tile edge geometry is kept, in extent units, ≥ 0
     */
    public TileEncoder(int extent, int buffer) {
        if (extent <= 0 || buffer < 0) {
            throw new IllegalArgumentException("extent must be > 0 and buffer ≥ 0, got " + extent + " and " + buffer);
        }
        this.extent = extent;
        this.buffer = buffer;
        this.params = new MvtLayerParams(extent);
    }

    public int extent() {
        return extent;
    }

    public int buffer() {
        return buffer;
    }

    /** The simplification tolerance and smallest kept size, in extent units: one display pixel. */
    public double pixelUnits() {
        return (double) extent / DISPLAY_TILE_PIXELS;
    }

    /** The tile's layer named {@code layerName}; a tile with no feature has {@link EncodedTile#featureCount()} 0. */
    public EncodedTile encode(TileId tile, String layerName, ProjectedLayer layer) {
        Envelope tileM = WebMercatorTiles.boundsM(tile);
        double scale = extent / tileM.getWidth();
        double bufferM = buffer / scale;
        Envelope queryM = new Envelope(tileM);
        queryM.expandBy(bufferM);
        double pixelM = pixelUnits() / scale;
        Envelope clip = new Envelope(-buffer, extent + buffer, -buffer, extent + buffer);
        RectangleClipper clipper = new RectangleClipper(clip, TILE_GEOMETRIES);
        TileTransform toTile = new TileTransform(tileM.getMinX(), tileM.getMaxY(), scale);

        VectorTile.Tile.Layer.Builder builder = MvtUtil.newLayerBuilder(layerName, params);
        MvtLayerProps props = new MvtLayerProps();
        int count = 0;
        for (int i : layer.candidates(queryM)) {
            Geometry source = layer.geometryM(i);
            Envelope e = layer.envelopeM(i);
            if (!(source instanceof Puntal) && e.getWidth() < pixelM && e.getHeight() < pixelM) {
                continue;
            }
            Geometry g = tileGeometry(source, e, queryM, toTile, clipper);
            if (g == null || g.isEmpty()) {
                continue;
            }
            g.setUserData(layer.tags(i));
            int before = builder.getFeaturesCount();
            JtsAdapter.addFeatures(builder, g, props, ATTRIBUTES);
            if (builder.getFeaturesCount() > before) {
                count++;
            }
        }
        MvtUtil.writeProps(builder, props);
        byte[] bytes = VectorTile.Tile.newBuilder().addLayers(builder.build()).build().toByteArray();
        return new EncodedTile(tile, count, bytes);
    }

    /** The feature in tile coordinates, clipped, simplified and rounded; {@code null} when nothing is left. */
    private Geometry tileGeometry(Geometry sourceM, Envelope envelopeM, Envelope queryM, TileTransform toTile,
                                  RectangleClipper clipper) {
        Geometry g = sourceM.copy();
        g.apply(toTile);
        g.geometryChanged();
        if (!queryM.contains(envelopeM)) {
            g = clipper.clip(g);
            if (g == null) {
                return null;
            }
        }
        g = simplify(g);
        g.apply(Rounding.INSTANCE);
        g.geometryChanged();
        return g;
    }

    private Geometry simplify(Geometry g) {
        if (g instanceof Puntal || g.getNumPoints() <= 5) {
            // a triangle or quadrilateral ring, or a line of a few vertices: nothing to remove without collapsing it
            return g;
        }
        return g instanceof Polygonal ? TopologyPreservingSimplifier.simplify(g, pixelUnits())
                : DouglasPeuckerSimplifier.simplify(g, pixelUnits());
    }

    /** A tile's bytes and how many features it holds. */
    public record EncodedTile(TileId tile, int featureCount, byte[] bytes) {

        public boolean isEmpty() {
            return featureCount == 0;
        }
    }

    /** EPSG:3857 metres to tile units: x from the tile's west edge, y from its north edge downwards. */
    private record TileTransform(double minXM, double maxYM, double scale) implements CoordinateSequenceFilter {

        @Override
        public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, 0, (seq.getX(i) - minXM) * scale);
            seq.setOrdinate(i, 1, (maxYM - seq.getY(i)) * scale);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }

    /** To the integer grid MVT stores; the encoder truncates, so rounding first halves the error. */
    private static final class Rounding implements CoordinateSequenceFilter {

        static final Rounding INSTANCE = new Rounding();

        @Override
        public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, 0, Math.rint(seq.getX(i)));
            seq.setOrdinate(i, 1, Math.rint(seq.getY(i)));
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}

package org.symbiopark.web.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.symbiopark.maps.MapFeature;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.maps.MapLayerCatalog;
import org.symbiopark.maps.tiles.MvtAttributes;
import org.symbiopark.maps.tiles.ProjectedLayer;
import org.symbiopark.maps.tiles.TileEncoder;
import org.symbiopark.maps.tiles.TileEncoder.EncodedTile;
import org.symbiopark.maps.tiles.TileId;

/**
 * The vector tiles of the catalog's layers, with two caches in front of the encoder. The
 * catalog hands out the same feature list while a park's snapshot is unchanged, so that list's
 * identity keys the projected layer (geometries in EPSG:3857 with their own STR-tree, built once
 * per snapshot) and every encoded tile made from it; a new snapshot makes both stale at once.
 * Encoded tiles are kept in an LRU cache bounded by {@code symbiopark.tiles.cache-bytes}
 * (0 turns it off). Thread-safe.
 */
@Component
class VectorTiles {

    private final MapLayerCatalog catalog;
    private final TileEncoder encoder = new TileEncoder();
    private final Map<String, Projection> projections = new ConcurrentHashMap<>();
    private final TileCache tiles;

    VectorTiles(MapLayerCatalog catalog, @Value("${symbiopark.tiles.cache-bytes:67108864}") long cacheBytes) {
        this.catalog = catalog;
        this.tiles = new TileCache(cacheBytes);
    }

    /** A layer's features projected for tiling, made once per catalog snapshot. */
    record Projection(List<MapFeature> source, ProjectedLayer layer, Map<String, String> fieldTypes) {
    }

    /** An encoded tile and its entity tag (a CRC-32 of the bytes: equal bytes, equal tag across restarts). */
    record Tile(EncodedTile encoded, String etag) {
    }

    Tile tile(MapLayer layer, String scenarioId, TileId id) {
        Projection projection = projection(layer, scenarioId);
        String key = key(layer, scenarioId) + "/" + id;
        Tile cached = tiles.get(key, projection);
        if (cached != null) {
            return cached;
        }
        EncodedTile encoded = encoder.encode(id, layer.name(), projection.layer());
        CRC32 crc = new CRC32();
        crc.update(encoded.bytes());
        Tile tile = new Tile(encoded, "\"" + Long.toHexString(crc.getValue()) + "-" + encoded.bytes().length + "\"");
        tiles.put(key, projection, tile);
        return tile;
    }

    Projection projection(MapLayer layer, String scenarioId) {
        List<MapFeature> current = catalog.features(layer, scenarioId, null);
        return projections.compute(key(layer, scenarioId), (k, old) -> old != null && old.source() == current ? old
                : new Projection(current, ProjectedLayer.of(current), MvtAttributes.fieldTypes(current)));
    }

    TileEncoder encoder() {
        return encoder;
    }

    private static String key(MapLayer layer, String scenarioId) {
        return layer.id() + (scenarioId == null ? "" : "@" + scenarioId);
    }

    /** Least-recently-used encoded tiles up to a byte budget; an entry made from an older projection is a miss. */
    private static final class TileCache {

        private record Entry(Projection from, Tile tile) {
        }

        private final long maxBytes;
        private long bytes;
        private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);

        TileCache(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        synchronized Tile get(String key, Projection current) {
            Entry e = entries.get(key);
            return e != null && e.from() == current ? e.tile() : null;
        }

        synchronized void put(String key, Projection from, Tile tile) {
            long size = tile.encoded().bytes().length + key.length() + 64L;
            if (size > maxBytes) {
                return;
            }
            Entry old = entries.put(key, new Entry(from, tile));
            if (old != null) {
                bytes -= old.tile().encoded().bytes().length + key.length() + 64L;
            }
            bytes += size;
            var it = entries.entrySet().iterator();
            while (bytes > maxBytes && it.hasNext()) {
                var eldest = it.next();
                bytes -= eldest.getValue().tile().encoded().bytes().length + eldest.getKey().length() + 64L;
                it.remove();
            }
        }
    }
}

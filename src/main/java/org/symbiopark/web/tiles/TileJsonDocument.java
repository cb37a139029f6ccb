package org.symbiopark.web.tiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.maps.tiles.WebMercatorTiles;

/** A layer's TileJSON 3.0.0 document (github.com/mapbox/tilejson-spec, 3.0.0). */
final class TileJsonDocument {

    private TileJsonDocument() {
    }

    static ObjectNode of(MapLayer layer, String scenarioId, Map<String, String> fieldTypes, String baseUrl) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("tilejson", "3.0.0");
        doc.put("name", layer.id());
        doc.put("description", layer.title() + " of park " + layer.parkId()
                + (layer.isResultLayer() ? ", scenario " + (scenarioId == null ? layer.scenarioIds().get(0) : scenarioId) : ""));
        doc.put("version", "1.0.0");
        doc.put("scheme", "xyz");
        String query = scenarioId == null ? "" : "?scenario=" + URLEncoder.encode(scenarioId, StandardCharsets.UTF_8);
        doc.putArray("tiles").add(baseUrl + "/tiles/" + encode(layer.parkId()) + "/" + encode(layer.name())
                + "/{z}/{x}/{y}.mvt" + query);
        doc.put("minzoom", 0);
        doc.put("maxzoom", WebMercatorTiles.MAX_ZOOM);
        Envelope e = layer.extentWgs84();
        ArrayNode bounds = doc.putArray("bounds");
        ArrayNode center = doc.putArray("center");
        if (e == null) {
            bounds.add(-180).add(-WebMercatorTiles.MAX_LATITUDE).add(180).add(WebMercatorTiles.MAX_LATITUDE);
            center.add(0.0).add(0.0).add(0);
        } else {
            bounds.add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
            center.add(e.centre().x).add(e.centre().y).add(fittingZoom(e));
        }
        ObjectNode vectorLayer = doc.putArray("vector_layers").addObject();
        vectorLayer.put("id", layer.name());
        vectorLayer.put("description", layer.title());
        vectorLayer.put("minzoom", 0);
        vectorLayer.put("maxzoom", WebMercatorTiles.MAX_ZOOM);
        ObjectNode fields = vectorLayer.putObject("fields");
        fieldTypes.forEach(fields::put);
        return doc;
    }

    /** The largest zoom at which the extent fits in one tile's width and height. */
    static int fittingZoom(Envelope wgs84) {
        double widthM = WebMercatorTiles.xM(wgs84.getMaxX()) - WebMercatorTiles.xM(wgs84.getMinX());
        double heightM = WebMercatorTiles.yM(wgs84.getMaxY()) - WebMercatorTiles.yM(wgs84.getMinY());
        double size = Math.max(Math.max(widthM, heightM), 1.0);
        int z = (int) Math.floor(Math.log(2 * WebMercatorTiles.ORIGIN_SHIFT_M / size) / Math.log(2));
        return Math.max(0, Math.min(WebMercatorTiles.MAX_ZOOM, z));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.symbiopark.web.wms;

import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.springframework.stereotype.Component;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.maps.MapLayerCatalog;
import org.symbiopark.maps.render.LegendRenderer;
import org.symbiopark.maps.style.Style;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkService;

/**
 * The WMS 1.3.0 service metadata (§7.2.4, {@code capabilities_1_3_0.xsd}): one root layer, under
 * it a layer per park (named by the park id: the whole park in one map, titled with the park's
 * name) and under that a named, queryable layer per catalog layer with its style and legend.
 * Each park layer offers EPSG:4326, CRS:84, EPSG:3857 and the park's work CRS, each with a
 * BoundingBox in that CRS's axis order (§7.2.4.6.8).
 */
@Component
class GetCapabilities {

    static final List<String> COMMON_CRS = List.of("EPSG:4326", WmsCrs.CRS84, "EPSG:3857");
    static final List<String> MAP_FORMATS = List.of(MapRequest.PNG, MapRequest.JPEG);

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private final ParkService parks;
    private final MapLayerCatalog catalog;
    private final WmsLayers layers;
    private final CoordinateTransforms transforms;
    private final LegendRenderer legends = new LegendRenderer();
    private final Map<String, int[]> legendSizes = new ConcurrentHashMap<>();

    GetCapabilities(ParkService parks, MapLayerCatalog catalog, WmsLayers layers, CoordinateTransforms transforms) {
        this.parks = parks;
        this.catalog = catalog;
        this.layers = layers;
        this.transforms = transforms;
    }

    /** @param serviceUrl this service's address as the client reached it, e.g. {@code http://host:8080/wms} */
    String document(String serviceUrl) {
        String online = serviceUrl + "?";
        StringBuilder x = new StringBuilder(16384);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<WMS_Capabilities version=\"1.3.0\" xmlns=\"http://www.opengis.net/wms\"")
                .append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.opengis.net/wms")
                .append(" http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd\">\n");
        x.append("<Service>\n<Name>WMS</Name>\n<Title>Symbiopark</Title>\n")
                .append("<Abstract>Eco-industrial park layouts: parcels, plants, pipelines, corridors and the results")
                .append(" of exchange and routing analyses.</Abstract>\n");
        onlineResource(x, online);
        x.append("<LayerLimit>16</LayerLimit>\n<MaxWidth>").append(MapRequest.MAX_SIZE_PX).append("</MaxWidth>\n")
                .append("<MaxHeight>").append(MapRequest.MAX_SIZE_PX).append("</MaxHeight>\n</Service>\n");

        x.append("<Capability>\n<Request>\n");
        operation(x, "GetCapabilities", List.of("text/xml"), online);
        operation(x, "GetMap", MAP_FORMATS, online);
        operation(x, "GetFeatureInfo", List.of(FeatureInfoFormats.JSON, FeatureInfoFormats.HTML), online);
        x.append("</Request>\n<Exception>\n<Format>XML</Format>\n</Exception>\n");

        List<Park> all = parks.listParks();
        Envelope world = new Envelope();
        List<List<MapLayer>> parkLayers = new ArrayList<>();
        for (Park p : all) {
            List<MapLayer> ls = catalog.layers(p.id());
            parkLayers.add(ls);
            ls.forEach(l -> {
                if (l.extentWgs84() != null) {
                    world.expandToInclude(l.extentWgs84());
                }
            });
        }
        Envelope rootExtent = world.isNull() ? new Envelope(-180, 180, -90, 90) : world;
        x.append("<Layer>\n<Title>Symbiopark parks</Title>\n");
        for (String crs : COMMON_CRS) {
            x.append("<CRS>").append(crs).append("</CRS>\n");
        }
        geographicBox(x, rootExtent);
        boundingBoxes(x, rootExtent, COMMON_CRS);
        for (int k = 0; k < all.size(); k++) {
            parkLayer(x, all.get(k), parkLayers.get(k), online);
        }
        x.append("</Layer>\n</Capability>\n</WMS_Capabilities>\n");
        return x.toString();
    }

    private void parkLayer(StringBuilder x, Park park, List<MapLayer> ls, String online) {
        Envelope extent = new Envelope();
        ls.forEach(l -> {
            if (l.extentWgs84() != null) {
                extent.expandToInclude(l.extentWgs84());
            }
        });
        Integer workSrid = ls.stream().map(MapLayer::workSrid).filter(s -> s != null).findFirst()
                .orElse(park.workSrid());
        List<String> crsList = new ArrayList<>(COMMON_CRS);
        Set<String> own = new LinkedHashSet<>();
        if (workSrid != null && !COMMON_CRS.contains("EPSG:" + workSrid)) {
            own.add("EPSG:" + workSrid);
        }
        crsList.addAll(own);
        x.append("<Layer queryable=\"1\">\n<Name>").append(Xml.escape(park.id())).append("</Name>\n<Title>")
                .append(Xml.escape(park.name())).append("</Title>\n");
        if (!park.description().isBlank()) {
            x.append("<Abstract>").append(Xml.escape(park.description())).append("</Abstract>\n");
        }
        for (String crs : own) {
            x.append("<CRS>").append(crs).append("</CRS>\n");
        }
        if (!extent.isNull()) {
            geographicBox(x, extent);
            boundingBoxes(x, extent, crsList);
        }
        for (MapLayer l : ls) {
            x.append("<Layer queryable=\"1\" opaque=\"0\">\n<Name>").append(Xml.escape(l.id())).append("</Name>\n")
                    .append("<Title>").append(Xml.escape(l.title())).append("</Title>\n");
            if (l.isResultLayer()) {
                x.append("<Abstract>The newest analysis result by default; the vendor parameter SCENARIO picks another: ")
                        .append(Xml.escape(String.join(", ", l.scenarioIds()))).append("</Abstract>\n");
            }
            if (l.extentWgs84() != null) {
                geographicBox(x, l.extentWgs84());
                boundingBoxes(x, l.extentWgs84(), crsList);
            }
            Optional<Style> style = layers.defaultStyle(l);
            if (style.isPresent()) {
                int[] size = legendSizes.computeIfAbsent(l.styleName(), n -> {
                    BufferedImage legend = legends.render(style.get().rules());
                    return new int[] {legend.getWidth(), legend.getHeight()};
                });
                String title = style.get().title() == null ? l.styleName() : style.get().title();
                x.append("<Style>\n<Name>").append(Xml.escape(l.styleName())).append("</Name>\n<Title>")
                        .append(Xml.escape(title)).append("</Title>\n")
                        .append("<LegendURL width=\"").append(size[0]).append("\" height=\"").append(size[1])
                        .append("\">\n<Format>image/png</Format>\n");
                onlineResource(x, online + "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER="
                        + URLEncoder.encode(l.id(), StandardCharsets.UTF_8) + "&STYLE="
                        + URLEncoder.encode(l.styleName(), StandardCharsets.UTF_8));
                x.append("</LegendURL>\n</Style>\n");
            }
            x.append("</Layer>\n");
        }
        x.append("</Layer>\n");
    }

    private static void operation(StringBuilder x, String name, List<String> formats, String online) {
        x.append('<').append(name).append(">\n");
        for (String f : formats) {
            x.append("<Format>").append(f).append("</Format>\n");
        }
        x.append("<DCPType>\n<HTTP>\n<Get>\n");
        onlineResource(x, online);
        x.append("</Get>\n</HTTP>\n</DCPType>\n</").append(name).append(">\n");
    }

    private static void onlineResource(StringBuilder x, String href) {
        x.append("<OnlineResource xlink:type=\"simple\" xlink:href=\"").append(Xml.escape(href)).append("\"/>\n");
    }

    private static void geographicBox(StringBuilder x, Envelope e) {
        x.append("<EX_GeographicBoundingBox>\n<westBoundLongitude>").append(num(clamp(e.getMinX(), 180)))
                .append("</westBoundLongitude>\n<eastBoundLongitude>").append(num(clamp(e.getMaxX(), 180)))
                .append("</eastBoundLongitude>\n<southBoundLatitude>").append(num(clamp(e.getMinY(), 90)))
                .append("</southBoundLatitude>\n<northBoundLatitude>").append(num(clamp(e.getMaxY(), 90)))
                .append("</northBoundLatitude>\n</EX_GeographicBoundingBox>\n");
    }

    private void boundingBoxes(StringBuilder x, Envelope wgs84, List<String> crsNames) {
        for (String name : crsNames) {
            WmsCrs crs;
            Envelope e;
            try {
                crs = WmsCrs.parse(name, transforms);
                e = crs.srid() == CoordinateTransforms.WGS84 ? wgs84 : projected(wgs84, crs.srid());
            } catch (RuntimeException outsideDomain) {
                continue; // e.g. a box reaching a pole has no Web Mercator envelope: that CRS gets none
            }
            double[] v = crs.axisOrder(e);
            x.append("<BoundingBox CRS=\"").append(name).append("\" minx=\"").append(num(v[0])).append("\" miny=\"")
                    .append(num(v[1])).append("\" maxx=\"").append(num(v[2])).append("\" maxy=\"").append(num(v[3]))
                    .append("\"/>\n");
        }
    }

    /** The envelope in a projected CRS of a WGS 84 box, its edges densified so curved images of them count. */
    private Envelope projected(Envelope wgs84, int srid) {
        int n = 16;
        Coordinate[] ring = new Coordinate[4 * n + 1];
        for (int i = 0; i < n; i++) {
            double t = (double) i / n;
            ring[i] = new Coordinate(wgs84.getMinX() + t * wgs84.getWidth(), wgs84.getMinY());
            ring[n + i] = new Coordinate(wgs84.getMaxX(), wgs84.getMinY() + t * wgs84.getHeight());
            ring[2 * n + i] = new Coordinate(wgs84.getMaxX() - t * wgs84.getWidth(), wgs84.getMaxY());
            ring[3 * n + i] = new Coordinate(wgs84.getMinX(), wgs84.getMaxY() - t * wgs84.getHeight());
        }
        ring[4 * n] = ring[0];
        LinearRing r = WGS84.createLinearRing(ring);
        Geometry g = transforms.transform(r, CoordinateTransforms.WGS84, srid);
        return g.getEnvelopeInternal();
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.8f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}

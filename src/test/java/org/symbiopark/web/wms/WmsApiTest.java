package org.symbiopark.web.wms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.symbiopark.maps.OgcSchemas;
import org.symbiopark.maps.style.StyleLibrary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** WMS 1.3.0 at /wms over HTTP on the demo park: every operation, and every refusal as the standard's XML. */
class WmsApiTest extends WmsTestSupport {

    /** The demo park's extent in WGS 84 (from data/parks/bolshoy-ussuriysky.geojson), with a margin. */
    private static final double W = 134.805;
    private static final double S = 48.367;
    private static final double E = 134.889;
    private static final double N = 48.396;

    private String map(String layers, String crs, String bbox, int width, int height, String extra) {
        return "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + enc(layers) + "&STYLES=&CRS=" + enc(crs)
                + "&BBOX=" + bbox + "&WIDTH=" + width + "&HEIGHT=" + height + "&FORMAT=image/png" + extra;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String crs84Box() {
        return W + "," + S + "," + E + "," + N;
    }

    private static String epsg4326Box() {
        return S + "," + W + "," + N + "," + E;
    }

    // ---- GetCapabilities

    @Test
    void capabilitiesAreValidAndListTheParkItsLayersCrssBoxesAndLegends() throws Exception {
        String park = demoPark();
        HttpResponse<String> response = get("/wms?service=WMS&request=GetCapabilities");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/xml");
        assertThat(OgcSchemas.errors(OgcSchemas.WMS_CAPABILITIES, response.body())).isEmpty();

        Document doc = xml(response.body());
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setNamespaceContext(new WmsNamespaces());
        Element parkLayer = (Element) xp.evaluate("//w:Layer[w:Name='" + park + "']", doc, XPathConstants.NODE);
        assertThat(parkLayer).as("a layer for the park").isNotNull();
        assertThat(xp.evaluate("w:Title", parkLayer)).isEqualTo("Bolshoy Ussuriysky Russia–China Eco-Industrial Park");
        assertThat(xp.evaluate("w:CRS", parkLayer)).isEqualTo("EPSG:32653");
        for (String name : List.of("parcels", "plants", "pipelines", "corridors")) {
            Element layer = (Element) xp.evaluate("w:Layer[w:Name='" + park + ":" + name + "']", parkLayer,
                    XPathConstants.NODE);
            assertThat(layer).as(name).isNotNull();
            assertThat(layer.getAttribute("queryable")).isEqualTo("1");
            assertThat(xp.evaluate("w:Style/w:Name", layer)).isEqualTo(name);
            assertThat(xp.evaluate("w:Style/w:LegendURL/w:OnlineResource/@xlink:href", layer))
                    .contains("REQUEST=GetLegendGraphic").contains("LAYER=" + enc(park + ":" + name));
        }
        Element parcels = (Element) xp.evaluate("w:Layer[w:Name='" + park + ":parcels']", parkLayer, XPathConstants.NODE);
        double west = Double.parseDouble(xp.evaluate("w:EX_GeographicBoundingBox/w:westBoundLongitude", parcels));
        assertThat(west).isBetween(134.80, 134.89);
        // EPSG:4326 is latitude first, CRS:84 longitude first (WMS 1.3.0 §6.7.4)
        double minx4326 = Double.parseDouble(xp.evaluate("w:BoundingBox[@CRS='EPSG:4326']/@minx", parcels));
        double minxCrs84 = Double.parseDouble(xp.evaluate("w:BoundingBox[@CRS='CRS:84']/@minx", parcels));
        assertThat(minx4326).isBetween(48.3, 48.4);
        assertThat(minxCrs84).isBetween(134.8, 134.9);
        double minxUtm = Double.parseDouble(xp.evaluate("w:BoundingBox[@CRS='EPSG:32653']/@minx", parcels));
        assertThat(minxUtm).as("UTM 53N easting, west of the central meridian").isBetween(485_000.0, 492_000.0);
        double minx3857 = Double.parseDouble(xp.evaluate("w:BoundingBox[@CRS='EPSG:3857']/@minx", parcels));
        assertThat(minx3857).isBetween(15_000_000.0, 15_100_000.0);
        String online = xp.evaluate("//w:GetMap/w:DCPType/w:HTTP/w:Get/w:OnlineResource/@xlink:href", doc);
        assertThat(online).startsWith("http://127.0.0.1:" + port + "/wms");
    }

    // ---- GetMap

    @Test
    void getMapDrawsTheParkAsATransparentPng() {
        String park = demoPark();
        HttpResponse<byte[]> response = getBytes(map(park, "CRS:84", crs84Box(), 512, 256, "&TRANSPARENT=TRUE"));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("image/png");
        BufferedImage image = image(response.body());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).as("corner transparent").isZero();
        assertThat(nonBackgroundPixels(image)).isGreaterThan(512 * 256 / 4);
    }

    @Test
    void getMapPaintsTheBackgroundColourWhenNotTransparentAndEncodesJpeg() {
        String park = demoPark() + ":parcels";
        String wide = (W - 0.05) + "," + S + "," + E + "," + N;
        BufferedImage png = image(getBytes(map(park, "CRS:84", wide, 300, 100, "&BGCOLOR=0x00FF00")).body());
        assertThat(png.getRGB(0, 0)).isEqualTo(0xff00ff00);
        HttpResponse<byte[]> jpeg = getBytes(map(park, "CRS:84", wide, 300, 100, "").replace("image/png", "image/jpeg"));
        assertThat(contentType(jpeg)).isEqualTo("image/jpeg");
        BufferedImage decoded = image(jpeg.body());
        assertThat(decoded.getWidth()).isEqualTo(300);
        assertThat(nonBackgroundPixels(decoded)).isGreaterThan(1000);
    }

    @Test
    void epsg4326WithLatitudeFirstAndCrs84WithLongitudeFirstGiveTheSameMap() {
        String park = demoPark();
        byte[] crs84 = getBytes(map(park, "CRS:84", crs84Box(), 400, 300, "")).body();
        byte[] epsg4326 = getBytes(map(park, "EPSG:4326", epsg4326Box(), 400, 300, "")).body();
        assertThat(nonBackgroundPixels(image(crs84))).isGreaterThan(10_000);
        assertThat(epsg4326).isEqualTo(crs84);
        // the same numbers in the other order are another place altogether: nothing there
        byte[] swapped = getBytes(map(park, "EPSG:4326", crs84Box().replace(",", ";"), 400, 300, "")
                .replace(";", ",")).body();
        assertThat(nonBackgroundPixels(image(swapped))).isZero();
    }

    @Test
    void gaussKrugerBoxesAreNorthingFirstAsSisSays() {
        String park = demoPark();
        // CGCS2000 / 3-degree Gauss-Kruger CM 135E: the park is some 10 km west of the central meridian
        // (cs2cs EPSG:4326 EPSG:4554 puts its corners at N 5,359,498-5,362,245, E 485,886-491,491)
        double minE = 485_000;
        double maxE = 492_500;
        double minN = 5_359_000;
        double maxN = 5_362_800;
        byte[] northingFirst = getBytes(map(park, "EPSG:4554", minN + "," + minE + "," + maxN + "," + maxE, 300, 200, ""))
                .body();
        assertThat(nonBackgroundPixels(image(northingFirst))).as(new String(northingFirst, StandardCharsets.UTF_8))
                .isGreaterThan(5_000);
        byte[] eastingFirst = getBytes(map(park, "EPSG:4554", minE + "," + minN + "," + maxE + "," + maxN, 300, 200, ""))
                .body();
        assertThat(nonBackgroundPixels(image(eastingFirst))).isZero();
        // UTM is easting first
        byte[] utm = getBytes(map(park, "EPSG:32653", "485000,5356800,492500,5360600", 300, 200, "")).body();
        assertThat(nonBackgroundPixels(image(utm))).isGreaterThan(5_000);
    }

    @Test
    void parameterNamesAreCaseInsensitiveAndValuesOfStylesMayNameTheStyle() {
        String park = demoPark();
        String url = "/wms?service=WMS&version=1.3.0&request=GetMap&layers=" + enc(park + ":parcels")
                + "&styles=parcels&crs=CRS:84&bbox=" + crs84Box() + "&width=200&height=100&format=image/png";
        HttpResponse<byte[]> response = getBytes(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(nonBackgroundPixels(image(response.body()))).isGreaterThan(1000);
    }

    @Test
    void resultLayersDrawTheNewestScenarioOrTheOneAsked() {
        String park = demoPark();
        HttpResponse<String> analysis = send(HttpRequest.newBuilder(uri(PARKS + "/" + park + "/exchanges/analyses"))
                .POST(BodyPublishers.noBody()));
        assertThat(analysis.statusCode()).as(analysis.body()).isEqualTo(201);
        String scenario = body(analysis).path("scenarioId").asText();
        String links = park + ":exchange-links";
        BufferedImage newest = image(getBytes(map(links, "CRS:84", crs84Box(), 400, 300, "")).body());
        assertThat(nonBackgroundPixels(newest)).isGreaterThan(500);
        HttpResponse<byte[]> asked = getBytes(map(links, "CRS:84", crs84Box(), 400, 300, "&SCENARIO=" + scenario));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertException(get(map(links, "CRS:84", crs84Box(), 400, 300, "&SCENARIO=no-such-scenario")),
                "InvalidParameterValue");
    }

    // ---- GetFeatureInfo

    @Test
    void featureInfoFindsTheParcelUnderThePixelAsGeoJsonAndHtml() throws Exception {
        String park = demoPark();
        JsonNode parcel = firstParcel(park);
        Geometry g = new GeoJsonReader().read(parcel.path("geometry").toString());
        Point inside = g.getInteriorPoint();
        double d = 0.0005;
        String bbox = (inside.getX() - d) + "," + (inside.getY() - d) + "," + (inside.getX() + d) + "," + (inside.getY() + d);
        String query = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=" + enc(park + ":parcels")
                + "&QUERY_LAYERS=" + enc(park + ":parcels") + "&STYLES=&CRS=CRS:84&BBOX=" + bbox
                + "&WIDTH=101&HEIGHT=101&I=50&J=50&FEATURE_COUNT=5&INFO_FORMAT=";
        HttpResponse<String> json = get(query + enc("application/json"));
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(contentType(json)).startsWith("application/json");
        JsonNode collection = body(json);
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features")).hasSize(1);
        JsonNode hit = collection.path("features").get(0);
        assertThat(hit.path("id").asText()).isEqualTo(parcel.path("id").asText());
        assertThat(hit.path("properties").path("zoning").asText()).isEqualTo(parcel.path("properties").path("zoning").asText());
        assertThat(hit.path("properties").path("layer").asText()).isEqualTo(park + ":parcels");
        assertThat(hit.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");

        HttpResponse<String> html = get(query + "text/html");
        assertThat(contentType(html)).startsWith("text/html");
        assertThat(html.body()).contains("<table").contains(parcel.path("id").asText());

        // far outside every parcel: an empty collection
        String away = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=" + enc(park + ":parcels")
                + "&QUERY_LAYERS=" + enc(park + ":parcels") + "&STYLES=&CRS=CRS:84&BBOX=10,10,11,11"
                + "&WIDTH=101&HEIGHT=101&I=50&J=50&INFO_FORMAT=application/json";
        assertThat(body(get(away)).path("features")).isEmpty();
    }

    private JsonNode firstParcel(String park) {
        JsonNode page = body(get(PARKS + "/" + park + "/parcels?limit=1"));
        JsonNode features = page.has("features") ? page.path("features") : page;
        assertThat(features.size()).as(page.toString()).isGreaterThan(0);
        return features.get(0);
    }

    // ---- GetLegendGraphic

    @Test
    void legendHasARowPerRule() {
        String park = demoPark();
        HttpResponse<byte[]> response = getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER="
                + enc(park + ":plants"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("image/png");
        int rules = new StyleLibrary().style("plants").orElseThrow().rules().size();
        assertThat(image(response.body()).getHeight()).isEqualTo(rules * 24);
        HttpResponse<byte[]> styled = getBytes("/wms?SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER="
                + enc(park + ":plants") + "&STYLE=plants&RULE=energy");
        assertThat(image(styled.body()).getHeight()).isEqualTo(24);
    }

    // ---- exceptions

    @Test
    void everyRefusalIsAServiceExceptionReportWithTheStandardsCode() {
        String park = demoPark();
        String ok = map(park, "CRS:84", crs84Box(), 100, 100, "");
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {ok.replace("CRS=CRS%3A84", "CRS=EPSG%3A999999"), "InvalidCRS"});
        cases.add(new String[] {ok.replace("CRS=CRS%3A84", "CRS=AUTO2%3A42001"), "InvalidCRS"});
        cases.add(new String[] {ok.replace("LAYERS=" + park, "LAYERS=nowhere%3Aparcels"), "LayerNotDefined"});
        cases.add(new String[] {ok.replace("LAYERS=" + park, "LAYERS=" + park + "%3Aroads"), "LayerNotDefined"});
        cases.add(new String[] {ok.replace("image/png", "image/gif"), "InvalidFormat"});
        cases.add(new String[] {map(park + ":parcels", "CRS:84", crs84Box(), 100, 100, "").replace("STYLES=", "STYLES=pink"),
            "StyleNotDefined"});
        cases.add(new String[] {ok.replace("&BBOX=" + crs84Box(), ""), "MissingParameterValue"});
        cases.add(new String[] {ok.replace("&LAYERS=" + park, ""), "MissingParameterValue"});
        cases.add(new String[] {ok.replace(crs84Box(), E + "," + S + "," + W + "," + N), "InvalidParameterValue"});
        cases.add(new String[] {ok.replace(crs84Box(), "1,2,3"), "InvalidParameterValue"});
        cases.add(new String[] {ok.replace("WIDTH=100", "WIDTH=4097"), "InvalidParameterValue"});
        cases.add(new String[] {ok.replace("HEIGHT=100", "HEIGHT=0"), "InvalidParameterValue"});
        cases.add(new String[] {ok.replace("WIDTH=100", "WIDTH=wide"), "InvalidParameterValue"});
        cases.add(new String[] {ok.replace("VERSION=1.3.0", "VERSION=1.1.1"), "InvalidParameterValue"});
        cases.add(new String[] {ok.replace("REQUEST=GetMap", "REQUEST=GetStyles"), "OperationNotSupported"});
        cases.add(new String[] {"/wms?SERVICE=WMS", "MissingParameterValue"});
        cases.add(new String[] {ok.replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo") + "&QUERY_LAYERS=" + park
                + "&INFO_FORMAT=application/json&I=100&J=5", "InvalidPoint"});
        cases.add(new String[] {ok.replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo") + "&QUERY_LAYERS=" + park
                + "&INFO_FORMAT=application/xml&I=1&J=5", "InvalidFormat"});
        cases.add(new String[] {"/wms?SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=nope%3Aparcels", "LayerNotDefined"});
        for (String[] c : cases) {
            assertException(get(c[0]), c[1]);
        }
    }

    private static void assertException(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).as(response.body()).isIn(400, 404);
        assertThat(contentType(response)).startsWith("text/xml");
        assertThat(OgcSchemas.errors(OgcSchemas.WMS_EXCEPTIONS, response.body())).as(response.body()).isEmpty();
        Document doc = xml(response.body());
        NodeList exceptions = doc.getElementsByTagNameNS("http://www.opengis.net/ogc", "ServiceException");
        assertThat(exceptions.getLength()).isEqualTo(1);
        Element e = (Element) exceptions.item(0);
        assertThat(e.getAttribute("code")).as(response.body()).isEqualTo(code);
        assertThat(e.getTextContent()).isNotBlank().doesNotContain("Exception", "\tat ");
        assertThat(response.body().toLowerCase(Locale.ROOT)).doesNotContain("org.springframework");
    }
}

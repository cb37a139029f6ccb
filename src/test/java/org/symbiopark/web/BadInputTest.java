package org.symbiopark.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Input the API must refuse: every answer is a 4xx problem+json whose detail names the
 * problem, and the store has exactly as many rows afterwards as before.
 */
class BadInputTest extends WebApiTest {

    private static final String GOOD_PARCEL = """
            {"type": "Feature",
             "geometry": {"type": "Polygon", "coordinates": [[[134.850, 48.380], [134.852, 48.380],
                          [134.852, 48.381], [134.850, 48.381], [134.850, 48.380]]]},
             "properties": {"layer": "parcel", "id": "good", "zoning": "industrial-light"}}""";

    /** A park file whose feature 1 is the one given (feature 0 is a valid parcel). */
    private static String parkWith(String feature) {
        return parkWith("", feature);
    }

    private static String parkWith(String extraMembers, String feature) {
        return """
                {"type": "FeatureCollection", %s
                 "park": {"id": "bad-park", "name": "Bad park", "country": "RU", "languages": ["ru"],
                          "currency": "RUB"},
                 "features": [%s, %s]}""".formatted(extraMembers, GOOD_PARCEL, feature);
    }

    private static String plantWithStream(String stream) {
        return """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [134.851, 48.3805]},
                 "properties": {"layer": "plant", "id": "mill", "industry": "C1610", "status": "existing",
                                "streams": [%s]}}""".formatted(stream);
    }

    /** Runs the request and asserts a refusal with this status that left every table as it was. */
    private JsonNode refused(int status, Supplier<HttpResponse<String>> request) {
        Map<String, Long> before = rowCounts();
        HttpResponse<String> response = request.get();
        JsonNode problem = assertProblem(response, status);
        assertThat(rowCounts()).as("rows after a refused request").isEqualTo(before);
        return problem;
    }

    private JsonNode refusedImport(int status, String body) {
        return refused(status, () -> post(PARKS + "/import", GEO_JSON, BodyPublishers.ofString(body)));
    }

    @Test
    void selfIntersectingPolygonNamesFeatureIndexIdAndField() {
        JsonNode problem = refusedImport(422, parkWith("""
                {"type": "Feature",
                 "geometry": {"type": "Polygon", "coordinates": [[[134.850, 48.380], [134.852, 48.381],
                              [134.852, 48.380], [134.850, 48.381], [134.850, 48.380]]]},
                 "properties": {"layer": "parcel", "id": "bowtie", "zoning": "industrial-light"}}"""));
        assertThat(problem.path("detail").asText()).contains("feature 1", "bowtie", "geometry");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("featureIndex").asInt()).isEqualTo(1);
        assertThat(error.path("featureId").asText()).isEqualTo("bowtie");
        assertThat(error.path("field").asText()).isEqualTo("geometry");
        assertThat(error.path("reason").asText()).isNotBlank();
    }

    @Test
    void lineStringPlantIsRefused() {
        String plant = """
                {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[134.851, 48.38], [134.852, 48.38]]},
                 "properties": {"layer": "plant", "id": "line-plant", "industry": "C1610", "status": "existing"}}""";
        JsonNode problem = refusedImport(422, parkWith(plant));
        assertThat(problem.path("detail").asText()).contains("line-plant", "geometry");

        String parkId = importFixture();
        JsonNode posted = refused(422, () -> postJson(PARKS + "/" + parkId + "/plants", plant));
        assertThat(posted.path("detail").asText()).contains("geometry");
        assertThat(posted.path("errors").get(0).path("field").asText()).isEqualTo("geometry");
    }

    @Test
    void polygonPostedAsPipelineIsRefused() {
        String parkId = importFixture();
        JsonNode problem = refused(422, () -> postJson(PARKS + "/" + parkId + "/pipelines", """
                {"type": "Feature",
                 "geometry": {"type": "Polygon", "coordinates": [[[134.850, 48.380], [134.852, 48.380],
                              [134.852, 48.381], [134.850, 48.380]]]},
                 "properties": {"id": "area-pipe", "carrier": "steam", "status": "proposed"}}"""));
        assertThat(problem.path("detail").asText()).contains("geometry");
    }

    @Test
    void unknownEpsgCodeIsRefused() {
        JsonNode problem = refusedImport(422, parkWith(
                "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:999999\"}},", GOOD_PARCEL
                        .replace("\"good\"", "\"other\"")));
        assertThat(problem.path("detail").asText()).contains("999999");

        String parkId = importFixture();
        JsonNode parameter = refused(400, () -> postJson(PARKS + "/" + parkId + "/parcels?crs=EPSG:999999",
                GOOD_PARCEL));
        assertThat(parameter.path("detail").asText()).contains("crs", "999999");
    }

    @Test
    void latitudeBeyond90IsRefused() {
        JsonNode problem = refusedImport(422, parkWith("""
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [134.851, 91.0]},
                 "properties": {"layer": "plant", "id": "north", "industry": "C1610", "status": "existing"}}"""));
        assertThat(problem.path("detail").asText()).contains("feature 1", "north", "geometry");
    }

    @Test
    void nanTokenIsMalformedJson() {
        JsonNode problem = refusedImport(400, parkWith("""
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [134.851, NaN]},
                 "properties": {"layer": "plant", "id": "nan", "industry": "C1610", "status": "existing"}}"""));
        assertThat(problem.path("detail").asText()).startsWith("malformed JSON at line");
    }

    @Test
    void nanStringCoordinateIsRefused() {
        JsonNode problem = refusedImport(422, parkWith("""
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [134.851, "NaN"]},
                 "properties": {"layer": "plant", "id": "nan", "industry": "C1610", "status": "existing"}}"""));
        assertThat(problem.path("detail").asText()).contains("feature 1", "nan", "geometry");
    }

    @Test
    void negativeQuantityIsRefused() {
        JsonNode problem = refusedImport(422, parkWith(plantWithStream(
                "{\"direction\": \"OUT\", \"resource\": \"sawdust\", \"quantity\": -5, \"unit\": \"t\"}")));
        assertThat(problem.path("detail").asText()).contains("mill", "quantity");
    }

    @Test
    void unknownCatalogResourceIsRefused() {
        JsonNode problem = refusedImport(422, parkWith(plantWithStream(
                "{\"direction\": \"OUT\", \"resource\": \"unobtainium\", \"quantity\": 5, \"unit\": \"t\"}")));
        assertThat(problem.path("detail").asText()).contains("mill", "unobtainium");
    }

    @Test
    void unknownIdsAre404() {
        String parkId = importFixture();
        assertThat(refused(404, () -> get(PARKS + "/no-such-park")).path("detail").asText())
                .contains("no-such-park");
        assertThat(refused(404, () -> get(PARKS + "/" + parkId + "/parcels/no-such-parcel")).path("detail")
                .asText()).contains("no-such-parcel");
        assertThat(refused(404, () -> delete(PARKS + "/" + parkId + "/plants/no-such-plant")).path("detail")
                .asText()).contains("no-such-plant");
        assertThat(refused(404, () -> get(PARKS + "/" + parkId + "/scenarios/no-such-scenario")).path("detail")
                .asText()).contains("no-such-scenario");
        assertThat(refused(404, () -> get(PARKS + "/" + parkId + "/buildings")).path("detail").asText())
                .contains("buildings", "parcels");
        assertThat(refused(404, () -> get("/api/v1/no/such/thing")).path("detail").asText())
                .contains("/api/v1/no/such/thing");
    }

    @Test
    void malformedJsonSaysWhere() {
        JsonNode problem = refused(400, () -> postJson(PARKS + "/import", "{\"type\": \"FeatureCollection\",\n"
                + "  \"features\": [ }"));
        assertThat(problem.path("detail").asText()).isEqualTo("malformed JSON at line 2, column 17");
        JsonNode create = refused(400, () -> postJson(PARKS, "{\"name\": \"x\", "));
        assertThat(create.path("detail").asText()).startsWith("malformed JSON at line 1");
    }

    @Test
    void duplicateParkIs409() {
        String parkId = importFixture();
        JsonNode problem = refused(409, () -> post(PARKS + "/import?id=" + parkId, GEO_JSON,
                BodyPublishers.ofString(fixture("island-park.geojson"))));
        assertThat(problem.path("detail").asText()).contains(parkId);
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() {
        String parkId = importFixture();
        String parcels = PARKS + "/" + parkId + "/parcels";
        assertThat(refused(400, () -> get(parcels + "?bbox=1,2,3")).path("detail").asText()).contains("bbox");
        assertThat(refused(400, () -> get(parcels + "?bbox=1,2,x,4")).path("detail").asText()).contains("bbox");
        assertThat(refused(400, () -> get(parcels + "?bbox=3,2,1,4")).path("detail").asText()).contains("bbox");
        assertThat(refused(400, () -> get(parcels + "?bbox=1,2,NaN,4")).path("detail").asText()).contains("bbox");
        assertThat(refused(400, () -> get(parcels + "?limit=0")).path("detail").asText()).contains("limit");
        assertThat(refused(400, () -> get(parcels + "?limit=100001")).path("detail").asText()).contains("limit");
        assertThat(refused(400, () -> get(parcels + "?limit=many")).path("detail").asText()).contains("limit");
        assertThat(refused(400, () -> get(parcels + "?offset=-1")).path("detail").asText()).contains("offset");
        assertThat(refused(400, () -> get(PARKS + "/" + parkId + "/export?format=shp")).path("detail").asText())
                .contains("format", "geojson", "gpkg");
    }

    @Test
    void wrongMethodAndMediaType() {
        String parkId = importFixture();
        assertThat(refused(405, () -> send(HttpRequest.newBuilder(uri(PARKS + "/" + parkId + "/export"))
                .DELETE())).path("detail").asText()).contains("DELETE");
        assertThat(refused(415, () -> post(PARKS + "/import", "text/plain", BodyPublishers.ofString("hello")))
                .path("detail").asText()).contains("text/plain");
    }

    @Test
    void importedGeoPackageThatIsNotOneIsRefused() {
        JsonNode problem = refused(422, () -> post(PARKS + "/import", "application/geopackage+sqlite3",
                BodyPublishers.ofString("this is not a database")));
        assertThat(problem.path("detail").asText()).contains("GeoPackage");
    }

    @Test
    void errorsAreProblemJsonWhateverTheClientAccepts() throws Exception {
        HttpResponse<String> html = send(HttpRequest.newBuilder(uri("/no/such/page")).header("Accept", "text/html"));
        assertProblem(html, 404);
        HttpResponse<String> error = send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html"));
        assertProblem(error, 404);
        HttpResponse<String> notAcceptable = send(HttpRequest.newBuilder(uri(PARKS)).header("Accept", "image/png"));
        assertProblem(notAcceptable, 406);

        // rejected by Tomcat before any servlet sees it
        RawHttpExchange.Response badUri = RawHttpExchange.get(port, "/api/v1/parks/%zz");
        assertThat(badUri.status()).isEqualTo(400);
        assertThat(badUri.headers().get("content-type")).startsWith(PROBLEM_JSON);
        JsonNode problem = json.readTree(badUri.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    // ---- found in review: every import path and every write keeps the same rules

    /** Our own export of the fixture, with one stored value changed behind the store's back. */
    private byte[] tamperedGeoPackage(String sql) throws Exception {
        String parkId = importFixture();
        Path dir = Files.createTempDirectory("tampered");
        Path file = dir.resolve("park.gpkg");
        Files.write(file, getBytes(PARKS + "/" + parkId + "/export?format=gpkg").body());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // Plain SQLite lacks the ST_* functions the RTree triggers call; an editor without
            // them drops the triggers, as this one does.
            java.util.List<String> triggers = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            for (String trigger : triggers) {
                st.executeUpdate("DROP TRIGGER \"" + trigger + "\"");
            }
            st.executeUpdate(sql);
        }
        return Files.readAllBytes(file);
    }

    private JsonNode refusedGeoPackage(byte[] file) {
        return refused(422, () -> post(PARKS + "/import?id=tampered", "application/geopackage+sqlite3",
                BodyPublishers.ofByteArray(file)));
    }

    @Test
    void geoPackageImportsPassTheSameRulesAsGeoJson() throws Exception {
        assertThat(refusedGeoPackage(tamperedGeoPackage("UPDATE plant_streams SET quantity_per_year = -5"))
                .path("detail").asText()).contains("quantity", "negative");
        assertThat(refusedGeoPackage(tamperedGeoPackage("UPDATE plant_streams SET resource = 'unobtainium'"))
                .path("detail").asText()).contains("unobtainium");
        assertThat(refusedGeoPackage(tamperedGeoPackage("UPDATE parcels SET zoning = 'bogus'"))
                .path("detail").asText()).contains("bogus");
        assertThat(refusedGeoPackage(tamperedGeoPackage("UPDATE parcels SET feature_id = '../a b' WHERE feature_id = 'b1'"))
                .path("detail").asText()).contains("../a b");
    }

    @Test
    void damagedOrForeignSqliteFilesAre422() throws Exception {
        byte[] garbage = "SQLite format 3\0 and then garbage".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(refusedGeoPackage(garbage).path("detail").asText()).contains("file");

        Path dir = Files.createTempDirectory("foreign");
        Path foreign = dir.resolve("foreign.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x integer)");
        }
        assertThat(refusedGeoPackage(Files.readAllBytes(foreign)).path("detail").asText()).contains("GeoPackage");
    }

    @Test
    void aRefusedFeatureWriteLeavesThePark() throws Exception {
        JsonNode created = body(postJson(PARKS, "{\"name\": \"Empty park\"}"));
        String parkId = created.path("id").asText();
        refused(404, () -> putJson(PARKS + "/" + parkId + "/parcels/nope", GOOD_PARCEL.replace("\"good\"", "\"nope\"")));
        assertThat(body(get(PARKS + "/" + parkId)).has("workSrid")).as("no work CRS from a refused write").isFalse();

        assertThat(postJson(PARKS + "/" + parkId + "/parcels", GOOD_PARCEL).statusCode()).isEqualTo(201);
        assertThat(body(get(PARKS + "/" + parkId)).path("workSrid").asInt()).isEqualTo(32653);
    }

    @Test
    void featuresOutsideTheWorkCrsAreRefused() {
        JsonNode created = body(postJson(PARKS, "{\"name\": \"Wrong zone\", \"workSrid\": 32633}"));
        String parkId = created.path("id").asText();
        JsonNode problem = refused(422, () -> postJson(PARKS + "/" + parkId + "/parcels", GOOD_PARCEL));
        assertThat(problem.path("detail").asText()).contains("32633", "workSrid");
        assertThat(refusedImport(422, parkWith("", GOOD_PARCEL.replace("\"good\"", "\"other\""))
                .replace("\"currency\": \"RUB\"}", "\"currency\": \"RUB\", \"workSrid\": 32633}"))
                .path("detail").asText()).contains("32633");
    }

    @Test
    void aParcelWithPlantsOnItIsKept() {
        String parkId = importFixture();
        JsonNode problem = refused(409, () -> delete(PARKS + "/" + parkId + "/parcels/a1"));
        assertThat(problem.path("detail").asText()).contains("a1", "chp");
        assertThat(delete(PARKS + "/" + parkId + "/parcels/b1").statusCode()).isEqualTo(204);
    }

    @Test
    void controlCharactersAndNullsInTextAreRefused() {
        assertThat(refused(422, () -> postJson(PARKS, "{\"name\": \"bad\\u0000name\"}")).path("detail").asText())
                .contains("name", "U+0000");
        assertThat(refused(422, () -> postJson(PARKS, "{\"name\": \"x\", \"languages\": [null]}"))
                .path("detail").asText()).contains("languages[0]");
        String parkId = importFixture();
        assertThat(refused(422, () -> postJson(PARKS + "/" + parkId + "/parcels",
                GOOD_PARCEL.replace("\"zoning\"", "\"name\": \"a\\u0000b\", \"zoning\""))).path("detail").asText())
                .contains("name");
        assertThat(refused(422, () -> postJson(PARKS + "/" + parkId + "/scenarios", "{\"name\": \"x\\u0000y\"}"))
                .path("detail").asText()).contains("name");
    }

    @Test
    void scenariosInAFileAreChecked() {
        assertThat(refusedImport(422, parkWith("\"scenarios\": [{\"name\": \"a\", \"version\": -3}],", GOOD_PARCEL
                .replace("\"good\"", "\"other\""))).path("detail").asText()).contains("version");
        assertThat(refusedImport(422, parkWith("\"scenarios\": [{\"name\": \"a\", \"createdAt\": \"+999999-01-01T00:00:00Z\"}],",
                GOOD_PARCEL.replace("\"good\"", "\"other\""))).path("detail").asText()).contains("createdAt");
        assertThat(refusedImport(422, parkWith("\"scenarios\": [{\"id\": \"s\", \"name\": \"a\"}, {\"id\": \"s\", \"name\": \"b\"}],",
                GOOD_PARCEL.replace("\"good\"", "\"other\""))).path("detail").asText()).contains("duplicate");
    }

    @Test
    void wholeNumbersMustBeWholeAndDocumentsMustEnd() {
        assertThat(refusedImport(422, parkWith("", GOOD_PARCEL.replace("\"good\"", "\"other\""))
                .replace("\"currency\": \"RUB\"}", "\"currency\": \"RUB\", \"lifetimeYears\": 30.9}"))
                .path("detail").asText()).contains("lifetimeYears");
        refused(400, () -> postJson(PARKS, "{\"name\": \"x\", \"lifetimeYears\": 30.9}"));
        refused(400, () -> postJson(PARKS, "{\"name\": \"x\"} trailing"));
    }

    @Test
    void aMultipartBodyWithoutBoundaryIs400() {
        JsonNode problem = refused(400, () -> post(PARKS + "/import", "multipart/form-data",
                BodyPublishers.ofString("garbage")));
        assertThat(problem.path("detail").asText()).contains("multipart");
    }
}

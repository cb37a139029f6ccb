package org.symbiopark.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.symbiopark.web.WebApiTest;

/**
 * The review page at / in headless Chromium against the running server, with the demo park
 * (Bolshoy Ussuriysky) imported under a fresh id. Waits are generous: the machine is shared.
 */
class ReviewPageTest extends WebApiTest {

    private static final Path DEMO_PARK = Path.of("data", "parks", "bolshoy-ussuriysky.geojson");
    /** Where a run leaves its screenshot of the page (docs/review-page.png is a copy of one). */
    static final Path SCREENSHOT = Path.of("target", "review", "review-page.png");
    /** The map's plain background, #f4f3ef in review/app.css. */
    private static final int BACKGROUND_RGB = 0xf4f3ef;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static HeadlessChromium chromium;
    private static String parkId;

    private ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        chromium = new HeadlessChromium(1400, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openDemoPark() throws IOException {
        if (parkId == null) {
            parkId = "review-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> imported = post(PARKS + "/import?id=" + parkId, GEO_JSON,
                    BodyPublishers.ofString(Files.readString(DEMO_PARK)));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        }
        browser = chromium.driver();
        // a fresh document each time: the same address with another #fragment would not reload
        browser.get("about:blank");
        browser.get(uri("/#park=" + parkId).toString());
        waitFor("the page to draw the park", d -> Boolean.TRUE.equals(js("return window.symbiopark && window.symbiopark.ready")));
    }

    @AfterEach
    void forgetSettings() {
        // the language and base map are remembered in localStorage; each test starts from the defaults
        js("localStorage.clear()");
    }

    @Test
    void showsTheDemoParkOnTheMap() throws IOException {
        assertThat(new Select(browser.findElement(By.id("park-picker"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(parkId);
        assertThat(js("return window.symbiopark.layerFeatureCount('parcels')")).isEqualTo(57L);
        assertThat(js("return window.symbiopark.layerFeatureCount('plants')")).isEqualTo(16L);

        WebElement map = browser.findElement(By.id("map"));
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(map.getScreenshotAs(OutputType.BYTES)));
        long pixels = (long) drawn.getWidth() * drawn.getHeight();
        long painted = 0;
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                if (differs(drawn.getRGB(x, y) & 0xffffff, BACKGROUND_RGB)) {
                    painted++;
                }
            }
        }
        // the demo park's parcels alone cover about a fifth of the fitted view
        assertThat(painted).as("pixels other than the background out of %d", pixels).isGreaterThan(pixels / 10);
    }

    @Test
    void aClickOnAPlantOpensAPopupWithItsNameAndStreams() {
        WebElement map = browser.findElement(By.id("map"));
        int[] sawmill = offsetInMap(map, (List<?>) js("return window.symbiopark.pixelOf('plants', 'sawmill')"));
        new Actions(browser).moveToElement(map, sawmill[0], sawmill[1]).click().perform();

        WebElement popup = browser.findElement(By.id("popup"));
        waitFor("the popup", d -> popup.isDisplayed());
        assertThat(popup.findElement(By.tagName("h4")).getText()).isEqualTo("Amur sawmill (150,000 m3 logs/yr)");
        assertThat(popup.getText()).contains("Plants", "Industry (ISIC)", "C1610", "Streams", "Direction");
        List<WebElement> streams = popup.findElements(By.cssSelector("table.streams tbody tr"));
        assertThat(streams).hasSize(7);
        assertThat(popup.findElement(By.cssSelector("table.streams")).getText()).contains("Sawdust", "out");
    }

    @Test
    void switchingToRussianChangesTheLabels() {
        WebElement switcher = browser.findElement(By.id("layer-switcher"));
        assertThat(switcher.getText()).contains("Parcels", "Plants").doesNotContain("Участки");

        new Select(browser.findElement(By.id("language-picker"))).selectByValue("ru");

        waitFor("Russian layer names", d -> browser.findElement(By.id("layer-switcher")).getText().contains("Участки"));
        assertThat(browser.findElement(By.id("layer-switcher")).getText())
                .contains("Участки", "Предприятия", "Трубопроводы", "Коридоры").doesNotContain("Parcels");
        assertThat(browser.findElement(By.cssSelector("#layers-section h2")).getText()).isEqualToIgnoringCase("Слои");
        assertThat(browser.findElement(By.id("measure-distance")).getText()).isEqualTo("Расстояние");
        assertThat(js("return document.documentElement.lang")).isEqualTo("ru");
        WebElement map = browser.findElement(By.id("map"));
        int[] sawmill = offsetInMap(map, (List<?>) js("return window.symbiopark.pixelOf('plants', 'sawmill')"));
        new Actions(browser).moveToElement(map, sawmill[0], sawmill[1]).click().perform();
        waitFor("the popup", d -> browser.findElement(By.id("popup")).isDisplayed());
        assertThat(browser.findElement(By.id("popup")).getText()).as("attribute names and resources in Russian")
                .contains("Отрасль (МСОК)", "Потоки", "Опилки", "выход");

        new Select(browser.findElement(By.id("language-picker"))).selectByValue("zh-CN");
        assertThat(browser.findElement(By.id("layer-switcher")).getText()).contains("地块", "企业");
        assertThat(browser.findElement(By.id("popup")).getText()).contains("锯末");
        new Select(browser.findElement(By.id("language-picker"))).selectByValue("ru");

        browser.navigate().refresh();
        waitFor("the page to draw the park again", d -> Boolean.TRUE.equals(js("return window.symbiopark.ready")));
        assertThat(browser.findElement(By.id("layer-switcher")).getText()).as("the language is remembered")
                .contains("Участки");
    }

    @Test
    void theLayerSwitcherHidesAndShowsALayer() {
        WebElement toggle = browser.findElement(By.id("layer-toggle-parcels"));
        assertThat(toggle.isSelected()).isTrue();
        String visible = "return window.symbiopark.map.getLayers().getArray().find(l => l.get('name') === 'parcels').getVisible()";

        toggle.click();
        assertThat(js(visible)).isEqualTo(false);
        toggle.click();
        assertThat(js(visible)).isEqualTo(true);
    }

    @Test
    void theMeasureToolGivesTheGeodesicDistanceBetweenTwoPlants() throws IOException {
        JsonNode park = json.readTree(DEMO_PARK.toFile());
        double[] sawmill = pointOf(park, "sawmill");
        double[] brewery = pointOf(park, "brewery");
        double expectedM = net.sf.geographiclib.Geodesic.WGS84.Inverse(sawmill[1], sawmill[0], brewery[1], brewery[0]).s12;

        browser.findElement(By.id("measure-distance")).click();
        WebElement map = browser.findElement(By.id("map"));
        int[] from = offsetInMap(map, (List<?>) js("return window.symbiopark.pixelOf('plants', 'sawmill')"));
        int[] to = offsetInMap(map, (List<?>) js("return window.symbiopark.pixelOf('plants', 'brewery')"));
        new Actions(browser).moveToElement(map, from[0], from[1]).click().pause(Duration.ofMillis(300))
                .moveToElement(map, to[0], to[1]).click().pause(Duration.ofMillis(300)).click().perform();

        WebElement result = browser.findElement(By.id("measure-result"));
        waitFor("a measured distance", d -> result.getText().matches("[0-9.,]+ k?m"));
        String[] parts = result.getText().split(" ");
        double measuredM = Double.parseDouble(parts[0].replace(",", "")) * ("km".equals(parts[1]) ? 1000 : 1);
        // a click lands on a whole pixel (about 5 m here) and ol/sphere uses a sphere, not the ellipsoid (< 0.5 %)
        assertThat(measuredM).isCloseTo(expectedM, org.assertj.core.data.Percentage.withPercentage(1.5));
    }

    @Test
    void theExchangeAnalysisFromThePanelAddsTheExchangeLinkLayer() throws IOException {
        WebElement run = browser.findElement(By.id("exchange-run"));
        waitFor("the exchange analysis in the panel", d -> run.isDisplayed());
        assertThat(browser.findElements(By.cssSelector("#layer-switcher li[data-layer='exchange-links']"))).isEmpty();

        run.click();

        waitFor("the exchange-link layer",
                d -> !browser.findElements(By.cssSelector("#layer-switcher li[data-layer='exchange-links']")).isEmpty());
        assertThat((Long) js("return window.symbiopark.layerFeatureCount('exchange-links')")).isPositive();
        assertThat(browser.findElement(By.cssSelector("#layer-switcher li[data-layer='exchange-links']")).getText())
                .contains("Exchange links");
        assertThat(browser.findElement(By.id("exchange-totals")).getText()).contains("Money saved per year", "RUB");
        String scenario = new Select(browser.findElement(By.id("scenario-picker"))).getFirstSelectedOption()
                .getAttribute("value");
        assertThat(scenario).as("the saved scenario is the one shown").isNotEmpty();
        HttpResponse<String> saved = get(PARKS + "/" + parkId + "/scenarios/" + scenario);
        assertThat(body(saved).path("content").path("linksGeoJson").path("features").size())
                .isEqualTo(((Long) js("return window.symbiopark.layerFeatureCount('exchange-links')")).intValue());
        js("document.getElementById('panel').scrollTop = 0");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void thePanelOffersTheAnalysesTheApiDocuments() {
        JsonNode paths = body(get("/v3/api-docs")).path("paths");
        waitFor("the analysis panel", d -> browser.findElement(By.id("exchange-run")).isDisplayed());
        assertThat(browser.findElement(By.id("analysis-exchange")).isDisplayed())
                .isEqualTo(paths.has("/api/v1/parks/{parkId}/exchanges/analyses"));
        assertThat(browser.findElement(By.id("analysis-siting")).isDisplayed())
                .isEqualTo(paths.has("/api/v1/parks/{parkId}/siting/jobs"));
        boolean routing = false;
        for (var names = paths.fieldNames(); names.hasNext(); ) {
            routing |= names.next().matches("/api/v1/parks/\\{[^}]+}/routing/networks");
        }
        assertThat(browser.findElement(By.id("analysis-network")).isDisplayed()).as("shared pipeline network")
                .isEqualTo(routing);
    }

    @Test
    void aSitingJobShowsItsProgressAndThenTheProposedPlantsOnTheirParcels() {
        WebElement start = browser.findElement(By.id("siting-start"));
        waitFor("plant siting in the panel", d -> start.isDisplayed());
        WebElement seconds = browser.findElement(By.id("siting-seconds"));
        seconds.clear();
        seconds.sendKeys("2");

        start.click();

        WebElement progress = browser.findElement(By.id("siting-progress"));
        waitFor("the progress bar and the cancel button", d -> progress.isDisplayed()
                && browser.findElement(By.id("siting-cancel")).isDisplayed());
        waitFor("the sited plants", d -> !browser.findElements(By.cssSelector("#layer-switcher li[data-layer='siting']")).isEmpty());
        assertThat(browser.findElement(By.id("siting-status")).getText()).isEqualTo("Done");
        assertThat(progress.getAttribute("value")).isEqualTo("1");
        assertThat(browser.findElement(By.id("siting-cancel")).isDisplayed()).isFalse();
        // the demo park's eight proposed plants (five of them without a site yet); existing ones stay put
        assertThat(js("return window.symbiopark.layerFeatureCount('siting')")).isEqualTo(8L);
        assertThat(new Select(browser.findElement(By.id("scenario-picker"))).getFirstSelectedOption().getText())
                .startsWith("Plant siting");
        assertThat(browser.findElement(By.id("scenario-summary")).getText()).contains("Total cost per year", "RUB");
    }

    @Test
    void aSitingJobCanBeCancelledFromThePanel() {
        WebElement start = browser.findElement(By.id("siting-start"));
        waitFor("plant siting in the panel", d -> start.isDisplayed());
        WebElement seconds = browser.findElement(By.id("siting-seconds"));
        seconds.clear();
        seconds.sendKeys("120");
        start.click();
        WebElement cancel = browser.findElement(By.id("siting-cancel"));
        waitFor("the cancel button", d -> cancel.isDisplayed());

        cancel.click();

        waitFor("the cancelled job", d -> "Cancelled".equals(browser.findElement(By.id("siting-status")).getText()));
        assertThat(browser.findElements(By.cssSelector("#layer-switcher li[data-layer='siting']"))).isEmpty();
    }

    private static double[] pointOf(JsonNode park, String plantId) {
        for (JsonNode f : park.path("features")) {
            if (plantId.equals(f.path("properties").path("id").asText())) {
                JsonNode c = f.path("geometry").path("coordinates");
                return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
            }
        }
        throw new AssertionError("no plant " + plantId + " in " + DEMO_PARK);
    }

    /** A map pixel as Selenium 4 wants it: offset from the element's centre. */
    private static int[] offsetInMap(WebElement map, List<?> pixel) {
        assertThat(pixel).as("a pixel on the map").hasSize(2);
        return new int[] {
            (int) Math.round(((Number) pixel.get(0)).doubleValue() - map.getSize().getWidth() / 2.0),
            (int) Math.round(((Number) pixel.get(1)).doubleValue() - map.getSize().getHeight() / 2.0)};
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void waitFor(String what, ExpectedCondition<Boolean> condition) {
        try {
            new WebDriverWait(browser, WAIT).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; page message: '"
                    + js("return document.getElementById('message').textContent") + "', script error: "
                    + js("return window.symbiopark && window.symbiopark.error"), e);
        }
    }

    private static boolean differs(int rgb, int other) {
        int d = Math.abs(((rgb >> 16) & 255) - ((other >> 16) & 255)) + Math.abs(((rgb >> 8) & 255) - ((other >> 8) & 255))
                + Math.abs((rgb & 255) - (other & 255));
        return d > 24;
    }
}

package org.symbiopark.web.review;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven through its {@code chromium-driver}, found on the PATH. Nothing
 * is downloaded: a machine without them fails the test and says how to install them (a review page
 * left untested must not look like a passing one).
 */
final class HeadlessChromium implements AutoCloseable {

    private static final String INSTALL_HINT =
            "install Debian's chromium and chromium-driver (scripts/install-test-deps.sh does)";

    private final Path profile;
    private final ChromeDriver driver;

    HeadlessChromium(int widthPx, int heightPx) {
        Path browser = onPath("chromium", "chromium-browser")
                .orElseThrow(() -> new AssertionError("no chromium on the PATH: " + INSTALL_HINT));
        Path driverExe = onPath("chromedriver")
                .orElseThrow(() -> new AssertionError("no chromedriver on the PATH: " + INSTALL_HINT));
        try {
            profile = Files.createTempDirectory("symbiopark-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // ENVIRONMENT.md: without the background-networking flags Chromium keeps calling outside hosts.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--window-size=" + widthPx + "," + heightPx,
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExe.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static Optional<Path> onPath(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover profile in the temp folder harms nothing
        }
    }
}

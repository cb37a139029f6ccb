package org.symbiopark.web.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL's WMS driver (Debian gdal-bin, installed by scripts/install-test-deps.sh) as a real
 * client of /wms: it reads the capabilities, lists the layers as subdatasets and fetches a map.
 * Fails, never skips, when GDAL is missing.
 */
class WmsGdalClientTest extends WmsTestSupport {

    private static final Pattern SUBDATASET = Pattern.compile("SUBDATASET_(\\d+)_NAME=(\\S+)");

    @TempDir
    Path dir;

    @Test
    void gdalinfoListsTheParksLayersAndGdalTranslateFetchesANonBlankMap() throws Exception {
        String park = demoPark();
        String capabilities = "WMS:http://127.0.0.1:" + port + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities";
        String info = run("gdalinfo", capabilities);
        List<String> names = new ArrayList<>();
        Matcher m = SUBDATASET.matcher(info);
        while (m.find()) {
            names.add(m.group(2));
        }
        for (String layer : List.of("parcels", "plants", "pipelines", "corridors")) {
            assertThat(names).as("subdatasets of %s", info)
                    .anySatisfy(n -> assertThat(n).contains("LAYERS=" + park + "%3A" + layer));
        }
        String parcels = names.stream().filter(n -> n.contains("LAYERS=" + park + "%3Aparcels")).findFirst().orElseThrow();

        Path png = dir.resolve("parcels.png");
        run("gdal_translate", "-of", "PNG", "-outsize", "512", "512", parcels, png.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("gdal_translate wrote a PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(nonBackgroundPixels(image)).as("pixels drawn by the map").isGreaterThan(512 * 512 / 10);
    }

    private String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail(command[0] + " is not installed: install Debian's gdal-bin (scripts/install-test-deps.sh)", e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 120 s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s:\n%s", String.join(" ", command), text).isZero();
        Files.writeString(dir.resolve(command[0] + ".log"), text);
        return text;
    }
}

package org.symbiopark.web.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.symbiopark.web.WebApiTest;
import org.w3c.dom.Document;

/** What the WMS tests share: the demo park imported once per class, images and XML read back. */
abstract class WmsTestSupport extends WebApiTest {

    private static String demoParkId;

    /** The demo park (57 parcels, 16 plants …), imported under a fresh id once per test class. */
    protected String demoPark() {
        if (demoParkId == null) {
            String id = "wms-" + UUID.randomUUID().toString().substring(0, 8);
            String geoJson;
            try (InputStream in = WmsTestSupport.class.getResourceAsStream("/data/parks/bolshoy-ussuriysky.geojson")) {
                assertThat(in).as("demo park on the classpath").isNotNull();
                geoJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            HttpResponse<String> response = post(PARKS + "/import?id=" + id, GEO_JSON, BodyPublishers.ofString(geoJson));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            demoParkId = id;
        }
        return demoParkId;
    }

    protected static BufferedImage image(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("a decodable image").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pixels that differ from the top-left one (the background) by colour or opacity. */
    protected static int nonBackgroundPixels(BufferedImage image) {
        int background = image.getRGB(0, 0);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    count++;
                }
            }
        }
        return count;
    }

    protected static Document xml(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + text, e);
        }
    }
}

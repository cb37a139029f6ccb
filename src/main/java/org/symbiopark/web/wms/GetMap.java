package org.symbiopark.web.wms;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.maps.MapImageService;
import org.symbiopark.maps.render.PngEncoder;
import org.symbiopark.park.NotFoundException;

/** WMS 1.3.0 GetMap (§7.3): the map drawn by {@link MapImageService}, encoded as PNG or JPEG. */
@Component
class GetMap {

    /** An encoded image and its media type. */
    record Image(byte[] bytes, String contentType) {
    }

    private static final float JPEG_QUALITY = 0.85f;

    private final WmsLayers layers;
    private final CoordinateTransforms transforms;
    private final MapImageService maps;

    GetMap(WmsLayers layers, CoordinateTransforms transforms, MapImageService maps) {
        this.layers = layers;
        this.transforms = transforms;
        this.maps = maps;
    }

    Image handle(WmsParameters p) {
        MapRequest r = MapRequest.parse(p, layers, transforms, true);
        BufferedImage image;
        try {
            image = maps.render(r.layers(), r.scenarioId(), r.crs().srid(), r.view(), r.canvas());
        } catch (NotFoundException e) {
            throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "SCENARIO", e.getMessage());
        }
        if (MapRequest.JPEG.equals(r.format())) {
            return new Image(jpeg(image, r.background()), MapRequest.JPEG);
        }
        return new Image(PngEncoder.encode(image, r.canvas() != null), MapRequest.PNG);
    }

    private static byte[] jpeg(BufferedImage argb, Color background) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(argb, 0, 0, background, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

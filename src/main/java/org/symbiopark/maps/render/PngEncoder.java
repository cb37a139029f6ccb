package org.symbiopark.maps.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a {@link BufferedImage#TYPE_INT_ARGB} image as PNG (ISO/IEC 15948, W3C PNG 2nd ed.) fast:
 * 8-bit RGBA, or RGB when {@code opaque}, every row with the "Sub" filter (§9.2, cheap and good on
 * the flat areas of a map) and deflate at its fastest level. On a 1024 × 1024 map this takes a
 * fraction of ImageIO's time (which tries every filter per row at level 9) for files some 20-40 %
 * larger. Other image types go through their ARGB copy. Thread-safe.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private PngEncoder() {
    }

    public static byte[] encode(BufferedImage image, boolean opaque) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4 + 1024);
        try {
            write(image, opaque, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(BufferedImage image, boolean opaque, OutputStream out) throws IOException {
        BufferedImage argb = image;
        if (image.getType() != BufferedImage.TYPE_INT_ARGB) {
            argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            argb.createGraphics().drawImage(image, 0, 0, null);
        }
        int width = argb.getWidth();
        int height = argb.getHeight();
        int[] pixels = ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
        int channels = opaque ? 3 : 4;

        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);
        h.writeByte(opaque ? 2 : 6);
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk(data, "IHDR", header.toByteArray());

        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 4 + 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * channels];
            row[0] = 1; // Sub: each byte minus the same channel of the pixel to its left
            for (int y = 0; y < height; y++) {
                int base = y * width;
                int previous = 0;
                int o = 1;
                for (int x = 0; x < width; x++) {
                    int p = pixels[base + x];
                    row[o++] = (byte) ((p >>> 16) - (previous >>> 16));
                    row[o++] = (byte) ((p >>> 8) - (previous >>> 8));
                    row[o++] = (byte) (p - previous);
                    if (!opaque) {
                        row[o++] = (byte) ((p >>> 24) - (previous >>> 24));
                    }
                    previous = p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        chunk(data, "IDAT", compressed.toByteArray());
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(typeBytes);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}

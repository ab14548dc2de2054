package org.magent.app.plot;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG writer for the figures (8-bit RGB, the "Sub" filter on every row, fast deflate). Plots are large
 * areas of flat colour, which this compresses about as well as the JDK's writer at a fraction of its time (the
 * JDK tries every filter on every row at the highest compression), which kept plotting from dominating a sweep.
 * Format: PNG specification (ISO/IEC 15948), chunks IHDR, IDAT, IEND with CRC-32.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int SUB = 1;

    private PngEncoder() {
    }

    /**
     * Encodes an image.
     *
     * @param img the image (any type; read as RGB, alpha dropped)
     * @return the PNG bytes
     */
    static byte[] encode(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 4 + 1024);
            out.write(SIGNATURE);
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(ihdr);
            d.writeInt(w);
            d.writeInt(h);
            d.writeByte(8); // bit depth
            d.writeByte(2); // colour type: RGB
            d.writeByte(0); // deflate
            d.writeByte(0); // adaptive filtering, one filter byte per row
            d.writeByte(0); // no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 8 + 1024);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            boolean direct = img.getType() == BufferedImage.TYPE_INT_RGB
                    && img.getRaster().getDataBuffer() instanceof DataBufferInt
                    && img.getRaster().getParent() == null;
            int[] pixels = direct ? ((DataBufferInt) img.getRaster().getDataBuffer()).getData() : null;
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
                int[] argb = new int[w];
                byte[] row = new byte[1 + 3 * w];
                row[0] = SUB;
                for (int y = 0; y < h; y++) {
                    if (direct) {
                        System.arraycopy(pixels, y * w, argb, 0, w);
                    } else {
                        img.getRGB(0, y, w, 1, argb, 0, w);
                    }
                    int pr = 0;
                    int pg = 0;
                    int pb = 0;
                    for (int x = 0; x < w; x++) {
                        int r = argb[x] >> 16 & 0xff;
                        int g = argb[x] >> 8 & 0xff;
                        int b = argb[x] & 0xff;
                        row[1 + 3 * x] = (byte) (r - pr);
                        row[2 + 3 * x] = (byte) (g - pg);
                        row[3 + 3 * x] = (byte) (b - pb);
                        pr = r;
                        pg = g;
                        pb = b;
                    }
                    z.write(row);
                }
            } finally {
                deflater.end();
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a plot: " + e.getMessage(), e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}

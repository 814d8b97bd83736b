package org.netboxauto.ui.topology;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what the map shows as PNG; javafx-swing is not shipped, so the pixels are copied by hand. */
public final class TopologyPng {

    private TopologyPng() {
    }

    /** Takes the picture; call on the FX thread. */
    public static WritableImage snapshot(Node map) {
        return map.snapshot(null, null);
    }

    /** Writes a picture taken by {@link #snapshot}; any thread. */
    public static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
    }
}

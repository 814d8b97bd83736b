package org.netboxauto.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves a window's scene as PNG for people to look at; javafx-swing is not on the classpath. */
final class Screenshots {

    private Screenshots() {
    }

    static Path save(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return write(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))), name);
    }

    /** Saves what the screen shows over {@code window}: its scene with the popups above it (notifications). */
    static Path saveScreen(javafx.stage.Window window, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return write(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> new javafx.scene.robot.Robot()
                .getScreenCapture(null, new javafx.geometry.Rectangle2D(window.getX(), window.getY(),
                        window.getWidth(), window.getHeight()), false))), name);
    }

    private static Path write(WritableImage image, String name) {
        Path dir = Path.of(System.getProperty("netboxauto.screenshots", "target/screenshots"));
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            ImageIO.write(toBuffered(image), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}

package org.netboxauto.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the main window was, how big, and which tab was open; kept between runs in a small file. */
record WindowState(double x, double y, double width, double height, boolean maximized, int tab) {

    static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1200, 780, false, 0);

    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);

    boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /** The saved state, or the default when there is none or it cannot be read. */
    static WindowState load(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new WindowState(number(p, "x", Double.NaN), number(p, "y", Double.NaN),
                    Math.max(720, number(p, "width", DEFAULT.width)), Math.max(480, number(p, "height", DEFAULT.height)),
                    Boolean.parseBoolean(p.getProperty("maximized")), (int) number(p, "tab", 0));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring the saved window state in {}: {}", file, e.getMessage());
            return DEFAULT;
        }
    }

    /** Writes the state atomically; a failure only costs the position next time. */
    void save(Path file) {
        Properties p = new Properties();
        if (hasPosition()) {
            p.setProperty("x", Double.toString(x));
            p.setProperty("y", Double.toString(y));
        }
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("tab", Integer.toString(tab));
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "window", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "netbox-auto window state");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the window state to {}: {}", file, e.getMessage());
        }
    }

    private static double number(Properties p, String key, double fallback) {
        String value = p.getProperty(key);
        return value == null ? fallback : Double.parseDouble(value);
    }
}

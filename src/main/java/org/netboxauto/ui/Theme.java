package org.netboxauto.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Light or dark: by default whatever the operating system prefers (and follows it when it changes),
 * or what View → Theme chose, kept in a small file. Used on the FX thread only.
 */
public final class Theme {

    /** What the admin chose. */
    public enum Choice { SYSTEM, LIGHT, DARK }

    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final Theme INSTANCE = new Theme();

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private boolean followingSystem;

    private Theme() {
        choice.addListener((obs, old, now) -> update());
    }

    /** The one theme of the app: every window wears it (see {@link Stylesheets}). */
    static Theme current() {
        return INSTANCE;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void update() {
        if (choice.get() == Choice.SYSTEM && !followingSystem) {
            followingSystem = true;
            Platform.getPreferences().colorSchemeProperty().addListener((obs, old, scheme) -> {
                if (choice.get() == Choice.SYSTEM) {
                    dark.set(scheme == ColorScheme.DARK);
                }
            });
        }
        dark.set(switch (choice.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        });
    }

    /** Reads the saved choice and applies it; the system's preference when there is none. */
    void load(Path file) {
        Choice saved = Choice.SYSTEM;
        if (file != null && Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
                saved = Choice.valueOf(p.getProperty("theme", "system").toUpperCase(Locale.ROOT));
            } catch (IOException | IllegalArgumentException e) {
                LOG.debug("Ignoring the theme file {}", file, e);
            }
        }
        choice.set(saved);
        update();
    }

    static void save(Path file, Choice choice) {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("theme", choice.name().toLowerCase(Locale.ROOT));
        try (Writer out = Files.newBufferedWriter(file)) {
            p.store(out, "netbox-auto theme: system, light or dark");
        } catch (IOException e) {
            LOG.warn("Could not keep the theme in {}: {}", file, e.getMessage());
        }
    }
}

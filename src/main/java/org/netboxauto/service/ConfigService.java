package org.netboxauto.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.StarterConfig;

/** Finds, validates and creates the configuration file, for both faces. */
public final class ConfigService {

    private final ConfigLocations locations;
    private final ConfigLoader loader;

    public ConfigService(ConfigLocations locations) {
        this.locations = locations;
        this.loader = new ConfigLoader(locations);
    }

    /** Edits the config file {@link #load} finds (or writes it where {@code config init} would). */
    public SettingsService settings(Optional<Path> explicit) {
        return new SettingsService(locations, explicit);
    }

    public LoadedConfig load(Optional<Path> explicit) {
        return loader.load(explicit);
    }

    /** Writes the starter file to {@code path}, or the first place searched; never overwrites. */
    public Path init(Optional<Path> path) throws IOException {
        return StarterConfig.write(locations.initTarget(path));
    }

    /**
     * Writes the starter file where {@link #init} would, or, when a config file is already there,
     * beside it as {@code NAME.example} for the admin to compare with; never overwrites either.
     */
    public Path writeStarter(Optional<Path> path) throws IOException {
        Path target = locations.initTarget(path);
        if (Files.exists(target)) {
            target = target.resolveSibling(target.getFileName() + ".example");
        }
        return StarterConfig.write(target);
    }

    /**
     * Adds a review rule at the end of review.rules in the config file in use, keeping its comments;
     * returns the file.
     */
    public Path addReviewRule(Optional<Path> explicit, org.netboxauto.core.rules.ReviewRule rule)
            throws java.io.IOException {
        Path file = load(explicit).file().orElseThrow(() -> new java.io.IOException("there is no config file yet;"
                + " create one (Settings, or netbox-auto config init), then make the rule again"));
        org.netboxauto.config.ReviewRuleWriter.append(file, rule);
        return file;
    }
}

package org.netboxauto.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds, parses, resolves and validates the configuration in one pass that never throws. */
public final class ConfigLoader {

    private final ConfigLocations locations;

    public ConfigLoader(ConfigLocations locations) {
        this.locations = locations;
    }

    public LoadedConfig load(Optional<Path> explicit) {
        List<Path> searched = locations.candidates(explicit);
        Optional<Path> folder = searched.stream().filter(Files::isDirectory).findFirst();
        if (folder.isPresent()) {
            return new LoadedConfig(Optional.empty(), searched, Optional.empty(), List.of(ConfigProblem.error("",
                    folder.get() + " is a folder; expected the configuration file itself, e.g. "
                            + folder.get().resolve(AppDirectories.CONFIG_FILE))), List.of());
        }
        Optional<Path> file = searched.stream().filter(Files::isRegularFile).findFirst();
        if (file.isEmpty()) {
            return new LoadedConfig(Optional.empty(), searched, Optional.empty(),
                    List.of(ConfigProblem.error("", missingMessage(searched, explicit))), List.of());
        }
        return load(file.get(), searched);
    }

    private LoadedConfig load(Path file, List<Path> searched) {
        ConfigProblems problems = new ConfigProblems();
        FilePermissions.warnIfReadableByOthers(file).ifPresent(w -> problems.warning("", w));
        Config config;
        try {
            config = resolve(ConfigFactory.parseFile(file.toFile(),
                    ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setAllowMissing(false)));
        } catch (ConfigException e) {
            problems.error("", ConfigErrors.describe(e, file));
            return new LoadedConfig(Optional.of(file), searched, Optional.empty(), problems.all(), List.of());
        } catch (StackOverflowError e) {
            return tooDeep(file, searched, problems);
        }
        AppConfig app;
        List<SettingRow> fromFile;
        try {
            app = AppConfig.read(ConfigSection.root(config, problems));
            fromFile = MaskedSettings.rows(config.root());
        } catch (StackOverflowError e) {
            return tooDeep(file, searched, problems);
        }
        if (problems.hasErrors()) {
            return new LoadedConfig(Optional.of(file), searched, Optional.empty(), problems.all(), fromFile);
        }
        return new LoadedConfig(Optional.of(file), searched, Optional.of(app), problems.all(),
                EffectiveSettings.rows(app, fromFile));
    }

    private static LoadedConfig tooDeep(Path file, List<Path> searched, ConfigProblems problems) {
        problems.error("", file + " nests sections or lists too deep to read; a configuration is a few levels"
                + " deep (see config.example.conf)");
        return new LoadedConfig(Optional.of(file), searched, Optional.empty(), problems.all(), List.of());
    }

    /** Resolves ${VAR} and ${?VAR} against the config itself, then the (injectable) environment. */
    private Config resolve(Config parsed) {
        Config env = ConfigValueFactory.fromMap(locations.env()).toConfig();
        return parsed.resolveWith(parsed.withFallback(env), ConfigResolveOptions.noSystem());
    }

    private static String missingMessage(List<Path> searched, Optional<Path> explicit) {
        StringBuilder m = new StringBuilder("no configuration file found. Looked in:");
        searched.forEach(p -> m.append("\n  ").append(p));
        String path = explicit.map(p -> " --path " + p).orElse("");
        m.append("\nWrite a starter file with:  netbox-auto config init").append(path)
                .append("\nthen edit it (every key is explained in it) and run:  netbox-auto config check");
        return m.toString();
    }
}

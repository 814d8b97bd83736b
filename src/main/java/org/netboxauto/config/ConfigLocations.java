package org.netboxauto.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered places a configuration file is looked for. */
public final class ConfigLocations {

    public static final String ENV_VAR = "NETBOX_AUTO_CONFIG";
    static final Path SYSTEM_FILE = Path.of("/etc/netbox-auto/netbox-auto.conf");

    private final AppDirectories directories;
    private final Map<String, String> env;
    private final boolean unixLike;

    public ConfigLocations(AppDirectories directories, Map<String, String> env, boolean unixLike) {
        this.directories = directories;
        this.env = Map.copyOf(env);
        this.unixLike = unixLike;
    }

    /**
     * {@code --config FILE} alone when given, else {@code $NETBOX_AUTO_CONFIG} alone when set,
     * else the user's config folder, then (on Unix) the system-wide file.
     */
    public List<Path> candidates(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return List.of(explicit.get().toAbsolutePath());
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return List.of(Path.of(fromEnv).toAbsolutePath());
        }
        return unixLike ? List.of(directories.defaultConfigFile(), SYSTEM_FILE) : List.of(directories.defaultConfigFile());
    }

    /** Where {@code config init} writes when no path is given. */
    public Path initTarget(Optional<Path> explicit) {
        return candidates(explicit).getFirst();
    }

    public Map<String, String> env() {
        return env;
    }
}

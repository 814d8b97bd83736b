package org.netboxauto.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where this user's configuration and data live, per operating system conventions. */
public record AppDirectories(Path configDir, Path dataDir) {

    public static final String APP = "netbox-auto";
    public static final String CONFIG_FILE = "netbox-auto.conf";

    public static AppDirectories detect() {
        return detect(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    public static AppDirectories detect(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirectories(roaming.resolve(APP), local.resolve(APP));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(APP);
            return new AppDirectories(support, support);
        }
        Path config = envPath(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path data = envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        return new AppDirectories(config.resolve(APP), data.resolve(APP));
    }

    public Path defaultConfigFile() {
        return configDir.resolve(CONFIG_FILE);
    }

    public Path logFile() {
        return dataDir.resolve(APP + ".log");
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // the XDG spec says relative values are invalid and must be ignored
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}

package org.netboxauto.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/** Writes a config file into a temp folder and loads it with a given environment. */
final class ConfigFixture {

    private final Path dir;

    ConfigFixture(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    LoadedConfig load(String text) throws IOException {
        return load(text, Map.of());
    }

    LoadedConfig load(String text, Map<String, String> env) throws IOException {
        return loader(env).load(Optional.of(write("netbox-auto.conf", text)));
    }

    ConfigLoader loader(Map<String, String> env) {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"));
        return new ConfigLoader(new ConfigLocations(dirs, env, true));
    }
}

package org.netboxauto.config;

import java.util.Objects;

/** One thing wrong with the configuration, located by its key path. */
public record ConfigProblem(Severity severity, String path, String message) {

    public enum Severity { ERROR, WARNING }

    public ConfigProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static ConfigProblem error(String path, String message) {
        return new ConfigProblem(Severity.ERROR, path, message);
    }

    public static ConfigProblem warning(String path, String message) {
        return new ConfigProblem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code sources.proxmox[0].url: "pve:8006" is not a URL; expected https://HOST:PORT} */
    public String describe() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

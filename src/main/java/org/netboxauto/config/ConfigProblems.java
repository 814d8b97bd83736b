package org.netboxauto.config;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while the configuration is read, in the order found. */
final class ConfigProblems {

    private final List<ConfigProblem> found = new ArrayList<>();
    private final java.util.Set<String> asked = new java.util.LinkedHashSet<>();

    /** Notes a key path some reader asked for, set or not: together they are every key there is. */
    void asked(String path) {
        asked.add(path);
    }

    java.util.Set<String> asked() {
        return java.util.Collections.unmodifiableSet(asked);
    }

    void error(String path, String message) {
        found.add(ConfigProblem.error(path, message));
    }

    void warning(String path, String message) {
        found.add(ConfigProblem.warning(path, message));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(ConfigProblem::isError);
    }

    List<ConfigProblem> all() {
        return List.copyOf(found);
    }
}

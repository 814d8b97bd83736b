package org.netboxauto.config;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while the configuration is read, in the order found. */
final class ConfigProblems {

    private final List<ConfigProblem> found = new ArrayList<>();

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

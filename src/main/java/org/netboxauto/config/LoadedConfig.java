package org.netboxauto.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of looking for and reading the configuration: the file used (if any), every place
 * searched, the validated config when there were no errors, every problem found, and the
 * loaded keys for display with secrets masked.
 */
public record LoadedConfig(
        Optional<Path> file,
        List<Path> searched,
        Optional<AppConfig> config,
        List<ConfigProblem> problems,
        List<SettingRow> settings) {

    public LoadedConfig {
        searched = List.copyOf(searched);
        problems = List.copyOf(problems);
        settings = List.copyOf(settings);
    }

    public boolean isValid() {
        return config.isPresent() && errors().isEmpty();
    }

    public List<ConfigProblem> errors() {
        return problems.stream().filter(ConfigProblem::isError).toList();
    }

    public List<ConfigProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}

package org.netboxauto.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.SettingRow;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.HostCounts;
import org.netboxauto.service.StatusReport;
import org.netboxauto.service.StoreUnavailableException;

/** Real shell services over a temporary folder: a real config file, a store that can be made to fail. */
public final class TempDirShellServices implements ShellServices {

    static final String STARTER = """
            # netbox-auto starter config
            netbox { url = "https://netbox.example.com", token = ${?NETBOX_TOKEN} }
            """;

    private final Path configFile;
    private final Path fallback;
    private final List<ConfigProblem> fileProblems = new ArrayList<>();
    private volatile String storeFailure;
    private volatile Instant lastRun;

    public TempDirShellServices(Path dir) {
        this.configFile = dir.resolve("config").resolve("netbox-auto.conf");
        this.fallback = dir.resolve("etc").resolve("netbox-auto.conf");
    }

    public TempDirShellServices withConfigFile() throws IOException {
        Files.createDirectories(configFile.getParent());
        Files.writeString(configFile, STARTER);
        return this;
    }

    public TempDirShellServices withProblem(ConfigProblem problem) {
        fileProblems.add(problem);
        return this;
    }

    public TempDirShellServices withStoreFailure(String message) {
        this.storeFailure = message;
        return this;
    }

    public TempDirShellServices withLastRun(Instant instant) {
        this.lastRun = instant;
        return this;
    }

    public Path configFile() {
        return configFile;
    }

    @Override
    public LoadedConfig loadConfig() {
        List<Path> searched = List.of(configFile, fallback);
        if (!Files.exists(configFile)) {
            return new LoadedConfig(Optional.empty(), searched, Optional.empty(),
                    List.of(ConfigProblem.error("", "no config file found; write one with `netbox-auto config init`")),
                    List.of());
        }
        boolean valid = fileProblems.stream().noneMatch(ConfigProblem::isError);
        return new LoadedConfig(Optional.of(configFile), searched,
                valid ? Optional.of(AppConfig.defaults()) : Optional.empty(),
                fileProblems,
                List.of(new SettingRow("netbox.url", "https://netbox.example.com"),
                        new SettingRow("netbox.token", "••••••••"),
                        new SettingRow("sources.routeros.0.host", "core-router.lan")));
    }

    @Override
    public Path writeStarterConfig() throws IOException {
        Files.createDirectories(configFile.getParent());
        Files.writeString(configFile, STARTER, StandardOpenOption.CREATE_NEW);
        return configFile;
    }

    @Override
    public StatusReport status() {
        if (storeFailure != null) {
            throw new StoreUnavailableException(storeFailure);
        }
        Optional<Path> file = Files.exists(configFile) ? Optional.of(configFile) : Optional.empty();
        return new StatusReport("jdbc:h2:file:" + configFile.getParent().resolveSibling("data/store"), file,
                lastRun == null ? 0 : 3, new HostCounts(42, 7, 30, 5), Optional.ofNullable(lastRun));
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

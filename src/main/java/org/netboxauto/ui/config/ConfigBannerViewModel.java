package org.netboxauto.ui.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.ShellServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The panel above the tabs that explains what is wrong with the configuration and offers a way out. */
public final class ConfigBannerViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigBannerViewModel.class);

    private final ShellServices services;
    private final Executor background;
    private final Executor fx;
    private final Runnable reload;
    private final ReadOnlyObjectWrapper<BannerKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", BannerKind.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> searched = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> searchedView = FXCollections.unmodifiableObservableList(searched);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper outcomeFailed = new ReadOnlyBooleanWrapper(this, "outcomeFailed");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
    private final ReadOnlyBooleanWrapper fileMissing = new ReadOnlyBooleanWrapper(this, "fileMissing");
    private Optional<Path> written = Optional.empty();
    private boolean changedOnDisk;

    public ConfigBannerViewModel(ShellServices services, Executor background, Executor fx, Runnable reload) {
        this.services = services;
        this.background = background;
        this.fx = fx;
        this.reload = reload;
    }

    /** Shows what a fresh load of the config found; call on the FX thread. */
    public void show(LoadedConfig loaded) {
        fileMissing.set(loaded.file().isEmpty());
        problems.setAll(loaded.file().isEmpty()
                ? List.of("Write the documented starter file with the button, or run: netbox-auto config init")
                : describe(loaded.isValid() ? loaded.warnings() : loaded.problems()));
        searched.setAll(loaded.file().isEmpty() ? loaded.searched().stream().map(Path::toString).toList() : List.of());
        boolean fromDisk = changedOnDisk;
        changedOnDisk = false;
        if (!loaded.isValid()) {
            kind.set(BannerKind.PROBLEMS);
            title.set(problemTitle(loaded));
        } else if (fromDisk) {
            kind.set(BannerKind.NOTICE);
            title.set("Config changed on disk — reloaded");
            outcome.set(loaded.warnings().isEmpty() ? "" : count(loaded.warnings().size(), "warning") + " in "
                    + fileName(loaded) + ".");
        } else if (written.isPresent()) {
            kind.set(BannerKind.NOTICE);
            title.set("Starter config written to " + written.get());
            outcome.set("Fill in netbox.url and netbox.token, and add the sources you want to discover.");
        } else if (!loaded.warnings().isEmpty()) {
            kind.set(BannerKind.WARNINGS);
            title.set(count(loaded.warnings().size(), "warning") + " in " + fileName(loaded));
        } else {
            kind.set(BannerKind.NONE);
        }
    }

    /** The next config shown was read again because its file changed on disk. */
    public void changedOnDisk() {
        changedOnDisk = true;
        outcome.set("");
    }

    /** Writes the starter config off the FX thread, then reloads everything. */
    public void writeStarterConfig() {
        writing.set(true);
        background.execute(() -> {
            try {
                Path path = services.writeStarterConfig();
                LOG.info("Starter config written to {}", path);
                fx.execute(() -> succeeded(path));
            } catch (FileAlreadyExistsException e) {
                fx.execute(() -> failed(e.getFile() + " already exists and was left unchanged: fix the problems"
                        + " listed above in your config file, then reload."));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not write the starter config", e);
                fx.execute(() -> failed("Could not write the starter config: " + e.getMessage()));
            }
        });
    }

    /** Reads the config file again, after the admin edited it. */
    public void reload() {
        outcome.set("");
        reload.run();
    }

    public void dismiss() {
        if (kind.get() != BannerKind.PROBLEMS) {
            kind.set(BannerKind.NONE);
        }
    }

    private void succeeded(Path path) {
        writing.set(false);
        outcomeFailed.set(false);
        if (path.getFileName().toString().endsWith(".example")) {
            outcome.set("A fresh starter config is at " + path + ". Compare it with your file, fix the problems"
                    + " above, then reload.");
        } else {
            written = Optional.of(path);
            outcome.set("Starter config written to " + path + ".");
        }
        reload.run();
    }

    private void failed(String message) {
        writing.set(false);
        outcomeFailed.set(true);
        outcome.set(message);
    }

    private static String problemTitle(LoadedConfig loaded) {
        if (loaded.file().isEmpty()) {
            return "No configuration file found";
        }
        int errors = loaded.errors().size();
        return errors == 0
                ? "The configuration in " + loaded.file().get() + " could not be read"
                : count(errors, "problem") + " in " + loaded.file().get();
    }

    private static String fileName(LoadedConfig loaded) {
        return loaded.file().map(Path::toString).orElse("the configuration");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static List<String> describe(List<ConfigProblem> list) {
        return list.stream().map(ConfigProblem::describe).toList();
    }

    public ReadOnlyObjectProperty<BannerKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problemsView;
    }

    public ObservableList<String> searched() {
        return searchedView;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty outcomeFailedProperty() {
        return outcomeFailed.getReadOnlyProperty();
    }

    /** True when no config file exists yet, so writing the starter is the way forward. */
    public ReadOnlyBooleanProperty fileMissingProperty() {
        return fileMissing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }
}

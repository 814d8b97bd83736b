package org.netboxauto.ui.setup;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.service.SetupService;
import org.netboxauto.ui.ChildWindows;
import org.netboxauto.ui.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the setup form over the main window when the first config load finds no config file. */
public final class FirstRunSetup {

    public static final String TITLE = "Set up netbox-auto";

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunSetup.class);

    private FirstRunSetup() {
    }

    /** @param showDiscovery brings the Discovery tab to the front once the config is written */
    public static void offer(Stage owner, ShellViewModel shell, SetupService setup, Executor background,
            Runnable showDiscovery) {
        shell.configProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends LoadedConfig> obs, LoadedConfig old, LoadedConfig loaded) {
                obs.removeListener(this);
                if (loaded != null && loaded.file().isEmpty()) {
                    open(owner, shell, setup, background, showDiscovery);
                }
            }
        });
    }

    /** Opens the form now; the returned window closes itself once the config is written. */
    public static Stage open(Stage owner, ShellViewModel shell, SetupService setup, Executor background,
            Runnable showDiscovery) {
        Stage[] window = new Stage[1];
        SetupViewModel vm = new SetupViewModel(setup, background, Platform::runLater, (written, unreachable) -> {
            LOG.info("First-run setup wrote {}", written);
            window[0].close();
            shell.reload();
            showDiscovery.run();
            unreachable.ifPresent(problem -> warn(owner, written, problem));
        });
        window[0] = ChildWindows.open(owner, TITLE, SetupView.create(vm));
        return window[0];
    }

    /** The config is saved; says so, and what failed when the NetBox it names did not answer. */
    private static void warn(Stage owner, Path written, String problem) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                problem + "\n\nThe settings were saved to " + written + ". Check the URL, the token and the network,"
                        + " then change them in File > Settings.", javafx.scene.control.ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("NetBox could not be reached");
        alert.setHeaderText("Saved, but NetBox could not be reached");
        org.netboxauto.ui.Stylesheets.apply(alert.getDialogPane().getScene());
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(560);
        alert.show();
    }
}

package org.netboxauto.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.netboxauto.ui.discovery.DiscoveryPage;
import org.netboxauto.ui.review.ReviewPage;
import org.netboxauto.ui.config.ConfigBannerController;
import org.netboxauto.ui.diff.DiffPage;
import org.netboxauto.ui.push.PushPage;
import org.netboxauto.ui.status.StatusBarController;

/** The main window: menu, config banner, the five tabs and the status bar. */
public final class MainWindow {

    public static final String TITLE = "netbox-auto";

    private final ShellViewModel shell;
    private MainController main;

    public MainWindow(ShellViewModel shell) {
        this.shell = shell;
    }

    /** Shows the window at once and starts loading the config and status in the background. */
    public void show(Stage stage) {
        var config = shell.configProperty();
        java.nio.file.Path themeFile = shell.windowStateFile() == null ? null
                : shell.windowStateFile().resolveSibling("theme.properties");
        Theme.current().load(themeFile);
        main = new MainController(shell);
        Parent root = FxmlViews.load("MainView.fxml",
                main,
                new ConfigBannerController(shell.banner()),
                new StatusBarController(shell.status()));
        main.themeMenu(themeFile, shell.background());
        main.loadTabsLazily(
                () -> DiscoveryPage.create(config, shell.discovery()),
                () -> ReviewPage.create(config, shell.review()),
                () -> DiffPage.create(config, shell.diff()),
                () -> PushPage.create(config, shell.push()),
                () -> org.netboxauto.ui.topology.TopologyPage.create(config, shell.topology(),
                        Theme.current().darkProperty(), shell.background()));
        shell.onShowInReview(main::showReview);
        stage.setTitle(TITLE);
        stage.setScene(Stylesheets.apply(new Scene(root)));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        WindowStateBinding.restore(stage, main.tabs(), shell.windowStateFile());
        stage.show();
        RunNotifier.attach(stage, shell);
        AlertNotifier.attach(stage, shell);
        shell.reload();
        // drawn after the first frame: the icon is not worth a later first window
        javafx.application.Platform.runLater(() -> AppIcon.applyTo(stage));
    }

    /** Offers File → Set up connections, which runs {@code open}; call after {@link #show}. */
    public void setupAction(Runnable open) {
        main.setupAction(open);
    }

    /** Brings the Discovery tab to the front; call on the FX thread after {@link #show}. */
    public void showDiscovery() {
        main.tabs().getSelectionModel().select(0);
    }
}

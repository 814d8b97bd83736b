package org.netboxauto.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.netboxauto.ui.config.ConfigBannerController;
import org.netboxauto.ui.diff.NetBoxDiffController;
import org.netboxauto.ui.diff.NetBoxDiffViewModel;
import org.netboxauto.ui.discovery.DiscoveryController;
import org.netboxauto.ui.discovery.DiscoveryViewModel;
import org.netboxauto.ui.push.PushController;
import org.netboxauto.ui.push.PushViewModel;
import org.netboxauto.ui.review.ReviewController;
import org.netboxauto.ui.review.ReviewViewModel;
import org.netboxauto.ui.status.StatusBarController;

/** The main window: menu, config banner, the four tabs and the status bar. */
public final class MainWindow {

    public static final String TITLE = "netbox-auto";

    private final ShellViewModel shell;

    public MainWindow(ShellViewModel shell) {
        this.shell = shell;
    }

    /** Shows the window at once and starts loading the config and status in the background. */
    public void show(Stage stage) {
        var config = shell.configProperty();
        Parent root = FxmlViews.load("MainView.fxml",
                new MainController(shell),
                new ConfigBannerController(shell.banner()),
                new StatusBarController(shell.status()),
                new DiscoveryController(new DiscoveryViewModel(config)),
                new ReviewController(new ReviewViewModel(config)),
                new NetBoxDiffController(new NetBoxDiffViewModel(config)),
                new PushController(new PushViewModel(config)));
        stage.setTitle(TITLE);
        stage.setScene(Stylesheets.apply(new Scene(root, 1200, 780)));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        shell.reload();
    }
}

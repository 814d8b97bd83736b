package org.netboxauto.ui;

import javafx.fxml.FXML;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.netboxauto.ui.about.AboutController;
import org.netboxauto.ui.about.AboutViewModel;
import org.netboxauto.ui.settings.SettingsView;
import org.netboxauto.ui.settings.SettingsViewModel;

/** The menu bar's actions; the rest of the main window is run by its included views. */
public final class MainController {

    private final ShellViewModel shell;

    @FXML
    private TabPane tabs;
    @FXML
    private javafx.scene.control.Menu viewMenu;
    @FXML
    private javafx.scene.control.MenuItem setupItem;
    @FXML
    private Tab discoveryTab;
    @FXML
    private Tab reviewTab;
    @FXML
    private Tab diffTab;
    @FXML
    private Tab pushTab;
    @FXML
    private Tab topologyTab;

    public MainController(ShellViewModel shell) {
        this.shell = shell;
    }

    /** Builds each tab's view when it is first selected: the window shows sooner. */
    void loadTabsLazily(Supplier<Node> discovery, Supplier<Node> review, Supplier<Node> diff, Supplier<Node> push,
            Supplier<Node> topology) {
        LazyTab.attach(discoveryTab, discovery);
        LazyTab.attach(reviewTab, review);
        LazyTab.attach(diffTab, diff);
        LazyTab.attach(pushTab, push);
        LazyTab.attach(topologyTab, topology);
    }

    /** Brings the Review tab forward (building it if it was never shown). */
    void showReview() {
        tabs.getSelectionModel().select(reviewTab);
    }

    /** View → Theme: follow the system, or always light or dark; the choice is kept in {@code file}. */
    void themeMenu(java.nio.file.Path file, java.util.concurrent.Executor background) {
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu("Theme");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        Theme theme = Theme.current();
        for (Theme.Choice choice : Theme.Choice.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(switch (choice) {
                case SYSTEM -> "Like the system";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            });
            item.setId("theme-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(theme.choiceProperty().get() == choice);
            item.setOnAction(e -> {
                theme.choiceProperty().set(choice);
                background.execute(() -> Theme.save(file, choice));
            });
            menu.getItems().add(item);
        }
        viewMenu.getItems().add(0, menu);
        viewMenu.getItems().add(1, new javafx.scene.control.SeparatorMenuItem());
    }

    TabPane tabs() {
        return tabs;
    }

    @FXML
    private void openSettings() {
        javafx.stage.Stage[] settings = new javafx.stage.Stage[1];
        SettingsViewModel viewModel = new SettingsViewModel(shell.config(), shell.settings(), shell.background(),
                javafx.application.Platform::runLater, () -> {
                    shell.reload();
                    settings[0].close();
                });
        settings[0] = ChildWindows.open(window(), SettingsView.TITLE, SettingsView.create(viewModel,
                () -> settings[0].close()));
        viewModel.load();
    }

    private Runnable setup;

    /** File → Set up connections: opens the first-run form again, which then adds to the config. */
    void setupAction(Runnable open) {
        this.setup = open;
        setupItem.setVisible(true);
    }

    @FXML
    private void openSetup() {
        if (setup != null) {
            setup.run();
        }
    }

    @FXML
    private void refresh() {
        shell.refreshNow();
    }

    @FXML
    private void openAbout() {
        AboutViewModel viewModel = AboutViewModel.of(shell);
        ChildWindows.open(window(), "About netbox-auto", FxmlViews.load("about/AboutView.fxml",
                new AboutController(viewModel)));
    }

    @FXML
    private void quit() {
        window().hide();
    }

    private Window window() {
        return tabs.getScene().getWindow();
    }
}

package org.netboxauto.ui;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores the main window's size, place and tab, and saves them when it closes. */
final class WindowStateBinding {

    private WindowStateBinding() {
    }

    static void restore(Stage stage, TabPane tabs, Path file) {
        WindowState state = WindowState.load(file);
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (state.hasPosition() && onSomeScreen(state)) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setMaximized(state.maximized());
        if (state.tab() > 0 && state.tab() < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(state.tab());
        }
        stage.setOnHiding(event -> capture(stage, tabs).save(file));
    }

    private static WindowState capture(Stage stage, TabPane tabs) {
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                tabs.getSelectionModel().getSelectedIndex());
    }

    /** A window saved on a monitor that is gone would open out of sight. */
    private static boolean onSomeScreen(WindowState state) {
        return !Screen.getScreensForRectangle(new Rectangle2D(state.x(), state.y(), 100, 50)).isEmpty();
    }
}

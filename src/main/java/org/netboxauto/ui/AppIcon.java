package org.netboxauto.ui;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The window icon, drawn from the icon font so that no image files need keeping in step. */
final class AppIcon {

    private static final Color ACCENT = Color.web("#2563eb");

    private AppIcon() {
    }

    /** Adds the icon in the sizes window managers ask for; call after the window is shown. */
    static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static List<Image> images() {
        return Stream.of(16, 32, 48, 64, 128, 256).map(AppIcon::render).toList();
    }

    private static Image render(int size) {
        Rectangle badge = new Rectangle(size, size, ACCENT);
        badge.setArcWidth(size * 0.45);
        badge.setArcHeight(size * 0.45);
        FontIcon glyph = new FontIcon(MaterialDesignL.LAN);
        glyph.setIconSize((int) Math.round(size * 0.68));
        glyph.setIconColor(Color.WHITE);
        StackPane icon = new StackPane(badge, glyph);
        new Scene(icon, size, size, Color.TRANSPARENT);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return icon.snapshot(transparent, null);
    }
}

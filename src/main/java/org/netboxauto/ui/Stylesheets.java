package org.netboxauto.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Scene;

/** Every window of the app wears the same stylesheet, and the dark one over it while the theme is dark. */
public final class Stylesheets {

    private static final String SHEET = Stylesheets.class.getResource("netbox-auto.css").toExternalForm();
    private static final String DARK = Stylesheets.class.getResource("netbox-auto-dark.css").toExternalForm();

    private Stylesheets() {
    }

    public static Scene apply(Scene scene) {
        scene.getStylesheets().add(SHEET);
        ChangeListener<Boolean> follow = (obs, old, dark) -> wear(scene, dark);
        // the scene keeps its listener alive; the theme holds it weakly, so a closed dialog is not kept
        scene.getProperties().put(Stylesheets.class, follow);
        Theme.current().darkProperty().addListener(new WeakChangeListener<>(follow));
        wear(scene, Theme.current().darkProperty().get());
        return scene;
    }

    private static void wear(Scene scene, boolean dark) {
        scene.getStylesheets().remove(DARK);
        if (dark) {
            scene.getStylesheets().add(DARK);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        }
    }
}

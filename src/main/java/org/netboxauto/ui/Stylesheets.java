package org.netboxauto.ui;

import javafx.scene.Scene;

/** Every window of the app wears the same single stylesheet. */
public final class Stylesheets {

    private static final String SHEET = Stylesheets.class.getResource("netbox-auto.css").toExternalForm();

    private Stylesheets() {
    }

    public static Scene apply(Scene scene) {
        scene.getStylesheets().add(SHEET);
        return scene;
    }
}

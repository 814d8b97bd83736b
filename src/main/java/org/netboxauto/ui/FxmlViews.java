package org.netboxauto.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view with controllers built by the caller (constructor injection); controllers
 * of included views that were not handed in need a no-argument constructor.
 */
public final class FxmlViews {

    private FxmlViews() {
    }

    /** @param name a resource under {@code org/netboxauto/ui/}, e.g. {@code settings/SettingsView.fxml} */
    public static Parent load(String name, Object... controllers) {
        Map<Class<?>, Object> byType = Arrays.stream(controllers)
                .collect(Collectors.toMap(Object::getClass, Function.identity()));
        FXMLLoader loader = new FXMLLoader(FxmlViews.class.getResource(name));
        loader.setControllerFactory(type -> byType.containsKey(type) ? byType.get(type) : instantiate(type));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + name, e);
        }
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                 | NoSuchMethodException e) {
            throw new IllegalStateException("No controller given for " + type.getName(), e);
        }
    }
}

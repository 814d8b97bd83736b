package org.netboxauto.ui.review;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The filter fields the toolbar edits; each change re-filters the grid and is remembered. */
public final class ReviewFilterModel {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final StringProperty subnet = new SimpleStringProperty(this, "subnet", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Runnable onChange;
    private boolean restoring;

    ReviewFilterModel(Runnable onChange) {
        this.onChange = onChange;
        for (StringProperty p : new StringProperty[] {text, state, source, kind, subnet}) {
            p.addListener((obs, old, now) -> {
                if (!restoring) {
                    onChange.run();
                }
            });
        }
    }

    FilterFields fields() {
        return new FilterFields(text.get(), state.get(), source.get(), kind.get(), subnet.get());
    }

    void restore(FilterFields saved) {
        restoring = true;
        try {
            text.set(saved.text());
            state.set(saved.state());
            source.set(saved.source());
            kind.set(saved.kind());
            subnet.set(saved.subnet());
        } finally {
            restoring = false;
        }
        onChange.run();
    }

    /** Clears every field at once. */
    public void clear() {
        restore(FilterFields.NONE);
    }

    void setError(String message) {
        error.set(message);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** A {@link org.netboxauto.core.ReviewState} name, or blank for all. */
    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty subnetProperty() {
        return subnet;
    }

    /** Why the filter cannot apply (a subnet that is not CIDR), or blank. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

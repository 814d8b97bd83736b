package org.netboxauto.ui.discovery;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One configured source in the Discovery tab: chosen or not, and how it is doing. */
public final class SourceRow {

    /** Where a source stands in the current run. */
    public enum State { IDLE, RUNNING, SUCCEEDED, FAILED }

    private final String source;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.IDLE);
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final ObjectProperty<org.netboxauto.discovery.CollectorResult.RefusedCertificate> untrusted =
            new SimpleObjectProperty<>(this, "untrusted");

    public SourceRow(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    /** The certificate the last run refused for this source, or null: the row then offers to trust it. */
    public ObjectProperty<org.netboxauto.discovery.CollectorResult.RefusedCertificate> untrustedProperty() {
        return untrusted;
    }

    void show(State newState, String text) {
        if (newState != State.FAILED) {
            untrusted.set(null);
        }
        state.set(newState);
        detail.set(text);
    }
}

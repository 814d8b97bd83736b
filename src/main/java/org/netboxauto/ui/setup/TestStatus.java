package org.netboxauto.ui.setup;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.netboxauto.net.CertificateSummary;
import org.netboxauto.service.ConnectionCheck;

/** What an entry's Test connection button last found; changed on the FX thread only. */
public final class TestStatus {

    /** Where a test stands. */
    public enum State { IDLE, TESTING, OK, FAILED, UNAVAILABLE }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<CertificateSummary> untrusted = new ReadOnlyObjectWrapper<>(this, "untrusted");

    TestStatus(boolean available, String kind) {
        if (!available) {
            state.set(State.UNAVAILABLE);
            message.set("Test connection for " + kind + " arrives with the next update.");
        }
    }

    void testing(String target) {
        state.set(State.TESTING);
        untrusted.set(null);
        message.set("Connecting to " + target + "…");
    }

    void show(ConnectionCheck check) {
        state.set(check.ok() ? State.OK : State.FAILED);
        message.set(check.message());
        untrusted.set(check.untrusted().orElse(null));
    }

    /** The certificate the last test refused, or null. */
    public ReadOnlyObjectProperty<CertificateSummary> untrustedProperty() {
        return untrusted.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

package org.netboxauto.ui.push;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.netboxauto.core.push.RemovalCandidate;

/** A device or VM the push could remove; checked ones go into the next preview as removals. */
public final class RemovalRow {

    private final RemovalCandidate candidate;
    private final BooleanProperty picked;

    RemovalRow(RemovalCandidate candidate, boolean picked) {
        this.candidate = candidate;
        this.picked = new SimpleBooleanProperty(this, "picked", picked);
    }

    public RemovalCandidate candidate() {
        return candidate;
    }

    public BooleanProperty pickedProperty() {
        return picked;
    }

    /** {@code device old-web (#12)}. */
    public String label() {
        return candidate.ref().type().label() + " " + candidate.name() + " (#" + candidate.ref().id() + ")";
    }
}

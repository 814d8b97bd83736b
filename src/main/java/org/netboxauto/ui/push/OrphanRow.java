package org.netboxauto.ui.push;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.netboxauto.core.push.OrphanProposal;

/** A tagged device or VM whose host is gone long enough; checked ones go into the next preview. */
public final class OrphanRow {

    private final OrphanProposal proposal;
    private final BooleanProperty picked;

    OrphanRow(OrphanProposal proposal, boolean picked) {
        this.proposal = proposal;
        this.picked = new SimpleBooleanProperty(this, "picked", picked);
    }

    public OrphanProposal proposal() {
        return proposal;
    }

    public BooleanProperty pickedProperty() {
        return picked;
    }

    /** {@code Set offline: device old-web (#12), gone 10 days}. */
    public String label() {
        return (proposal.step() == OrphanProposal.Step.OFFLINE ? "Set offline: " : "Remove: ")
                + proposal.ref().type().label() + " " + proposal.name() + " (#" + proposal.ref().id() + "), gone "
                + PushTexts.plural((int) proposal.gone().toDays(), "day", "days");
    }
}

package org.netboxauto.ui.push;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.PushPlan;
import org.netboxauto.service.PlanText;

/** One planned action in the table; its state and NetBox's answer change as the push goes. */
public final class ActionRow {

    private final int number;
    private final PushAction action;
    private final List<String> fields;
    private final String host;
    private final ReadOnlyObjectWrapper<ActionOutcome.State> state =
            new ReadOnlyObjectWrapper<>(this, "state", ActionOutcome.State.PLANNED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown", Shown.WAITING);

    /** The state as the table shows it: a planned action is waiting until the push ends without it. */
    public enum Shown { WAITING, OK, FAILED, SKIPPED, NOT_SENT }

    ActionRow(int number, PushPlan plan, PushAction action, String host) {
        this.number = number;
        this.action = action;
        this.fields = PlanText.fields(plan, action);
        this.host = host;
    }

    /** The heading of the action's group when the plan is read by host: the host, shared, or removals. */
    public String host() {
        return host;
    }

    void show(ActionOutcome outcome) {
        state.set(outcome.state());
        message.set(outcome.message().orElse(""));
        shown.set(shown(outcome));
    }

    static Shown shown(ActionOutcome outcome) {
        return switch (outcome.state()) {
            case PLANNED -> outcome.message().isPresent() ? Shown.NOT_SENT : Shown.WAITING;
            case OK -> Shown.OK;
            case FAILED -> Shown.FAILED;
            case SKIPPED -> Shown.SKIPPED;
        };
    }

    /** 1-based place in the plan, the order the push sends it in. */
    public int number() {
        return number;
    }

    public PushAction action() {
        return action;
    }

    /** {@code name: – → web01}, one per field written. */
    public List<String> fields() {
        return fields;
    }

    public String changes() {
        return String.join("; ", fields);
    }

    public ReadOnlyObjectProperty<ActionOutcome.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ActionOutcome.State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** NetBox's message for a failed action, or why one was skipped or not sent; blank otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    @Override
    public String toString() {
        return number + " " + action.summary() + " " + state.get();
    }
}

package org.netboxauto.ui.push;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.service.PushPreview;

/** One DNS record added, changed or removed at one target; its state fills in once the target was written. */
public final class DnsRow {

    private final PushPreview.DnsLine line;
    private final ReadOnlyObjectWrapper<ActionRow.Shown> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", ActionRow.Shown.WAITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    DnsRow(PushPreview.DnsLine line) {
        this.line = line;
    }

    void show(ActionOutcome outcome) {
        message.set(outcome.message().orElse(""));
        shown.set(ActionRow.shown(outcome));
    }

    public String key() {
        return line.key();
    }

    /** {@code dns.unbound} or {@code dns.rfc2136}: the config section of the target. */
    public String target() {
        return line.target().target();
    }

    /** Where the target writes, e.g. {@code unbound at dns1:22 /etc/unbound/…}. */
    public String where() {
        return line.target().where();
    }

    public DnsChange change() {
        return line.change();
    }

    /** add, change or remove. */
    public String kind() {
        return line.change().kind().name().toLowerCase(Locale.ROOT);
    }

    /** {@code A web01.lan.example.com 10.0.0.5}, a change with its old and new value. */
    public String record() {
        return line.change().line().substring(2);
    }

    public ReadOnlyObjectProperty<ActionRow.Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ActionOutcome.State state() {
        return switch (shown.get()) {
            case WAITING, NOT_SENT -> ActionOutcome.State.PLANNED;
            case OK -> ActionOutcome.State.OK;
            case FAILED -> ActionOutcome.State.FAILED;
            case SKIPPED -> ActionOutcome.State.SKIPPED;
        };
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    @Override
    public String toString() {
        return line.change().line() + " at " + target() + " " + shown.get();
    }
}

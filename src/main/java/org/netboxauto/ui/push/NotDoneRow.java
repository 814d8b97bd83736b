package org.netboxauto.ui.push;

/** An action or DNS change that did not succeed, as the summary lists it: how it ended, what, and why. */
public record NotDoneRow(ActionRow.Shown shown, String what, String why) {

    static NotDoneRow of(ActionRow row) {
        return new NotDoneRow(row.shownProperty().get(), "#" + row.number() + " " + row.action().summary(),
                row.message());
    }

    static NotDoneRow of(DnsRow row) {
        return new NotDoneRow(row.shownProperty().get(), row.target() + " " + row.change().line(), row.message());
    }
}

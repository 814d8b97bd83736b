package org.netboxauto.ui.push;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.netboxauto.core.MacAddress;

/** A host the plan writes to; unticked, the next preview leaves it out. */
public final class HostRow {

    private final MacAddress mac;
    private final String title;
    private final BooleanProperty included;

    HostRow(MacAddress mac, String title, boolean included) {
        this.mac = mac;
        this.title = title;
        this.included = new SimpleBooleanProperty(this, "included", included);
    }

    public MacAddress mac() {
        return mac;
    }

    /** {@code device web01 (new) · 02:00:…}. */
    public String title() {
        return title;
    }

    public BooleanProperty includedProperty() {
        return included;
    }
}

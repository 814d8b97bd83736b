package org.netboxauto.ui.review;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.service.HostEntry;

/**
 * One line of the grid. A decision replaces its entry in place, so the row keeps its place in the
 * selection and the grid never reloads for a keypress.
 */
public final class HostRow {

    private final ReadOnlyObjectWrapper<HostEntry> entry;
    private final IpSortKey ipKey;
    private final boolean ipConflict;
    private final boolean duplicateMac;

    HostRow(HostEntry entry, GridFlags flags) {
        this.entry = new ReadOnlyObjectWrapper<>(this, "entry", entry);
        this.ipKey = IpSortKey.of(entry.host().ipValues());
        this.ipConflict = flags.ipConflicts().contains(entry.host().mac());
        this.duplicateMac = flags.duplicateMacs().contains(entry.host().mac());
    }

    public HostEntry entry() {
        return entry.get();
    }

    public ReadOnlyObjectProperty<HostEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    void replace(HostEntry now) {
        entry.set(now);
    }

    public Host host() {
        return entry.get().host();
    }

    public MacAddress mac() {
        return entry.get().host().mac();
    }

    IpSortKey ipKey() {
        return ipKey;
    }

    public boolean ipConflict() {
        return ipConflict;
    }

    public boolean duplicateMac() {
        return duplicateMac;
    }

    @Override
    public String toString() {
        return "HostRow[" + mac() + "]";
    }
}

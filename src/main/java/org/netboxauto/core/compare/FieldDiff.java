package org.netboxauto.core.compare;

import java.util.Objects;

/** One field that differs: what discovery says and what NetBox holds (empty when it holds nothing). */
public record FieldDiff(DiffField field, String discovered, String netbox) {

    public FieldDiff {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(discovered, "discovered");
        Objects.requireNonNull(netbox, "netbox");
    }
}

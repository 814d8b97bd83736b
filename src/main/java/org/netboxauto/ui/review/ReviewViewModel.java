package org.netboxauto.ui.review;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.common.EmptyState;
import org.netboxauto.ui.common.EmptyStateViewModel;

/** The Review tab: the admin's decisions on discovered hosts. */
public final class ReviewViewModel {

    static final EmptyState EMPTY = new EmptyState(
            MaterialDesignC.CLIPBOARD_CHECK_OUTLINE,
            "Review what was found",
            "Decide for each discovered host whether it belongs in NetBox and what it is. Decisions are kept"
                    + " by MAC address, so the next discovery run never loses them.",
            List.of("Approve or reject hosts", "Classify: server, workstation, IoT, network, VM",
                    "Override name, role and site", "Keep a note per host"),
            List.of(),
            "Nothing to configure here: hosts appear as soon as a discovery run has finished.",
            List.of("netbox-auto hosts", "netbox-auto approve", "netbox-auto reject", "netbox-auto classify"));

    private final EmptyStateViewModel emptyState;

    public ReviewViewModel(ReadOnlyObjectProperty<LoadedConfig> config) {
        this.emptyState = new EmptyStateViewModel(EMPTY, config);
    }

    public EmptyStateViewModel emptyState() {
        return emptyState;
    }
}

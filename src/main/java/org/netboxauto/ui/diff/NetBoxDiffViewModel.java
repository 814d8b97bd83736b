package org.netboxauto.ui.diff;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.common.EmptyState;
import org.netboxauto.ui.common.EmptyStateViewModel;
import org.netboxauto.ui.common.SetupKey;

/** The NetBox diff tab: approved hosts next to what NetBox already holds. */
public final class NetBoxDiffViewModel {

    static final EmptyState EMPTY = new EmptyState(
            MaterialDesignC.COMPARE_HORIZONTAL,
            "Compare with NetBox",
            "See the approved hosts side by side with what NetBox already knows, matched by MAC first, then"
                    + " IP, then name, with every field that differs highlighted.",
            List.of("Devices and virtual machines", "Interfaces and MAC addresses",
                    "IP addresses", "Cables to switch ports"),
            List.of(new SetupKey("netbox.url", "Your NetBox, e.g. https://netbox.example.com"),
                    new SetupKey("netbox.token", "An API token, read from an environment variable or a file")),
            "",
            List.of("netbox-auto diff"));

    private final EmptyStateViewModel emptyState;

    public NetBoxDiffViewModel(ReadOnlyObjectProperty<LoadedConfig> config) {
        this.emptyState = new EmptyStateViewModel(EMPTY, config);
    }

    public EmptyStateViewModel emptyState() {
        return emptyState;
    }
}

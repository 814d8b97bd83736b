package org.netboxauto.ui.push;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.common.EmptyState;
import org.netboxauto.ui.common.EmptyStateViewModel;
import org.netboxauto.ui.common.SetupKey;

/** The Push tab: the dry-run plan, then applying it to NetBox and DNS. */
public final class PushViewModel {

    static final EmptyState EMPTY = new EmptyState(
            MaterialDesignC.CLOUD_UPLOAD_OUTLINE,
            "Push to NetBox and DNS",
            "Start with a dry run that lists every change with its before and after. Nothing is written"
                    + " until you apply the plan, and an interrupted push resumes without duplicates.",
            List.of("Dry-run plan with field-level changes", "Devices, VMs, interfaces, IPs and cables",
                    "DNS records in Unbound or over RFC 2136", "A journal of every applied change"),
            List.of(new SetupKey("netbox.url", "The NetBox to write to"),
                    new SetupKey("netbox.token", "An API token with write access"),
                    new SetupKey("dns.unbound", "An Unbound server, updated over SSH"),
                    new SetupKey("dns.rfc2136", "Or a DNS server that accepts dynamic updates")),
            "",
            List.of("netbox-auto push --dry-run", "netbox-auto push"));

    private final EmptyStateViewModel emptyState;

    public PushViewModel(ReadOnlyObjectProperty<LoadedConfig> config) {
        this.emptyState = new EmptyStateViewModel(EMPTY, config);
    }

    public EmptyStateViewModel emptyState() {
        return emptyState;
    }
}

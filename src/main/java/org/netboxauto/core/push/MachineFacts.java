package org.netboxauto.core.push;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;

/** What a host is in NetBox's terms: device or VM, its name, its Proxmox source, its state. */
final class MachineFacts {

    static final int MAX_NAME = 64;

    private MachineFacts() {
    }

    /** The Proxmox source that reported the host as a guest, {@code proxmox:pve}. */
    static Optional<String> proxmoxSource(Host host) {
        return host.evidence().entrySet().stream()
                .filter(e -> isProxmox(e.getKey()) && e.getValue().containsKey(Evidence.VMID))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    private static boolean isProxmox(String sourceId) {
        try {
            return SourceIds.kind(sourceId) == SourceKind.PROXMOX;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isVm(Host host) {
        return proxmoxSource(host).isPresent();
    }

    static boolean stopped(Host host) {
        return proxmoxSource(host).map(s -> Evidence.STATUS_STOPPED.equals(host.evidence().get(s).get(Evidence.STATUS)))
                .orElse(false);
    }

    /** The guest's NIC slot ({@code net0}) as Proxmox named it. */
    static Optional<String> nic(Host host) {
        return proxmoxSource(host).map(s -> host.evidence().get(s).get(Evidence.NIC)).filter(n -> n.matches("[a-z0-9]+"));
    }

    /** The review's name, else the discovered one, else one made from the MAC so a re-run finds it again. */
    static String name(PushHost h) {
        String name = h.review().nameOverride().or(() -> h.host().hostnameValue()).map(String::strip)
                .filter(n -> !n.isEmpty()).orElse("host-" + h.host().mac().toString().replace(":", "")
                        .toLowerCase(Locale.ROOT));
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}

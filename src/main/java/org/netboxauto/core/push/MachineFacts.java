package org.netboxauto.core.push;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;

/** What a host is in NetBox's terms: device or VM, its name, its Proxmox source, its state. */
final class MachineFacts {

    static final int MAX_NAME = 64;

    private MachineFacts() {
    }

    /** The Proxmox source that reported the host as a guest, {@code proxmox:pve}. */
    static Optional<String> proxmoxSource(Host host) {
        if (host.evidence().isEmpty()) {
            return Optional.empty();
        }
        String first = null;
        for (Map.Entry<String, Map<String, String>> e : host.evidence().entrySet()) {
            if ((first == null || e.getKey().compareTo(first) < 0) && e.getValue().containsKey(Evidence.VMID)
                    && isProxmox(e.getKey())) {
                first = e.getKey();
            }
        }
        return Optional.ofNullable(first);
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

    /** The VLAN tag of each of the guest's NICs that has one ({@code tag=} in Proxmox). */
    static Map<MacAddress, Integer> nicVlans(Host host) {
        Map<MacAddress, Integer> vlans = new java.util.HashMap<>();
        proxmoxSource(host).map(s -> host.evidence().get(s).get(Evidence.NIC_VLAN)).ifPresent(text -> {
            for (String pair : text.split(", ")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(eq + 1).matches("\\d{1,4}")) {
                    int vid = Integer.parseInt(pair.substring(eq + 1));
                    MacAddress.parse(pair.substring(0, eq)).filter(m -> vid >= 1 && vid <= 4094)
                            .ifPresent(m -> vlans.put(m, vid));
                }
            }
        });
        return vlans;
    }

    /** The name the host gets in NetBox: {@link #fullName} cut to NetBox's limit. */
    static String name(PushHost h) {
        return fit(fullName(h));
    }

    /** The review's name, else the discovered one, else one made from the MAC so a re-run finds it again. */
    static String fullName(PushHost h) {
        return h.review().nameOverride().or(() -> h.host().hostnameValue()).map(String::strip)
                .filter(n -> !n.isEmpty()).orElseGet(() -> "host-" + h.host().mac().toString().replace(":", "")
                        .toLowerCase(Locale.ROOT));
    }

    /** At most {@link #MAX_NAME} characters, never half of a character that takes two. */
    static String fit(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int end = Character.isLowSurrogate(name.charAt(MAX_NAME)) ? MAX_NAME - 1 : MAX_NAME;
        return name.substring(0, end);
    }

    /** Says in the plan that a name was cut, so that it is never cut without a word. */
    static void tellIfCut(PlanActions plan, Optional<MacAddress> at, String full) {
        if (!fit(full).equals(full)) {
            plan.problem(at, fit(full), "its name has " + full.codePointCount(0, full.length())
                    + " characters, more than NetBox's " + MAX_NAME + ": it goes to NetBox cut to these; set a shorter"
                    + " name in the review to choose another", false);
        }
    }
}

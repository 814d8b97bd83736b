package org.netboxauto.core.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;

/**
 * Draws the network from the switches' reports: a link joins two reporting switches when one's neighbour ids
 * name the other (chassis id, sysName, source name, address); a neighbour no report names is a leaf. Hosts
 * located on a port fill its front panel, and guests of a Proxmox node put that node on the port.
 */
public final class TopologyBuilder {

    private final Map<String, String> switchById = new HashMap<>();
    private final Set<String> hypervisors = new LinkedHashSet<>();
    private final Map<String, TopologyNode> nodes = new LinkedHashMap<>();
    /** "a|b" (a before b) → each link's ports, from a's side and from b's side. */
    private final Map<String, List<String>> fromFirst = new LinkedHashMap<>();
    private final Map<String, List<String>> fromSecond = new LinkedHashMap<>();

    private TopologyBuilder() {
    }

    public static Topology of(List<SwitchReport> reports, List<Host> hosts) {
        return new TopologyBuilder().build(reports, hosts);
    }

    private Topology build(List<SwitchReport> reports, List<Host> hosts) {
        for (Host h : hosts) {
            h.evidence().values().forEach(e -> {
                String node = e.get(Evidence.NODE);
                if (node != null) {
                    hypervisors.addAll(TopologyIds.forms(node));
                }
            });
        }
        for (SwitchReport r : reports) {
            String id = switchId(r.switchName());
            nodes.put(id, new TopologyNode(id, r.switchName(), NodeKind.SWITCH));
            List<String> own = new ArrayList<>(r.chassisIds());
            own.add(r.switchName());
            r.sysName().ifPresent(own::add);
            own.addAll(r.managementIps());
            own.forEach(i -> TopologyIds.forms(i).forEach(f -> switchById.putIfAbsent(f, id)));
        }
        Map<String, List<PortHost>> hostsOnPort = new HashMap<>();
        Map<String, String> guestNodeOnPort = new HashMap<>();
        for (Host h : hosts) {
            if (h.port().isEmpty()) {
                continue;
            }
            PortLocation at = h.port().get().value();
            String key = switchId(at.switchName()) + "\n" + at.port();
            hostsOnPort.computeIfAbsent(key, k -> new ArrayList<>()).add(new PortHost(h.mac(), label(h)));
            guestNode(h).ifPresent(node -> guestNodeOnPort.putIfAbsent(key, node));
        }
        Map<String, List<PanelPort>> panels = new HashMap<>();
        for (SwitchReport r : reports) {
            panels.put(switchId(r.switchName()), panel(r, hostsOnPort, guestNodeOnPort));
        }
        List<TopologyEdge> edges = new ArrayList<>();
        fromFirst.keySet().forEach(pair -> edges.add(edge(pair)));
        fromSecond.keySet().stream().filter(pair -> !fromFirst.containsKey(pair)).forEach(pair -> edges.add(edge(pair)));
        return new Topology(List.copyOf(nodes.values()), edges, panels);
    }

    private List<PanelPort> panel(SwitchReport r, Map<String, List<PortHost>> hostsOnPort,
            Map<String, String> guestNodeOnPort) {
        String self = switchId(r.switchName());
        Map<String, Boolean> up = new LinkedHashMap<>();
        r.ports().forEach(p -> up.put(p.name(), p.up()));
        Map<String, PortUse> byLink = new HashMap<>();
        Map<String, String> neighbourOf = new HashMap<>();
        for (SwitchLink l : r.links()) {
            TopologyNode far = far(l, self);
            join(self, l.localPort(), far.id(), l.remotePort().or(l::remotePortDescription).orElse("?"));
            neighbourOf.putIfAbsent(l.localPort(), far.label());
            PortUse use = switch (far.kind()) {
                case SWITCH, ROUTER -> PortUse.UPLINK;
                case HYPERVISOR -> PortUse.HYPERVISOR;
                case DEVICE -> PortUse.HOST;
            };
            byLink.merge(l.localPort(), use, (a, b) -> rank(a) >= rank(b) ? a : b);
        }
        // ports in use but not listed (an older report, a LAG) come after the listed ones, in name order
        Map<String, Boolean> unlisted = new TreeMap<>(PortOrder.NATURAL);
        byLink.keySet().forEach(p -> unlisted.put(p, true));
        hostsOnPort.keySet().stream().filter(k -> k.startsWith(self + "\n"))
                .forEach(k -> unlisted.put(k.substring(self.length() + 1), true));
        up.keySet().forEach(unlisted::remove);
        up.putAll(unlisted);
        List<PanelPort> out = new ArrayList<>();
        up.forEach((port, isUp) -> {
            String key = self + "\n" + port;
            List<PortHost> on = hostsOnPort.getOrDefault(key, List.of());
            String node = guestNodeOnPort.get(key);
            if (node != null && !byLink.containsKey(port)) {
                TopologyNode hv = node(hypervisorId(node), node, NodeKind.HYPERVISOR);
                join(self, port, hv.id(), "?");
                neighbourOf.put(port, node);
            }
            PortUse use = byLink.containsKey(port) ? byLink.get(port)
                    : node != null ? PortUse.HYPERVISOR
                    : !on.isEmpty() ? PortUse.HOST
                    : isUp ? PortUse.UNKNOWN : PortUse.EMPTY;
            out.add(new PanelPort(port, use, on, Optional.ofNullable(neighbourOf.get(port))));
        });
        return out;
    }

    /** The reporting switch the link names, else the leaf for its neighbour (one node for every switch hearing it). */
    private TopologyNode far(SwitchLink l, String self) {
        List<String> ids = new ArrayList<>(l.remoteIds());
        l.remoteManagementIp().ifPresent(ids::add);
        for (String id : ids) {
            for (String form : TopologyIds.forms(id)) {
                String sw = switchById.get(form);
                if (sw != null && !sw.equals(self)) {
                    return nodes.get(sw);
                }
            }
        }
        String label = TopologyIds.label(l.remoteIds().isEmpty() ? Set.of(l.protocol() + " neighbour")
                : l.remoteIds());
        boolean hypervisor = l.remoteIds().stream().anyMatch(i -> TopologyIds.forms(i).stream()
                .anyMatch(hypervisors::contains));
        NodeKind kind = hypervisor ? NodeKind.HYPERVISOR : l.forwards() ? NodeKind.ROUTER : NodeKind.DEVICE;
        return node(hypervisor ? hypervisorId(label) : "neighbour:" + label.toLowerCase(Locale.ROOT), label, kind);
    }

    private TopologyNode node(String id, String label, NodeKind kind) {
        return nodes.computeIfAbsent(id, k -> new TopologyNode(k, label, kind));
    }

    private void join(String a, String aPort, String b, String bPort) {
        if (a.compareTo(b) < 0) {
            fromFirst.computeIfAbsent(a + "|" + b, k -> new ArrayList<>()).add(aPort + " ↔ " + bPort);
        } else {
            fromSecond.computeIfAbsent(b + "|" + a, k -> new ArrayList<>()).add(bPort + " ↔ " + aPort);
        }
    }

    /** Both switches tell of the same links: the side that told of more of them is kept. */
    private TopologyEdge edge(String pair) {
        List<String> first = fromFirst.getOrDefault(pair, List.of());
        List<String> second = fromSecond.getOrDefault(pair, List.of());
        int bar = pair.indexOf('|');
        List<String> ports = first.size() >= second.size() ? first : second;
        if (first.size() == second.size()) {
            // each side knows its own port's name best
            ports = new ArrayList<>();
            for (int i = 0; i < first.size(); i++) {
                ports.add(first.get(i).split(" ↔ ", 2)[0] + " ↔ " + second.get(i).split(" ↔ ", 2)[1]);
            }
        }
        return new TopologyEdge(pair.substring(0, bar), pair.substring(bar + 1), ports);
    }

    /** A port with a switch and a phone on it is an uplink first. */
    private static int rank(PortUse use) {
        return switch (use) {
            case UPLINK -> 3;
            case HYPERVISOR -> 2;
            case HOST -> 1;
            case EMPTY, UNKNOWN -> 0;
        };
    }

    private static Optional<String> guestNode(Host h) {
        for (Map<String, String> e : h.evidence().values()) {
            if (e.containsKey(Evidence.VMID) && e.get(Evidence.NODE) != null) {
                return Optional.of(e.get(Evidence.NODE));
            }
        }
        return Optional.empty();
    }

    private static String label(Host h) {
        return h.hostnameValue().or(() -> h.ips().stream().map(Sourced::value).findFirst())
                .orElse(h.mac().toString());
    }

    /** A Proxmox node heard as "pve1.example.com" and named "pve1" by its guests is one node. */
    private static String hypervisorId(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        return "hypervisor:" + (dot > 0 && Character.isLetter(lower.charAt(0)) ? lower.substring(0, dot) : lower);
    }

    static String switchId(String switchName) {
        return "switch:" + switchName;
    }
}

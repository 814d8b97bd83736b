package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;

/**
 * The VLANs of the switch ports hosts are located on. A port whose hosts are all in one VLAN is an
 * access port with that VLAN untagged; one that carries guests of a hypervisor, or several VLANs, is
 * tagged with the VLANs seen on it (those NetBox already has there are kept). A port NetBox holds as
 * tagged is never made an access port, and one tagged with all VLANs is left alone.
 */
final class PortVlans {

    /** @param refs the VLAN group of the port's first host's site rule, else {@code netbox.vlan-group} */
    private record Seen(PushInventory.SwitchPort port, TreeSet<Integer> vlans, List<MacAddress> hosts,
                        List<String> names, boolean guests, VlanRefs refs) {
    }

    private final PushInventory inventory;
    private final SwitchPortIndex switchPorts;
    private final Map<String, SwitchMatch> switches;
    private final Map<Long, Seen> seen = new LinkedHashMap<>();
    /** The site of each device in scope, by lower-case name: a VLAN of another site is refused on its ports. */
    private final Map<String, Long> sites = new HashMap<>();

    PortVlans(PushInventory inventory, Map<String, SwitchMatch> switches) {
        this.inventory = inventory;
        this.switches = switches;
        this.switchPorts = new SwitchPortIndex(inventory.switchPorts());
    }

    /** Notes the VLAN the host was learned in on its port, when the port is a NetBox interface. */
    void add(Host host, VlanRefs refs) {
        if (host.port().isEmpty() || host.port().get().value().vlan().isEmpty()) {
            return;
        }
        PortLocation at = host.port().get().value();
        SwitchMatch match = switches.get(at.switchName());
        if (match != null && match.device().isEmpty()) {
            return;
        }
        String device = match == null ? at.switchName() : match.device().get().name();
        PushInventory.SwitchPort port = switchPorts.get(device, at.port());
        if (port == null) {
            return;
        }
        Seen s = seen.computeIfAbsent(port.id(), id -> new Seen(port, new TreeSet<>(), new ArrayList<>(),
                new ArrayList<>(), false, refs));
        s.vlans().add(at.vlan().get());
        s.hosts().add(host.mac());
        s.names().add(host.hostnameValue().orElse(host.mac().toString()));
        if (MachineFacts.isVm(host) && !s.guests()) {
            seen.put(port.id(), new Seen(port, s.vlans(), s.hosts(), s.names(), true, s.refs()));
        }
    }

    void plan(PlanActions plan) {
        // the devices' sites matter only for the ports hosts were seen on: most pushes have none
        if (!seen.isEmpty()) {
            inventory.machines().stream().filter(m -> m.type() == NbType.DEVICE && m.siteId().isPresent())
                    .forEach(m -> sites.put(m.name().toLowerCase(Locale.ROOT), m.siteId().get()));
        }
        for (Seen s : seen.values()) {
            VlanRefs vlans = s.refs();
            PushInventory.SwitchPort port = s.port();
            PushInventory.Layer2 now = port.layer2();
            String label = port.device() + " " + port.name();
            ObjectRef.Existing target = new ObjectRef.Existing(NbType.INTERFACE, port.id());
            plan.label(target, label);
            Function<Integer, Optional<ObjectRef>> usable = vid -> usable(plan, vlans, vid, port, label);
            if (s.guests() || s.vlans().size() > 1) {
                tagged(plan, usable, s, now, label, target);
            } else {
                access(plan, usable, s, now, label, target);
            }
        }
    }

    /** The VLAN of this VID unless it belongs to another site than the switch, which NetBox refuses. */
    private Optional<ObjectRef> usable(PlanActions plan, VlanRefs vlans, int vid, PushInventory.SwitchPort port,
                                       String label) {
        Optional<ObjectRef> vlan = vlans.of(vid);
        Optional<Long> vlanSite = vlan.filter(ObjectRef.Existing.class::isInstance)
                .flatMap(v -> vlans.known(((ObjectRef.Existing) v).id())).flatMap(PushInventory.Vlan::siteId);
        Long site = sites.get(port.device().toLowerCase(Locale.ROOT));
        if (vlanSite.isPresent() && site != null && !vlanSite.get().equals(site)) {
            plan.problem(Optional.empty(), label, "VLAN " + vid + " belongs to another site than " + port.device()
                    + "; NetBox takes only a VLAN of the device's site or a global one, so it is not assigned. Set"
                    + " netbox.vlan-group to a group of usable VLANs", false);
            return Optional.empty();
        }
        return vlan;
    }

    private static void tagged(PlanActions plan, Function<Integer, Optional<ObjectRef>> vlans, Seen s, PushInventory.Layer2 now, String label,
                               ObjectRef.Existing target) {
        if (now.mode().equals(Optional.of("tagged-all")) || now.mode().equals(Optional.of("q-in-q"))) {
            return;
        }
        List<Object> wanted = HostLayer2.refs(now.taggedVlans());
        Set<Object> have = new LinkedHashSet<>(wanted);
        for (int vid : s.vlans()) {
            vlans.apply(vid).filter(have::add).ifPresent(wanted::add);
        }
        boolean modeOk = now.mode().equals(Optional.of("tagged"));
        if (modeOk && wanted.size() == now.taggedVlans().size()) {
            return;
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (!modeOk) {
            before.put("mode", now.mode().orElse(null));
            after.put("mode", "tagged");
        }
        before.put("tagged_vlans", HostLayer2.refs(now.taggedVlans()));
        after.put("tagged_vlans", wanted);
        plan.update("port-vlans:" + target.id(), Stage.INTERFACES, NbType.INTERFACE, target, "VLANs of " + label
                + " (tagged: " + (s.guests() ? "a hypervisor's guests" : "hosts in " + s.vlans().size() + " VLANs")
                + ")", Optional.empty(), before, after);
    }

    private static void access(PlanActions plan, Function<Integer, Optional<ObjectRef>> vlans, Seen s, PushInventory.Layer2 now, String label,
                               ObjectRef.Existing target) {
        if (now.mode().isPresent() && !now.mode().equals(Optional.of("access"))) {
            return;
        }
        int vid = s.vlans().first();
        Optional<ObjectRef> vlan = vlans.apply(vid);
        if (vlan.isEmpty()) {
            return;
        }
        boolean sameVlan = vlan.get() instanceof ObjectRef.Existing e && now.untaggedVlan().equals(Optional.of(e.id()));
        if (now.mode().isPresent() && sameVlan) {
            return;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (now.mode().isEmpty()) {
            before.put("mode", null);
            after.put("mode", "access");
        }
        if (!sameVlan) {
            before.put("untagged_vlan", now.untaggedVlan().map(id -> (Object) new ObjectRef.Existing(NbType.VLAN, id))
                    .orElse(null));
            after.put("untagged_vlan", vlan.get());
        }
        Optional<MacAddress> host = s.hosts().size() == 1 ? Optional.of(s.hosts().getFirst()) : Optional.empty();
        plan.update("port-vlans:" + target.id(), Stage.INTERFACES, NbType.INTERFACE, target, "VLAN of " + label
                + " for " + String.join(", ", s.names()) + " (access, VLAN " + vid + ")", host, before, after);
    }
}

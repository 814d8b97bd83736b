package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.location.LocationEvidence;

/**
 * A host's own interfaces at layer 2: a VM NIC's Proxmox {@code tag=} becomes its interface's
 * access VLAN; a device on an access LAG gets a LAG interface with its NICs as members.
 */
final class HostLayer2 {

    private final PlanActions plan;
    private final VlanRefs vlans;
    private final List<Object> tags;
    private final String tagKey;

    HostLayer2(PlanActions plan, VlanRefs vlans, List<Object> tags, String tagKey) {
        this.plan = plan;
        this.vlans = vlans;
        this.tags = tags;
        this.tagKey = tagKey;
    }

    void plan(Host host, String name, ObjectRef machine, Optional<PushInventory.Machine> existing,
              Map<MacAddress, InterfacePlanner.Placed> placed) {
        plan(host, name, machine, existing, placed, vlans, existing.flatMap(PushInventory.Machine::siteId));
    }

    /**
     * @param hostVlans the VLANs of the host's VLAN group (its site rule's, else {@code netbox.vlan-group})
     * @param site      the site the machine is or will be in
     */
    void plan(Host host, String name, ObjectRef machine, Optional<PushInventory.Machine> existing,
              Map<MacAddress, InterfacePlanner.Placed> placed, VlanRefs hostVlans, Optional<Long> site) {
        if (MachineFacts.isVm(host)) {
            vmVlans(host, name, existing, placed, hostVlans, site);
        }
        accessLag(host).ifPresent(lag -> lag(host, name, machine, existing, placed, lag));
    }

    /** Each NIC with a Proxmox VLAN tag: its interface in mode access with that VLAN untagged. */
    private void vmVlans(Host host, String name, Optional<PushInventory.Machine> existing,
                         Map<MacAddress, InterfacePlanner.Placed> placed, VlanRefs vlans, Optional<Long> site) {
        Map<MacAddress, Integer> tagged = MachineFacts.nicVlans(host);
        placed.forEach((mac, p) -> {
            Integer vid = tagged.get(mac);
            if (vid == null) {
                return;
            }
            Optional<ObjectRef> vlan = vlans.of(vid);
            if (vlan.isEmpty()) {
                return;
            }
            PushInventory.Layer2 now = current(existing, p.ref());
            Optional<PushInventory.Vlan> known = vlan.filter(ObjectRef.Existing.class::isInstance)
                    .flatMap(v -> vlans.known(((ObjectRef.Existing) v).id()));
            if (known.flatMap(PushInventory.Vlan::siteId).isPresent() && site.isPresent()
                    && !known.get().siteId().equals(site)) {
                plan.problem(Optional.of(host.mac()), name + " " + p.name(), "Proxmox tags it with VLAN " + vid
                        + ", but that VLAN belongs to another site than the VM; NetBox takes only a VLAN of the VM's"
                        + " site or a global one, so none is set. Set netbox.vlan-group to a group of usable VLANs",
                        false);
                return;
            }
            boolean sameVlan = vlan.get() instanceof ObjectRef.Existing e && now.untaggedVlan().equals(Optional.of(e.id()));
            if (now.mode().equals(Optional.of("access")) && sameVlan) {
                return;
            }
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            if (!now.mode().equals(Optional.of("access"))) {
                before.put("mode", now.mode().orElse(null));
                after.put("mode", "access");
            }
            if (!sameVlan) {
                before.put("untagged_vlan", now.untaggedVlan().map(id -> (Object) new ObjectRef.Existing(NbType.VLAN, id))
                        .orElse(null));
                after.put("untagged_vlan", vlan.get());
            }
            if (!now.taggedVlans().isEmpty()) {
                // NetBox refuses tagged VLANs on an access interface
                before.put("tagged_vlans", refs(now.taggedVlans()));
                after.put("tagged_vlans", List.of());
            }
            plan.update("vm-vlan:" + mac, Stage.PRIMARY_MACS, NbType.VM_INTERFACE, p.ref(), "VLAN of " + name + " "
                    + p.name() + " (Proxmox tag " + vid + ")", Optional.of(host.mac()), before, after);
        });
    }

    private void lag(Host host, String name, ObjectRef machine, Optional<PushInventory.Machine> existing,
                     Map<MacAddress, InterfacePlanner.Placed> placed, String lag) {
        Optional<MacAddress> at = Optional.of(host.mac());
        if (MachineFacts.isVm(host)) {
            plan.problem(at, name, "is on the access LAG " + lag + ", but a NetBox VM interface cannot be a LAG"
                    + " member; no LAG interface is created", false);
            return;
        }
        if (placed.size() < 2) {
            plan.problem(at, name, "is on the access LAG " + lag + ", but only one of its NICs is known ("
                    + host.mac() + "); a LAG interface is created once two are", false);
            return;
        }
        List<PushInventory.Interface> current = existing.map(PushInventory.Machine::interfaces).orElse(List.of());
        Set<Long> memberLags = new HashSet<>();
        placed.values().forEach(p -> current(existing, p.ref()).lag().ifPresent(memberLags::add));
        Optional<PushInventory.Interface> found = current.stream().filter(i -> i.layer2().type().equals("lag"))
                .min(java.util.Comparator.comparing((PushInventory.Interface i) -> !memberLags.contains(i.id()))
                        .thenComparing(PushInventory.Interface::name));
        ObjectRef lagRef;
        String lagName;
        if (found.isPresent()) {
            lagRef = new ObjectRef.Existing(NbType.INTERFACE, found.get().id());
            lagName = found.get().name();
        } else {
            Set<String> used = new HashSet<>();
            current.forEach(i -> used.add(i.name().toLowerCase(Locale.ROOT)));
            placed.values().forEach(p -> used.add(p.name().toLowerCase(Locale.ROOT)));
            int n = 0;
            while (used.contains("bond" + n)) {
                n++;
            }
            lagName = "bond" + n;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("device", machine);
            body.put("name", lagName);
            body.put("type", "lag");
            body.put("description", "access LAG " + lag);
            body.put("tags", tags);
            lagRef = plan.create("lag:" + host.mac(), Stage.INTERFACES, NbType.INTERFACE, "interface " + name + " "
                    + lagName + " (LAG)", at, body, tagKey);
        }
        placed.forEach((mac, p) -> {
            Optional<Long> now = current(existing, p.ref()).lag();
            if (lagRef instanceof ObjectRef.Existing e && now.equals(Optional.of(e.id()))) {
                return;
            }
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("lag", now.map(id -> (Object) new ObjectRef.Existing(NbType.INTERFACE, id)).orElse(null));
            plan.update("lag-member:" + mac, Stage.PRIMARY_MACS, NbType.INTERFACE, p.ref(), "LAG " + lagName + " of "
                    + name + " " + p.name(), at, before, Map.of("lag", lagRef));
        });
    }

    /** {@code core Po3 (members Gi1/0/7, Gi1/0/8)} when the host is located on an access LAG. */
    static Optional<String> accessLag(Host host) {
        if (host.port().isEmpty()) {
            return Optional.empty();
        }
        Sourced<PortLocation> port = host.port().get();
        Map<String, String> evidence = host.evidence().getOrDefault(port.source(), Map.of());
        String members = evidence.get(LocationEvidence.LAG_MEMBERS);
        if (members == null || !evidence.getOrDefault(LocationEvidence.LOCATION, "").contains("access LAG")) {
            return Optional.empty();
        }
        return Optional.of(port.value().switchName() + " " + port.value().port() + " (members "
                + members.replace(",", ", ") + ")");
    }

    private static PushInventory.Layer2 current(Optional<PushInventory.Machine> existing, ObjectRef ref) {
        if (!(ref instanceof ObjectRef.Existing e) || existing.isEmpty()) {
            return PushInventory.Layer2.NONE;
        }
        return existing.get().interfaces().stream().filter(i -> i.id() == e.id()).findFirst()
                .map(PushInventory.Interface::layer2).orElse(PushInventory.Layer2.NONE);
    }

    static List<Object> refs(Set<Long> vlanIds) {
        List<Object> refs = new ArrayList<>();
        vlanIds.stream().sorted().forEach(id -> refs.add(new ObjectRef.Existing(NbType.VLAN, id)));
        return refs;
    }
}

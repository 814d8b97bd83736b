package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;

/**
 * One interface per MAC of a host: the one already holding the MAC, an empty one of the name it
 * would get, one NetBox creates from the device type's templates, or a new one; then the MAC on it
 * and made primary.
 */
final class InterfacePlanner {

    /** Where a MAC of the host ends up. */
    record Placed(ObjectRef ref, String name, Optional<String> cabledTo) {
    }

    private final PushInventory inventory;
    private final PlanActions plan;
    private final Map<MacAddress, List<PushInventory.Mac>> unassignedMacs;
    private final List<Object> tags;
    private final String tagKey;

    InterfacePlanner(PushInventory inventory, PlanActions plan, Map<MacAddress, List<PushInventory.Mac>> unassignedMacs,
                     List<Object> tags, String tagKey) {
        this.inventory = inventory;
        this.plan = plan;
        this.unassignedMacs = unassignedMacs;
        this.tags = tags;
        this.tagKey = tagKey;
    }

    Map<MacAddress, Placed> plan(Host host, String machineName, ObjectRef machine,
                                 Optional<PushInventory.Machine> existing, Deque<String> templates) {
        boolean vm = MachineFacts.isVm(host);
        NbType type = vm ? NbType.VM_INTERFACE : NbType.INTERFACE;
        List<PushInventory.Interface> current = existing.map(PushInventory.Machine::interfaces).orElse(List.of());
        Set<String> usedNames = new HashSet<>();
        current.forEach(i -> usedNames.add(i.name().toLowerCase(Locale.ROOT)));
        templates.forEach(t -> usedNames.add(t.toLowerCase(Locale.ROOT)));
        List<MacAddress> macs = new ArrayList<>(host.macs());
        macs.remove(host.mac());
        macs.addFirst(host.mac());
        Map<MacAddress, Placed> placed = new LinkedHashMap<>();
        Set<Long> claimed = new HashSet<>();
        Optional<MacAddress> at = Optional.of(host.mac());
        for (int n = 0; n < macs.size(); n++) {
            MacAddress mac = macs.get(n);
            PushInventory.Mac held = null;
            PushInventory.Interface holding = null;
            for (int k = 0; k < current.size() && held == null; k++) {
                holding = current.get(k);
                held = macOn(holding, mac);
            }
            if (held != null) {
                ObjectRef ref = new ObjectRef.Existing(type, holding.id());
                placed.put(mac, new Placed(ref, holding.name(), holding.cabledTo()));
                if (inventory.macObjects() && holding.primaryMacId().isEmpty()) {
                    primary(mac, machineName, holding.name(), type, ref, new ObjectRef.Existing(NbType.MAC_ADDRESS,
                            held.id()), at);
                }
                continue;
            }
            String name;
            ObjectRef ref;
            boolean fresh;
            if (!vm && !templates.isEmpty()) {
                name = templates.poll();
                ref = plan.find("interface:" + mac, type, "interface " + machineName + " " + name
                        + " (from the device type)", at, Map.of("device", machine, "name", name));
                fresh = true;
            } else {
                String wanted = vm ? (n == 0 ? MachineFacts.nic(host).orElse("net0") : "net" + n) : "eth" + n;
                Optional<PushInventory.Interface> empty = current.stream()
                        .filter(i -> i.name().equalsIgnoreCase(wanted) && i.macs().isEmpty()).findFirst()
                        .filter(i -> claimed.add(i.id()));
                if (empty.isPresent()) {
                    ref = new ObjectRef.Existing(type, empty.get().id());
                    fresh = empty.get().primaryMacId().isEmpty();
                    placed.put(mac, new Placed(ref, empty.get().name(), empty.get().cabledTo()));
                    attachMac(mac, machineName, wanted, type, ref, fresh, at);
                    continue;
                }
                name = freeName(wanted, vm ? "net" : "eth", n, usedNames);
                usedNames.add(name.toLowerCase(Locale.ROOT));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(vm ? "virtual_machine" : "device", machine);
                body.put("name", name);
                if (!vm) {
                    body.put("type", "other");
                }
                if (!inventory.macObjects()) {
                    body.put("mac_address", mac.toString().toUpperCase(Locale.ROOT));
                }
                body.put("tags", tags);
                ref = plan.create("interface:" + mac, Stage.INTERFACES, type, type.label() + " " + machineName + " "
                        + name, at, body, tagKey);
                placed.put(mac, new Placed(ref, name, Optional.empty()));
                if (inventory.macObjects()) {
                    attachMac(mac, machineName, name, type, ref, true, at);
                }
                continue;
            }
            placed.put(mac, new Placed(ref, name, Optional.empty()));
            attachMac(mac, machineName, name, type, ref, fresh, at);
        }
        return placed;
    }

    /** Puts the MAC on an interface that does not hold it yet, and makes it primary there. */
    private void attachMac(MacAddress mac, String machineName, String itfName, NbType type, ObjectRef itf,
                           boolean setPrimary, Optional<MacAddress> at) {
        String label = machineName + " " + itfName;
        if (!inventory.macObjects()) {
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("mac_address", null);
            plan.update("interface-mac:" + mac, Stage.MACS, type, itf, "MAC " + mac + " on " + label, at, before,
                    Map.of("mac_address", mac.toString().toUpperCase(Locale.ROOT)));
            return;
        }
        ObjectRef macRef;
        List<PushInventory.Mac> free = unassignedMacs.getOrDefault(mac, List.of());
        if (!free.isEmpty()) {
            PushInventory.Mac m = free.removeFirst();
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("assigned_object_type", null);
            before.put("assigned_object_id", null);
            macRef = new ObjectRef.Existing(NbType.MAC_ADDRESS, m.id());
            plan.update("mac:" + mac, Stage.MACS, NbType.MAC_ADDRESS, macRef, "MAC " + mac + " on " + label, at,
                    before, Map.of("assigned_object_type", type.contentType(), "assigned_object_id", itf));
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("mac_address", mac.toString().toUpperCase(Locale.ROOT));
            body.put("assigned_object_type", type.contentType());
            body.put("assigned_object_id", itf);
            body.put("tags", tags);
            macRef = plan.create("mac:" + mac, Stage.MACS, NbType.MAC_ADDRESS, "MAC " + mac + " on " + label, at,
                    body, tagKey);
        }
        if (setPrimary) {
            primary(mac, machineName, itfName, type, itf, macRef, at);
        }
    }

    private void primary(MacAddress mac, String machineName, String itfName, NbType type, ObjectRef itf,
                         ObjectRef macRef, Optional<MacAddress> at) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("primary_mac_address", null);
        plan.update("primary-mac:" + mac, Stage.PRIMARY_MACS, type, itf, "primary MAC of " + machineName + " "
                + itfName, at, before, Map.of("primary_mac_address", macRef), "mac:" + mac);
    }

    /** The interface's MAC object of that address, or null: a loop, as it runs for every MAC of every host. */
    private static PushInventory.Mac macOn(PushInventory.Interface itf, MacAddress mac) {
        for (PushInventory.Mac m : itf.macs()) {
            if (m.mac().equals(mac)) {
                return m;
            }
        }
        return null;
    }

    private static String freeName(String wanted, String prefix, int n, Set<String> used) {
        int i = n;
        String name = wanted;
        while (used.contains(name.toLowerCase(Locale.ROOT))) {
            name = prefix + ++i;
        }
        return name;
    }
}

package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NetBox's rules for VLANs and an interface's 802.1Q mode, VLANs and LAG, as its source has them:
 * {@code InterfaceSerializer.validate} (mode against untagged and tagged VLANs, tagged VLANs of the
 * device's site or global), {@code Interface.clean} (LAG on the same device, not itself, not on a
 * virtual interface; untagged VLAN of the device's site or global), {@code VMInterface.clean} (untagged VLAN of the VM's site or global),
 * {@code BaseInterface.save} (no mode: no untagged VLAN; not tagged: tagged VLANs cleared on update),
 * and VLAN's unique (group, vid) and (group, name) with NULL groups distinct.
 */
final class FakeLayer2Rules {

    private static final Set<String> MODES = Set.of("access", "tagged", "tagged-all", "q-in-q");

    private final FakeStore store;

    FakeLayer2Rules(FakeStore store) {
        this.store = store;
    }

    void vlan(ObjectNode row) {
        int vid = row.path("vid").asInt(-1);
        if (vid < 1 || vid > 4094) {
            throw FakeRejection.field("vid", vid < 1 ? "Ensure this value is greater than or equal to 1."
                    : "Ensure this value is less than or equal to 4094.");
        }
        if (!row.hasNonNull("group")) {
            return;
        }
        for (ObjectNode other : store.table("ipam.vlan").values()) {
            if (other.path("id").asLong() == row.path("id").asLong(-1)
                    || other.path("group").asLong(-1) != row.get("group").asLong()) {
                continue;
            }
            if (other.path("vid").asInt() == vid) {
                throw FakeRejection.field("__all__", "VLAN with this Group and VLAN ID already exists.");
            }
            if (other.path("name").asText().equals(row.path("name").asText())) {
                throw FakeRejection.field("__all__", "VLAN with this Group and Name already exists.");
            }
        }
    }

    /** @param old the interface as stored, null on create */
    void deviceInterface(ObjectNode row, ObjectNode old) {
        vlansExist(row);
        String mode = mode(row);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        boolean tagged = row.path("tagged_vlans").size() > 0;
        if (mode.isEmpty()) {
            if (row.hasNonNull("untagged_vlan")) {
                errors.put("untagged_vlan", List.of("Interface mode does not support untagged vlan"));
            }
            if (tagged) {
                errors.put("tagged_vlans", List.of("Interface mode does not support tagged vlans"));
            }
        } else if ((mode.equals("access") || mode.equals("tagged-all")) && tagged) {
            errors.put("tagged_vlans", List.of("Interface mode does not support tagged vlans"));
        }
        if (!errors.isEmpty()) {
            throw FakeRejection.fields(errors);
        }
        ObjectNode device = store.row("dcim.device", row.path("device").asLong()).orElse(null);
        for (JsonNode id : row.path("tagged_vlans")) {
            ObjectNode vlan = store.row("ipam.vlan", id.asLong()).orElseThrow();
            if (vlan.hasNonNull("site") && (device == null || vlan.get("site").asLong() != device.path("site").asLong())) {
                throw FakeRejection.field("tagged_vlans", "VLAN " + vlan.path("name").asText() + " must belong to the"
                        + " same site as the interface's parent device, or it must be global.");
            }
        }
        if (row.hasNonNull("lag")) {
            long lag = row.get("lag").asLong();
            ObjectNode parent = store.row("dcim.interface", lag).orElseThrow(() -> FakeRejection.field("lag",
                    "Related object not found using the provided numeric ID: " + lag));
            if ("virtual".equals(row.path("type").asText())) {
                throw FakeRejection.field("lag", "Virtual interfaces cannot have a parent LAG interface.");
            }
            if (row.hasNonNull("id") && row.get("id").asLong() == lag) {
                throw FakeRejection.field("lag", "A LAG interface cannot be its own parent.");
            }
            if (parent.path("device").asLong() != row.path("device").asLong()) {
                String other = store.row("dcim.device", parent.path("device").asLong())
                        .map(d -> d.path("name").asText()).orElse("?");
                throw FakeRejection.field("lag", "The selected LAG interface (" + parent.path("name").asText()
                        + ") belongs to a different device (" + other + ").");
            }
        }
        if (row.hasNonNull("untagged_vlan")) {
            ObjectNode vlan = store.row("ipam.vlan", row.get("untagged_vlan").asLong()).orElseThrow();
            if (vlan.hasNonNull("site") && (device == null || vlan.get("site").asLong() != device.path("site").asLong())) {
                throw FakeRejection.field("untagged_vlan", "The untagged VLAN (" + vlan.path("name").asText()
                        + ") must belong to the same site as the interface's parent device, or it must be global.");
            }
        }
        save(row, old, mode);
    }

    void vmInterface(ObjectNode row, ObjectNode old) {
        vlansExist(row);
        ObjectNode vm = store.row("virtualization.virtualmachine", row.path("virtual_machine").asLong()).orElse(null);
        long site = vm == null ? -1 : vm.path("site").asLong(-1);
        for (JsonNode id : row.path("tagged_vlans")) {
            ObjectNode vlan = store.row("ipam.vlan", id.asLong()).orElseThrow();
            if (vlan.hasNonNull("site") && vlan.get("site").asLong() != site) {
                throw FakeRejection.field("tagged_vlans", "VLAN " + vlan.path("name").asText() + " must belong to the"
                        + " same site as the interface's parent virtual machine, or it must be global.");
            }
        }
        if (row.hasNonNull("untagged_vlan")) {
            ObjectNode vlan = store.row("ipam.vlan", row.get("untagged_vlan").asLong()).orElseThrow();
            if (vlan.hasNonNull("site") && vlan.get("site").asLong() != site) {
                throw FakeRejection.field("untagged_vlan", "The untagged VLAN (" + vlan.path("name").asText()
                        + ") must belong to the same site as the interface's parent virtual machine, or it must be"
                        + " global.");
            }
        }
        save(row, old, mode(row));
    }

    private static String mode(ObjectNode row) {
        String mode = row.path("mode").isTextual() ? row.get("mode").asText() : "";
        if (!mode.isEmpty() && !MODES.contains(mode)) {
            throw FakeRejection.field("mode", "\"" + mode + "\" is not a valid choice.");
        }
        return mode;
    }

    /** {@code tagged_vlans} is a list of ids in the request schema: each must name a VLAN. */
    private void vlansExist(ObjectNode row) {
        List<Long> missing = new ArrayList<>();
        row.path("tagged_vlans").forEach(id -> {
            if (!id.canConvertToLong() || store.row("ipam.vlan", id.asLong()).isEmpty()) {
                missing.add(id.asLong());
            }
        });
        if (!missing.isEmpty()) {
            throw FakeRejection.field("tagged_vlans", "Invalid pk \"" + missing.getFirst() + "\" - object does not"
                    + " exist.");
        }
    }

    /** What {@code BaseInterface.save} drops: the untagged VLAN without a mode, tagged VLANs unless tagged. */
    private static void save(ObjectNode row, ObjectNode old, String mode) {
        if (mode.isEmpty()) {
            row.putNull("untagged_vlan");
        }
        if (old != null && !mode.equals("tagged")) {
            row.putArray("tagged_vlans");
        }
    }
}

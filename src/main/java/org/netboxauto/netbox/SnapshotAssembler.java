package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.NetBoxHost;
import org.netboxauto.core.compare.NetBoxInterface;
import org.netboxauto.core.compare.NetBoxKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Joins devices and VMs with their interfaces, MACs, IPs and cable peers, validating values at the edge. */
final class SnapshotAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotAssembler.class);
    private static final String DCIM_INTERFACE = "dcim.interface";
    private static final String VM_INTERFACE = "virtualization.vminterface";

    private SnapshotAssembler() {
    }

    /** Interface under construction. */
    private record Itf(long id, String name, List<MacAddress> macs, List<String> ips, PortLocation[] peer) {
        Itf(long id, String name) {
            this(id, name, new ArrayList<>(1), new ArrayList<>(1), new PortLocation[1]);
        }

        NetBoxInterface build() {
            return new NetBoxInterface(id, name, macs, ips, Optional.ofNullable(peer[0]));
        }
    }

    static List<NetBoxHost> hosts(Map<String, List<JsonNode>> rows, NetBoxVersion version) {
        Map<String, Map<Long, Itf>> itfs = Map.of(DCIM_INTERFACE, new HashMap<>(), VM_INTERFACE, new HashMap<>());
        Map<Long, List<Itf>> byDevice = new HashMap<>();
        Map<Long, List<Itf>> byVm = new HashMap<>();
        for (JsonNode i : rows.get("interfaces")) {
            Itf itf = new Itf(i.get("id").asLong(), i.path("name").asText());
            itfs.get(DCIM_INTERFACE).put(itf.id(), itf);
            byDevice.computeIfAbsent(i.path("device").path("id").asLong(), k -> new ArrayList<>()).add(itf);
            if (!version.hasMacObjects()) {
                mac(i.path("mac_address").asText(null), "interface " + itf.id()).ifPresent(itf.macs()::add);
            }
        }
        for (JsonNode i : rows.get("vm-interfaces")) {
            Itf itf = new Itf(i.get("id").asLong(), i.path("name").asText());
            itfs.get(VM_INTERFACE).put(itf.id(), itf);
            byVm.computeIfAbsent(i.path("virtual_machine").path("id").asLong(), k -> new ArrayList<>()).add(itf);
            if (!version.hasMacObjects()) {
                mac(i.path("mac_address").asText(null), "VM interface " + itf.id()).ifPresent(itf.macs()::add);
            }
        }
        for (JsonNode m : rows.getOrDefault("mac-addresses", List.of())) {
            Itf itf = assigned(itfs, m);
            if (itf != null) {
                mac(m.path("mac_address").asText(null), "MAC object " + m.path("id").asLong())
                        .filter(mac -> !itf.macs().contains(mac)).ifPresent(itf.macs()::add);
            }
        }
        for (JsonNode ip : rows.get("ip-addresses")) {
            Itf itf = assigned(itfs, ip);
            if (itf != null && ip.hasNonNull("address")) {
                itf.ips().add(ip.get("address").asText());
            }
        }
        for (JsonNode cable : rows.get("cables")) {
            link(itfs.get(DCIM_INTERFACE), cable.path("a_terminations"), cable.path("b_terminations"));
            link(itfs.get(DCIM_INTERFACE), cable.path("b_terminations"), cable.path("a_terminations"));
        }
        List<NetBoxHost> hosts = new ArrayList<>();
        for (JsonNode d : rows.get("devices")) {
            hosts.add(host(NetBoxKind.DEVICE, d, byDevice.getOrDefault(d.get("id").asLong(), List.of())));
        }
        for (JsonNode v : rows.get("virtual-machines")) {
            hosts.add(host(NetBoxKind.VIRTUAL_MACHINE, v, byVm.getOrDefault(v.get("id").asLong(), List.of())));
        }
        return hosts;
    }

    private static Itf assigned(Map<String, Map<Long, Itf>> itfs, JsonNode row) {
        Map<Long, Itf> table = itfs.get(row.path("assigned_object_type").asText(""));
        return table == null ? null : table.get(row.path("assigned_object_id").asLong());
    }

    private static void link(Map<Long, Itf> itfs, JsonNode near, JsonNode far) {
        if (far.size() != 1) {
            return;
        }
        JsonNode peer = far.get(0);
        if (!DCIM_INTERFACE.equals(peer.path("object_type").asText())) {
            return;
        }
        PortLocation port = new PortLocation(peer.path("object").path("device").path("name").asText(""),
                peer.path("object").path("name").asText(""), Optional.empty());
        for (JsonNode t : near) {
            if (DCIM_INTERFACE.equals(t.path("object_type").asText())) {
                Itf itf = itfs.get(t.path("object_id").asLong());
                if (itf != null) {
                    itf.peer()[0] = port;
                }
            }
        }
    }

    private static NetBoxHost host(NetBoxKind kind, JsonNode row, List<Itf> itfs) {
        String web = row.hasNonNull("display_url") ? row.get("display_url").asText()
                : row.path("url").asText().replace("/api/", "/");
        JsonNode site = row.path("site");
        return new NetBoxHost(kind, row.get("id").asLong(),
                Optional.ofNullable(row.path("name").asText(null)).filter(n -> !n.isEmpty()),
                row.path("status").path("value").asText("active"),
                site.isObject() ? Optional.of(site.path("slug").asText(site.path("name").asText())) : Optional.empty(),
                itfs.stream().map(Itf::build).toList(),
                Optional.ofNullable(row.path("primary_ip").path("address").asText(null)), web);
    }

    private static Optional<MacAddress> mac(String text, String where) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<MacAddress> mac = MacAddress.parse(text);
        if (mac.isEmpty()) {
            LOG.info("NetBox {}: {} is not a host's MAC; left out of matching", where, text);
        }
        return mac;
    }
}

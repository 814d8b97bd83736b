package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.topology.SwitchLink;
import org.netboxauto.core.topology.SwitchPort;
import org.netboxauto.core.topology.SwitchReport;

/** A {@link SwitchReport} as stored: one JSON object. */
final class SwitchReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SwitchReportJson() {
    }

    static String of(SwitchReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("switch", r.switchName());
        o.put("config-key", r.configKey());
        r.netboxDevice().ifPresent(d -> o.put("netbox-device", d));
        r.sysName().ifPresent(n -> o.put("sys-name", n));
        strings(o.putArray("serials"), r.serials());
        strings(o.putArray("management-ips"), r.managementIps());
        strings(o.putArray("chassis-ids"), r.chassisIds());
        ArrayNode links = o.putArray("links");
        for (SwitchLink l : r.links()) {
            ObjectNode n = links.addObject();
            n.put("local-port", l.localPort());
            n.put("protocol", l.protocol());
            strings(n.putArray("remote-ids"), l.remoteIds());
            l.remotePort().ifPresent(p -> n.put("remote-port", p));
            l.remotePortDescription().ifPresent(p -> n.put("remote-port-description", p));
            l.remoteManagementIp().ifPresent(p -> n.put("remote-management-ip", p));
            n.put("forwards", l.forwards());
        }
        ObjectNode lags = o.putObject("lag-of");
        r.lagOf().forEach(lags::put);
        ArrayNode ports = o.putArray("ports");
        r.ports().forEach(p -> ports.addObject().put("name", p.name()).put("up", p.up()));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a switch report could not be written as JSON", e);
        }
    }

    static SwitchReport parse(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored switch report is not JSON", e);
        }
        List<SwitchLink> links = new ArrayList<>();
        for (JsonNode n : o.path("links")) {
            links.add(new SwitchLink(n.path("local-port").asText(), n.path("protocol").asText(),
                    new LinkedHashSet<>(strings(n.path("remote-ids"))), text(n, "remote-port"),
                    text(n, "remote-port-description"), text(n, "remote-management-ip"),
                    n.path("forwards").asBoolean(false)));
        }
        Map<String, String> lagOf = new LinkedHashMap<>();
        o.path("lag-of").properties().forEach(e -> lagOf.put(e.getKey(), e.getValue().asText()));
        Set<String> chassis = new LinkedHashSet<>(strings(o.path("chassis-ids")));
        // reports stored before ports were read have none: the Topology tab then shows only ports in use
        List<SwitchPort> ports = new ArrayList<>();
        o.path("ports").forEach(p -> ports.add(new SwitchPort(p.path("name").asText(), p.path("up").asBoolean())));
        return new SwitchReport(o.path("switch").asText(), o.path("config-key").asText(), text(o, "netbox-device"),
                text(o, "sys-name"), strings(o.path("serials")), strings(o.path("management-ips")), chassis, links,
                lagOf, ports);
    }

    private static void strings(ArrayNode into, Iterable<String> values) {
        values.forEach(into::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Optional<String> text(JsonNode o, String field) {
        return o.hasNonNull(field) ? Optional.of(o.get(field).asText()) : Optional.empty();
    }
}

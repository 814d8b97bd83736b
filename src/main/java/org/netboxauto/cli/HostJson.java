package org.netboxauto.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.TemporaryAddresses;
import org.netboxauto.core.TimeText;
import org.netboxauto.service.HostEntry;

/** Hosts as JSON: absent values are null or [], every value's source under provenance. */
final class HostJson {

    static final ObjectMapper JSON = CliJson.mapper();

    private HostJson() {
    }

    static ArrayNode array(List<HostEntry> entries) {
        ArrayNode array = JSON.createArrayNode();
        entries.forEach(e -> array.add(object(e)));
        return array;
    }

    static ObjectNode object(HostEntry entry) {
        Host h = entry.host();
        ObjectNode o = JSON.createObjectNode();
        o.put("mac", h.mac().toString());
        strings(o.putArray("macs"), h.macs().stream().map(MacAddress::toString).toList());
        strings(o.putArray("ips"), h.ipValues());
        Set<String> temporary = TemporaryAddresses.of(h);
        strings(o.putArray("temporaryIps"), h.ipValues().stream().filter(temporary::contains).toList());
        o.put("hostname", h.hostnameValue().orElse(null));
        o.put("vendor", h.vendor().map(Sourced::value).orElse(null));
        strings(o.putArray("sources"), h.sources());
        o.put("state", entry.state().name().toLowerCase(Locale.ROOT));
        o.put("kind", entry.kind().orElse(null));
        o.put("rule", entry.review().rule().orElse(null));
        o.put("switch", h.port().map(p -> p.value().switchName()).orElse(null));
        o.put("port", h.port().map(p -> p.value().port()).orElse(null));
        if (h.port().flatMap(p -> p.value().vlan()).isPresent()) {
            o.put("vlan", h.port().get().value().vlan().get());
        } else {
            o.putNull("vlan");
        }
        o.put("firstSeen", TimeText.iso(h.firstSeen()));
        o.put("lastSeen", TimeText.iso(h.lastSeen()));
        strings(o.putArray("flags"), h.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .sorted().toList());
        ObjectNode provenance = o.putObject("provenance");
        h.hostname().ifPresentOrElse(n -> provenance.set("hostname", sourced(n)), () -> provenance.putNull("hostname"));
        ArrayNode ips = provenance.putArray("ips");
        h.ips().forEach(ip -> ips.add(sourced(ip).put("ip", ip.value())
                .put("temporary", temporary.contains(ip.value()))));
        h.port().ifPresentOrElse(p -> provenance.set("port", sourced(p)), () -> provenance.putNull("port"));
        ObjectNode evidence = o.putObject("evidence");
        h.evidence().forEach((source, fields) -> {
            ObjectNode f = evidence.putObject(source);
            fields.forEach(f::put);
        });
        return o;
    }

    private static ObjectNode sourced(Sourced<?> s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", s.source());
        n.put("seenAt", TimeText.iso(s.seenAt()));
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.CollectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one guest's config and, when it runs, its addresses, and makes one observation per NIC. */
final class GuestReader {

    private static final Logger LOG = LoggerFactory.getLogger(GuestReader.class);

    private final String sourceId;
    private final ProxmoxHttp http;
    private final ProxmoxFailures failures;
    private final boolean guestAgent;
    private final Instant now;
    private final AtomicBoolean agentRefusalLogged = new AtomicBoolean();

    GuestReader(String sourceId, ProxmoxHttp http, ProxmoxFailures failures, boolean guestAgent, Instant now) {
        this.sourceId = sourceId;
        this.http = http;
        this.failures = failures;
        this.guestAgent = guestAgent;
        this.now = now;
    }

    List<Observation> read(GuestRef guest) throws CollectorException {
        JsonNode config;
        try {
            config = http.get(guest.path() + "/config");
        } catch (ProxmoxReplyException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw failures.reply(e);
            }
            LOG.warn("{}: skipped {}: its config could not be read ({} {})", sourceId, guest, e.status(), e.text());
            return List.of();
        }
        if (!config.isObject()) {
            throw failures.notProxmox("GET " + guest.path() + "/config", config.toString());
        }
        List<NetConfig> nics = nics(guest, config);
        if (nics.isEmpty()) {
            return List.of();
        }
        Map<MacAddress, List<String>> addresses = guest.running() && guestAgent ? addresses(guest, config) : Map.of();
        Optional<String> name = HostNames.clean(Json.text(config, guest.table().equals("lxc") ? "hostname" : "name")
                .or(guest::name).orElse(null));
        List<Observation> out = new ArrayList<>(nics.size());
        for (NetConfig nic : nics) {
            MacAddress mac = nic.mac().orElseThrow();
            List<String> ips = addresses.getOrDefault(mac, staticIps(guest, config, nic));
            out.add(new Observation(sourceId, now, mac, ips, name, Optional.of("vm:" + guest.vmid()),
                    evidence(guest, nic)));
        }
        return out;
    }

    private List<NetConfig> nics(GuestRef guest, JsonNode config) {
        List<NetConfig> nics = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        config.fieldNames().forEachRemaining(k -> {
            if (NetConfigParser.isNetKey(k)) {
                keys.add(k);
            }
        });
        keys.sort(Comparator.comparingInt(k -> Integer.parseInt(k.substring(3))));
        for (String key : keys) {
            try {
                NetConfig nic = guest.table().equals("lxc") ? NetConfigParser.lxc(key, config.path(key).asText())
                        : NetConfigParser.qemu(key, config.path(key).asText());
                if (nic.mac().isPresent()) {
                    nics.add(nic);
                } else {
                    LOG.info("{}: skipped {} {}: no MAC in its config, Proxmox makes up a new one on every read",
                            sourceId, guest, key);
                }
            } catch (NetConfigException e) {
                LOG.warn("{}: skipped a NIC of {}: {}", sourceId, guest, e.getMessage());
            }
        }
        return nics;
    }

    /** What the config says when the guest does not tell: LXC {@code ip=}, QEMU cloud-init {@code ipconfig[n]}. */
    private List<String> staticIps(GuestRef guest, JsonNode config, NetConfig nic) {
        String cloudInit = "ipconfig" + nic.slot().substring(3);
        if (!guest.table().equals("qemu") || !config.path(cloudInit).isTextual()) {
            return nic.staticIps();
        }
        try {
            return NetConfigParser.cloudInit(cloudInit, config.path(cloudInit).asText());
        } catch (NetConfigException e) {
            LOG.warn("{}: ignored the cloud-init addresses of {}: {}", sourceId, guest, e.getMessage());
            return List.of();
        }
    }

    /** Addresses by MAC; any failure of the agent or the node means none for this guest, never for the source. */
    private Map<MacAddress, List<String>> addresses(GuestRef guest, JsonNode config) throws CollectorException {
        boolean qemu = guest.table().equals("qemu");
        if (qemu && !agentEnabled(Json.text(config, "agent").orElse("0"))) {
            return Map.of();
        }
        String path = guest.path() + (qemu ? "/agent/network-get-interfaces" : "/interfaces");
        try {
            JsonNode data = http.get(path);
            return qemu ? GuestAddresses.fromAgent(data) : GuestAddresses.fromLxc(data);
        } catch (ProxmoxReplyException e) {
            if (e.status() == 401) {
                throw failures.reply(e);
            }
            if (e.status() == 403) {
                if (agentRefusalLogged.compareAndSet(false, true)) {
                    LOG.warn("{}: no guest addresses: {}", sourceId, failures.reply(e).getMessage());
                }
                return Map.of();
            }
            LOG.info("{}: no addresses for {} ({}): {} {}", sourceId, guest, qemu ? "guest agent" : "interfaces",
                    e.status(), e.text());
        } catch (CollectorException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            LOG.warn("{}: no addresses for {}: {}", sourceId, guest, e.getMessage());
        }
        return Map.of();
    }

    /** The {@code agent} property string: {@code 1}, {@code enabled=1}, {@code 0,fstrim_cloned_disks=1}… */
    static boolean agentEnabled(String option) {
        for (String item : option.split(",")) {
            String value = item.startsWith("enabled=") ? item.substring(8) : item.contains("=") ? null : item;
            if (value != null) {
                return value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on")
                        || value.equalsIgnoreCase("yes");
            }
        }
        return false;
    }

    private static Map<String, String> evidence(GuestRef guest, NetConfig nic) {
        Map<String, String> e = new HashMap<>();
        e.put(Evidence.NODE, guest.node());
        e.put(Evidence.VMID, Integer.toString(guest.vmid()));
        e.put(Evidence.TABLE, guest.table());
        e.put(Evidence.STATUS, guest.status());
        e.put(Evidence.NIC, nic.slot());
        nic.vlan().ifPresent(v -> nic.mac().ifPresent(m -> e.put(Evidence.NIC_VLAN, m + "=" + v)));
        guest.tags().map(t -> String.join(";", t.split("[,;\\s]+"))).filter(t -> !t.isEmpty())
                .ifPresent(t -> e.put(Evidence.TAGS, t));
        guest.pool().ifPresent(p -> e.put(Evidence.POOL, p));
        return e;
    }
}

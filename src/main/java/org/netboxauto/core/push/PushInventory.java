package org.netboxauto.core.push;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;

/**
 * What the planner needs to know of NetBox, read in one go: named objects by type, the devices and
 * VMs in scope with their interfaces, every IP and MAC object (IPs are unique across NetBox, so all
 * are needed to avoid a duplicate), switch ports for cables, and prefixes for prefix lengths.
 *
 * @param macObjects     MACs are objects of their own (NetBox 4.2+), not an interface field
 * @param named          sites, roles, device types, platforms, clusters, tags… by type
 * @param lastSeenFields type of the {@code last_seen} custom field ({@code date}, {@code datetime}, {@code text})
 *                       for the types that have one
 * @param templates      interface names NetBox creates with a device of this device type id
 * @param vlans          every VLAN NetBox holds (VLAN groups are among {@code named})
 * @param places         locations and the sites of clusters, for site rules (VRFs are among {@code named})
 */
public record PushInventory(boolean macObjects, Map<NbType, List<Named>> named, List<Machine> machines,
                            List<Ip> ips, List<Mac> macs, List<SwitchPort> switchPorts, List<Prefix> prefixes,
                            Map<NbType, String> lastSeenFields, Map<Long, List<String>> templates, List<Vlan> vlans,
                            Places places) {

    public PushInventory(boolean macObjects, Map<NbType, List<Named>> named, List<Machine> machines,
                         List<Ip> ips, List<Mac> macs, List<SwitchPort> switchPorts, List<Prefix> prefixes,
                         Map<NbType, String> lastSeenFields, Map<Long, List<String>> templates, List<Vlan> vlans) {
        this(macObjects, named, machines, ips, macs, switchPorts, prefixes, lastSeenFields, templates, vlans,
                Places.NONE);
    }

    public PushInventory(boolean macObjects, Map<NbType, List<Named>> named, List<Machine> machines,
                         List<Ip> ips, List<Mac> macs, List<SwitchPort> switchPorts, List<Prefix> prefixes,
                         Map<NbType, String> lastSeenFields, Map<Long, List<String>> templates) {
        this(macObjects, named, machines, ips, macs, switchPorts, prefixes, lastSeenFields, templates, List.of());
    }

    public PushInventory {
        vlans = List.copyOf(vlans);
        named = Map.copyOf(named);
        machines = List.copyOf(machines);
        ips = List.copyOf(ips);
        macs = List.copyOf(macs);
        switchPorts = List.copyOf(switchPorts);
        prefixes = List.copyOf(prefixes);
        lastSeenFields = Map.copyOf(lastSeenFields);
        templates = Map.copyOf(templates);
        Objects.requireNonNull(places, "places");
    }

    /**
     * @param locations    every location, each with its site (a device's location must be of its site)
     * @param clusterSites the site each cluster is scoped to (directly or through a location), by cluster id;
     *                     NetBox refuses a VM whose site is not its cluster's
     */
    public record Places(List<Location> locations, Map<Long, Long> clusterSites) {
        public static final Places NONE = new Places(List.of(), Map.of());

        public Places {
            locations = List.copyOf(locations);
            clusterSites = Map.copyOf(clusterSites);
        }
    }

    /** A location, found by slug or name within its site. */
    public record Location(long id, String name, String slug, long siteId) {
    }

    /** A site, role, tag… known by id, name and slug. */
    public record Named(long id, String name, String slug) {
    }

    /** A device or VM in scope. */
    public record Machine(NbType type, long id, String name, Optional<Long> siteId, String status,
                          Optional<Long> primaryIp4, Optional<Long> primaryIp6, Set<String> tags,
                          Optional<String> lastSeen, List<Interface> interfaces, String webUrl) {
        public Machine {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(primaryIp6, "primaryIp6");
            tags = Set.copyOf(tags);
            interfaces = List.copyOf(interfaces);
        }

        /** One without a primary IPv6. */
        public Machine(NbType type, long id, String name, Optional<Long> siteId, String status,
                       Optional<Long> primaryIp4, Set<String> tags, Optional<String> lastSeen,
                       List<Interface> interfaces, String webUrl) {
            this(type, id, name, siteId, status, primaryIp4, Optional.empty(), tags, lastSeen, interfaces, webUrl);
        }

        public ObjectRef.Existing ref() {
            return new ObjectRef.Existing(type, id);
        }
    }

    /**
     * An interface of a device or VM.
     *
     * @param macs         MACs on it: MAC objects from 4.2, the interface's own field before (id 0)
     * @param primaryMacId its {@code primary_mac_address}
     */
    public record Interface(long id, String name, List<Mac> macs, Optional<Long> primaryMacId, Optional<Long> cableId,
                            Optional<String> cabledTo, Layer2 layer2) {
        public Interface {
            macs = List.copyOf(macs);
            Objects.requireNonNull(layer2, "layer2");
        }

        public Interface(long id, String name, List<Mac> macs, Optional<Long> primaryMacId, Optional<Long> cableId,
                         Optional<String> cabledTo) {
            this(id, name, macs, primaryMacId, cableId, cabledTo, Layer2.NONE);
        }
    }

    /**
     * An interface's 802.1Q mode and VLANs, its LAG and its type, as NetBox holds them.
     *
     * @param mode  {@code access}, {@code tagged}, {@code tagged-all}, {@code q-in-q}; empty when none
     * @param type  NetBox's interface type ({@code lag}, {@code 1000base-t}…); empty for a VM interface
     */
    public record Layer2(Optional<String> mode, Optional<Long> untaggedVlan, Set<Long> taggedVlans, Optional<Long> lag,
                         String type) {
        public static final Layer2 NONE = new Layer2(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), "");

        public Layer2 {
            taggedVlans = Set.copyOf(taggedVlans);
            Objects.requireNonNull(type, "type");
        }
    }

    /** A VLAN by its VID, in a group or global, and the site it belongs to, if any. */
    public record Vlan(long id, int vid, String name, Optional<Long> groupId, Optional<Long> siteId) {
    }

    /** A MAC address object, and what it is assigned to. */
    public record Mac(long id, MacAddress mac, Optional<ObjectRef.Existing> assigned) {
    }

    /** An IP address object with its prefix length, what it is assigned to, and its VRF (empty: global). */
    public record Ip(long id, String address, Optional<ObjectRef.Existing> assigned, Optional<String> dnsName,
                     Optional<Long> vrfId) {

        public Ip(long id, String address, Optional<ObjectRef.Existing> assigned, Optional<String> dnsName) {
            this(id, address, assigned, dnsName, Optional.empty());
        }

        public Ip(long id, String address, Optional<ObjectRef.Existing> assigned) {
            this(id, address, assigned, Optional.empty());
        }

        /** The address without its prefix length. */
        public String host() {
            int slash = address.indexOf('/');
            return slash < 0 ? address : address.substring(0, slash);
        }
    }

    /** A switch interface a cable can end on. */
    public record SwitchPort(long id, String device, String name, Optional<Long> cableId, Layer2 layer2) {
        public SwitchPort {
            Objects.requireNonNull(layer2, "layer2");
        }

        public SwitchPort(long id, String device, String name, Optional<Long> cableId) {
            this(id, device, name, cableId, Layer2.NONE);
        }
    }

    /** A NetBox prefix, e.g. {@code 10.0.0.0/24}, and its VRF (empty: global). */
    public record Prefix(String prefix, Optional<Long> vrfId) {

        public Prefix(String prefix) {
            this(prefix, Optional.empty());
        }
    }

    public List<Named> named(NbType type) {
        return named.getOrDefault(type, List.of());
    }
}

package org.netboxauto.discovery.proxmox;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PeerText;

/**
 * Parses the {@code net[n]} property strings of QEMU VMs ({@code virtio=BC:24:11:5E:2A:01,bridge=vmbr0})
 * and LXC containers ({@code name=eth0,hwaddr=BC:24:11:9A:7C:02,ip=10.0.0.5/24}).
 */
public final class NetConfigParser {

    static final Set<String> QEMU_MODELS = Set.of("e1000", "e1000-82540em", "e1000-82544gc", "e1000-82545em",
            "e1000e", "i82551", "i82557b", "i82559er", "ne2k_isa", "ne2k_pci", "pcnet", "rtl8139", "virtio", "vmxnet3");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Pattern SLOT = Pattern.compile("net([0-9]|[12][0-9]|3[01])");
    private static final int MAX_LENGTH = 4096;

    private NetConfigParser() {
    }

    public static boolean isNetKey(String key) {
        return SLOT.matcher(key).matches();
    }

    /** @throws NetConfigException naming the slot and what is wrong */
    public static NetConfig qemu(String slot, String value) {
        Map<String, String> items = new LinkedHashMap<>();
        String model = null;
        String mac = null;
        for (String item : split(slot, value)) {
            int eq = item.indexOf('=');
            String key = eq < 0 ? item : item.substring(0, eq);
            String val = eq < 0 ? null : item.substring(eq + 1);
            if (QEMU_MODELS.contains(key)) {
                model = once(slot, value, "model", model, key);
                if (val != null) {
                    mac = once(slot, value, "MAC", mac, val);
                }
            } else if (val == null) {
                throw bad(slot, value, "\"" + shown(key) + "\" is neither a NIC model nor key=value");
            } else if (key.equals("model")) {
                if (!QEMU_MODELS.contains(val)) {
                    throw bad(slot, value, "unknown NIC model \"" + shown(val) + "\"");
                }
                model = once(slot, value, "model", model, val);
            } else if (key.equals("macaddr")) {
                mac = once(slot, value, "MAC", mac, val);
            } else {
                put(slot, value, items, key, val);
            }
        }
        if (model == null) {
            throw bad(slot, value, "no NIC model (expected e.g. virtio=MAC or model=virtio)");
        }
        return new NetConfig(slot, model, mac(slot, value, mac), Optional.ofNullable(items.get("bridge")), List.of(),
                tag(slot, value, items.get("tag")));
    }

    /** @throws NetConfigException naming the slot and what is wrong */
    public static NetConfig lxc(String slot, String value) {
        Map<String, String> items = new LinkedHashMap<>();
        for (String item : split(slot, value)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw bad(slot, value, "\"" + shown(item) + "\" is not key=value");
            }
            put(slot, value, items, item.substring(0, eq), item.substring(eq + 1));
        }
        String name = items.get("name");
        if (name == null || name.isEmpty()) {
            throw bad(slot, value, "no interface name (name=eth0)");
        }
        List<String> ips = new ArrayList<>(2);
        staticIp(slot, value, items.get("ip"), ips);
        staticIp(slot, value, items.get("ip6"), ips);
        return new NetConfig(slot, name, mac(slot, value, items.get("hwaddr")), Optional.ofNullable(items.get("bridge")),
                ips, tag(slot, value, items.get("tag")));
    }

    /** {@code tag=10}: a VLAN id, 1 to 4094 as Proxmox allows. */
    private static Optional<Integer> tag(String slot, String value, String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        if (!tag.matches("[0-9]{1,4}") || Integer.parseInt(tag) < 1 || Integer.parseInt(tag) > 4094) {
            throw bad(slot, value, "VLAN tag \"" + shown(tag) + "\" is not a number from 1 to 4094");
        }
        return Optional.of(Integer.parseInt(tag));
    }

    /** The static addresses of a QEMU VM's cloud-init {@code ipconfig[n]} ({@code ip=10.0.0.5/24,gw=10.0.0.1}). */
    public static List<String> cloudInit(String slot, String value) {
        Map<String, String> items = new LinkedHashMap<>();
        for (String item : split(slot, value)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw bad(slot, value, "\"" + shown(item) + "\" is not key=value");
            }
            put(slot, value, items, item.substring(0, eq), item.substring(eq + 1));
        }
        List<String> ips = new ArrayList<>(2);
        staticIp(slot, value, items.get("ip"), ips);
        staticIp(slot, value, items.get("ip6"), ips);
        return ips;
    }

    private static List<String> split(String slot, String value) {
        if (value == null || value.isBlank()) {
            throw bad(slot, "", "empty value");
        }
        if (value.length() > MAX_LENGTH) {
            throw bad(slot, value, "longer than " + MAX_LENGTH + " characters");
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            if (item.isEmpty()) {
                throw bad(slot, value, "empty item between commas");
            }
            items.add(item);
        }
        return items;
    }

    private static void put(String slot, String value, Map<String, String> items, String key, String val) {
        if (!KEY.matcher(key).matches()) {
            throw bad(slot, value, "\"" + shown(key) + "\" is not a valid key");
        }
        if (items.putIfAbsent(key, val) != null) {
            throw bad(slot, value, "key \"" + key + "\" appears twice");
        }
    }

    private static String once(String slot, String value, String what, String old, String now) {
        if (old != null) {
            throw bad(slot, value, "more than one " + what);
        }
        return now;
    }

    private static Optional<MacAddress> mac(String slot, String value, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(MacAddress.parse(text).orElseThrow(() -> bad(slot, value,
                "\"" + shown(text) + "\" is not a unicast MAC address")));
    }

    private static void staticIp(String slot, String value, String ip, List<String> out) {
        if (ip == null || ip.equals("dhcp") || ip.equals("manual") || ip.equals("auto")) {
            return;
        }
        int slash = ip.indexOf('/');
        String address = slash < 0 ? ip : ip.substring(0, slash);
        if (slash < 0 || !ip.substring(slash + 1).matches("[0-9]{1,3}") || address.isBlank()
                || !address.strip().equals(address) || !IpLiterals.isLiteral(address)) {
            throw bad(slot, value, "\"" + shown(ip) + "\" is not ADDRESS/PREFIX, dhcp, auto or manual");
        }
        InetAddress parsed = IpLiterals.parse(address);
        int maxPrefix = parsed instanceof Inet4Address ? 32 : 128;
        if (Integer.parseInt(ip.substring(slash + 1)) > maxPrefix) {
            throw bad(slot, value, "prefix of \"" + shown(ip) + "\" is longer than " + maxPrefix + " bits");
        }
        out.add(IpLiterals.canonical(parsed));
    }

    private static NetConfigException bad(String slot, String value, String what) {
        return new NetConfigException(slot + " \"" + shown(value) + "\": " + what
                + "; expected Proxmox's net[n] syntax, fix it with qm set / pct set or in the web UI");
    }

    /** Untrusted text for a message: control characters escaped, length capped. */
    static String shown(String text) {
        return PeerText.cut(text, 80);
    }
}

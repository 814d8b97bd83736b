package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each model's {@code Meta.ordering} as NetBox applies it to a query set: devices and VMs by name
 * (collation {@code natural_sort}, ICU {@code und-u-kn-true}: digits by value) then pk, interfaces by
 * their parent's ordering then {@code naturalize_interface(name)}, IPs by PostgreSQL's inet order then
 * pk, prefixes by VRF (none first) then inet order then pk, MAC addresses by value then pk, cables by pk. A bulk update answers in this order.
 */
final class FakeOrdering {

    private static final Pattern RUNS = Pattern.compile("\\d+|\\D+");
    private static final Pattern INTERFACE = Pattern.compile("^(?<type>[^\\d.:]+)?((?<slot>\\d+)/)?"
            + "((?<subslot>\\d+)/)?((?<position>\\d+)/)?((?<subposition>\\d+)/)?(?<id>\\d+)?(:(?<channel>\\d+))?"
            + "(\\.(?<vc>\\d+))?(?<remainder>.*)$", Pattern.DOTALL);
    private static final Comparator<ObjectNode> BY_PK = Comparator.comparingLong(r -> r.get("id").asLong());

    private final FakeStore store;

    FakeOrdering(FakeStore store) {
        this.store = store;
    }

    Comparator<ObjectNode> of(FakeType type) {
        return switch (type.contentType()) {
            case "dcim.device", "virtualization.virtualmachine" -> byName();
            case "dcim.interface" -> byParent("dcim.device", "device");
            case "virtualization.vminterface" -> byParent("virtualization.virtualmachine", "virtual_machine");
            case "ipam.ipaddress" -> Comparator.<ObjectNode, String>comparing(r -> r.path("address").asText(),
                    FakeOrdering::compareInet).thenComparing(BY_PK);
            // (F('vrf').asc(nulls_first=True), 'prefix', 'pk'): the global table first, then each VRF by id
            case "ipam.prefix" -> Comparator.<ObjectNode>comparingLong(r -> r.path("vrf").asLong(-1))
                    .thenComparing(r -> r.path("prefix").asText(), FakeOrdering::compareInet).thenComparing(BY_PK);
            case "dcim.macaddress" -> Comparator.<ObjectNode, String>comparing(r -> r.path("mac_address").asText())
                    .thenComparing(BY_PK);
            case "extras.tag" -> Comparator.<ObjectNode>comparingInt(r -> r.path("weight").asInt(1000))
                    .thenComparing(r -> r.path("name").asText());
            case "dcim.cable" -> BY_PK;
            default -> Comparator.<ObjectNode, String>comparing(r -> store.display(type, r)).thenComparing(BY_PK);
        };
    }

    /** A null name sorts last, as PostgreSQL puts NULL last in ascending order. */
    private static Comparator<ObjectNode> byName() {
        return Comparator.<ObjectNode, String>comparing(r -> r.hasNonNull("name") ? r.get("name").asText() : null,
                Comparator.nullsLast(FakeOrdering::compareNatural)).thenComparing(BY_PK);
    }

    private Comparator<ObjectNode> byParent(String parentType, String field) {
        Comparator<ObjectNode> parents = byName();
        return Comparator.<ObjectNode, ObjectNode>comparing(r -> store.table(parentType).get(r.path(field).asLong()),
                        Comparator.nullsLast(parents))
                .thenComparing(r -> naturalizeInterface(r.path("name").asText()));
    }

    /**
     * ICU's numeric collation: runs of digits compare by value, the rest as the root locale orders text,
     * letters alike first (node9 before Node10), case and accents only to break a tie.
     */
    static int compareNatural(String a, String b) {
        Collator text = Collator.getInstance(Locale.ROOT);
        text.setStrength(Collator.PRIMARY);
        Matcher ma = RUNS.matcher(a);
        Matcher mb = RUNS.matcher(b);
        while (true) {
            boolean ha = ma.find();
            boolean hb = mb.find();
            if (!ha || !hb) {
                return ha ? 1 : hb ? -1 : Collator.getInstance(Locale.ROOT).compare(a, b);
            }
            String ra = ma.group();
            String rb = mb.group();
            boolean da = Character.isDigit(ra.charAt(0));
            boolean db = Character.isDigit(rb.charAt(0));
            int c = da && db ? new BigInteger(ra).compareTo(new BigInteger(rb))
                    : da != db ? (da ? -1 : 1) : text.compare(ra, rb);
            if (c != 0) {
                return c;
            }
        }
    }

    /** NetBox's {@code utilities.ordering.naturalize_interface}, compared bytewise (CollateAsChar). */
    static String naturalizeInterface(String name) {
        Matcher m = INTERFACE.matcher(name);
        if (!m.matches()) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {"slot", "subslot", "position", "subposition"}) {
            out.append(m.group(part) == null ? "9999" : pad(m.group(part), 4));
        }
        if (m.group("type") != null) {
            out.append(m.group("type"));
        }
        for (String part : new String[] {"id", "channel", "vc"}) {
            out.append(m.group(part) == null ? "......" : pad(m.group(part), 6));
        }
        if (out.length() < 100) {
            out.append(naturalize(m.group("remainder")));
        }
        return out.length() > 100 ? out.substring(0, 100) : out.toString();
    }

    private static String naturalize(String value) {
        StringBuilder out = new StringBuilder();
        Matcher m = RUNS.matcher(value);
        while (m.find()) {
            out.append(Character.isDigit(m.group().charAt(0)) ? pad(m.group(), 8) : m.group());
        }
        return out.toString();
    }

    private static String pad(String digits, int places) {
        return digits.length() >= places ? digits : "0".repeat(places - digits.length()) + digits;
    }

    /**
     * PostgreSQL's inet order: family, then the network bits both share, then the shorter mask, then
     * the whole address.
     */
    static int compareInet(String a, String b) {
        byte[] x = bytes(a);
        byte[] y = bytes(b);
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        int mx = mask(a, x.length);
        int my = mask(b, y.length);
        int c = compareBits(x, y, Math.min(mx, my));
        if (c != 0) {
            return c;
        }
        return mx != my ? Integer.compare(mx, my) : compareBits(x, y, x.length * 8);
    }

    private static int compareBits(byte[] x, byte[] y, int bits) {
        for (int i = 0; i < bits; i++) {
            int bx = (x[i / 8] >> (7 - i % 8)) & 1;
            int by = (y[i / 8] >> (7 - i % 8)) & 1;
            if (bx != by) {
                return Integer.compare(bx, by);
            }
        }
        return 0;
    }

    private static byte[] bytes(String address) {
        String host = address.contains("/") ? address.substring(0, address.indexOf('/')) : address;
        try {
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    private static int mask(String address, int length) {
        return address.contains("/") ? Integer.parseInt(address.substring(address.indexOf('/') + 1)) : length * 8;
    }
}

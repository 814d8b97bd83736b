package org.netboxauto.discovery.dnsmasq;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PeerText;
import org.netboxauto.discovery.DuidMacs;

/**
 * Parses a dnsmasq (or Pi-hole) lease file strictly, as dnsmasq's lease.c writes it: one lease a line,
 * {@code EXPIRY MAC IPv4 NAME CLIENT-ID}; then, when there are IPv6 leases, a {@code duid SERVER-DUID} line and
 * {@code EXPIRY [T]IAID IPv6 NAME DUID} lines. {@code *} is "none". A MAC of another hardware type carries its
 * type as {@code HH-}. Anything else, or a last line without its newline (a file cut off or caught mid-write), is
 * an error naming the line, so a broken file never passes for a short one.
 */
final class DnsmasqLeaseParser {

    /** The file does not have the lease file's form; the message names the line and what is wrong. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,12}");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){0,127}");
    private static final Pattern HW =
            Pattern.compile("(?:([0-9A-Fa-f]{2})-)?([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){0,19})?");
    private static final Pattern IAID = Pattern.compile("T?[0-9]{1,10}");

    private DnsmasqLeaseParser() {
    }

    static List<DnsmasqLease> parse(byte[] content) throws Malformed {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("is not text (bytes that are not UTF-8)");
        }
        List<DnsmasqLease> leases = new ArrayList<>();
        if (text.isEmpty()) {
            return leases;
        }
        if (!text.endsWith("\n")) {
            int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
            throw new Malformed("line " + lines + " ends without a newline: the file was cut off or is being"
                    + " written; read it again");
        }
        String[] lines = text.split("\n", -1);
        boolean v6 = false;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            String[] f = line.split(" ", -1);
            if (f.length == 2 && f[0].equals("duid")) {
                if (v6 || !HEX.matcher(f[1]).matches()) {
                    throw bad(i, line, v6 ? "a second duid line" : "a duid line without a DUID in hex");
                }
                v6 = true;
                continue;
            }
            if (f.length != 5) {
                throw bad(i, line, "expected 5 fields separated by single spaces, found " + f.length);
            }
            leases.add(v6 ? v6Lease(i, line, f) : v4Lease(i, line, f));
        }
        return leases;
    }

    private static DnsmasqLease v4Lease(int i, String line, String[] f) throws Malformed {
        long expiry = expiry(i, line, f[0]);
        var hw = HW.matcher(f[1]);
        if (f[1].isEmpty() || !hw.matches()) {
            throw bad(i, line, "the hardware address is not hex bytes separated by ':'");
        }
        Optional<MacAddress> mac = hw.group(1) == null && hw.group(2) != null && hw.group(2).length() == 17
                ? MacAddress.parse(hw.group(2)) : Optional.empty();
        InetAddress ip = address(i, line, f[2]);
        if (!(ip instanceof Inet4Address)) {
            throw bad(i, line, "an IPv6 address before the duid line");
        }
        return new DnsmasqLease(expiry, mac, IpLiterals.canonical(ip), name(i, line, f[3]), clientId(i, line, f[4]),
                false, false);
    }

    private static DnsmasqLease v6Lease(int i, String line, String[] f) throws Malformed {
        long expiry = expiry(i, line, f[0]);
        if (!IAID.matcher(f[1]).matches() || Long.parseLong(f[1].replace("T", "")) > 0xFFFFFFFFL) {
            throw bad(i, line, "the IAID is not a number");
        }
        InetAddress ip = address(i, line, f[2]);
        if (ip instanceof Inet4Address) {
            throw bad(i, line, "an IPv4 address after the duid line");
        }
        Optional<String> duid = clientId(i, line, f[4]);
        return new DnsmasqLease(expiry, duid.flatMap(DuidMacs::mac), IpLiterals.canonical(ip), name(i, line, f[3]),
                duid, true, f[1].startsWith("T"));
    }

    private static long expiry(int i, String line, String field) throws Malformed {
        if (!NUMBER.matcher(field).matches()) {
            throw bad(i, line, "the expiry time is not a number");
        }
        return Long.parseLong(field);
    }

    private static InetAddress address(int i, String line, String field) throws Malformed {
        if (!IpLiterals.isLiteral(field)) {
            throw bad(i, line, "\"" + PeerText.cut(field, 60) + "\" is not an IP address");
        }
        return IpLiterals.parse(field);
    }

    private static Optional<String> name(int i, String line, String field) throws Malformed {
        if (field.isEmpty()) {
            throw bad(i, line, "an empty name (dnsmasq writes * for none)");
        }
        return HostNames.clean(field).filter(n -> !n.equals("*"));
    }

    private static Optional<String> clientId(int i, String line, String field) throws Malformed {
        if (field.equals("*")) {
            return Optional.empty();
        }
        if (!HEX.matcher(field).matches()) {
            throw bad(i, line, "the client id is not hex bytes separated by ':' or *");
        }
        return Optional.of(field.toLowerCase(java.util.Locale.ROOT));
    }

    private static Malformed bad(int index, String line, String why) {
        return new Malformed("line " + (index + 1) + " (\"" + PeerText.cut(line, 100) + "\"): " + why);
    }
}

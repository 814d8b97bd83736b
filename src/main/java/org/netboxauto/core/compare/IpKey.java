package org.netboxauto.core.compare;

import java.util.Optional;
import org.netboxauto.core.IpLiterals;

/** An IP as matching compares it: the host part only, one canonical spelling, mask dropped. */
public final class IpKey {

    private IpKey() {
    }

    /** {@code 10.0.0.5/24} and {@code 10.0.0.5} give the same key; empty for something that is no IP. */
    public static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int slash = address.indexOf('/');
        String host = slash < 0 ? address : address.substring(0, slash);
        Optional<String> v4 = dottedQuad(host);
        if (v4.isPresent() || host.indexOf(':') < 0) {
            return v4;
        }
        try {
            return Optional.of(IpLiterals.canonical(IpLiterals.parse(host)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** IPv4 without InetAddress: most addresses are v4, and this runs for every IP on both sides. */
    private static Optional<String> dottedQuad(String s) {
        int[] octets = new int[4];
        int part = 0;
        int digits = 0;
        boolean canonical = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (digits == 0 || ++part > 3) {
                    return Optional.empty();
                }
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                canonical &= digits == 0 || octets[part] != 0;
                octets[part] = octets[part] * 10 + (c - '0');
                digits++;
                if (octets[part] > 255) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        if (part != 3 || digits == 0) {
            return Optional.empty();
        }
        // no octet with a leading zero: the text is already its own key
        return Optional.of(canonical ? s : octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3]);
    }
}

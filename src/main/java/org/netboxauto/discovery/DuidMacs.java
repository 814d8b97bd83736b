package org.netboxauto.discovery;

import java.util.HexFormat;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * The Ethernet MAC inside a DHCPv6 DUID (RFC 8415): DUID-LLT (type 1) and DUID-LL (type 3) with hardware type 1
 * end with it; DUID-EN and DUID-UUID carry none.
 */
public final class DuidMacs {

    private DuidMacs() {
    }

    /** @param duid colon-separated hex, as Kea and dnsmasq write it */
    public static Optional<MacAddress> mac(String duid) {
        if (duid == null || duid.length() > 3 * 130 || !duid.matches("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*")) {
            return Optional.empty();
        }
        byte[] b = HexFormat.ofDelimiter(":").parseHex(duid);
        int type = b.length >= 2 ? (b[0] & 0xFF) << 8 | (b[1] & 0xFF) : -1;
        int hardware = b.length >= 4 ? (b[2] & 0xFF) << 8 | (b[3] & 0xFF) : -1;
        int offset = type == 1 ? 8 : type == 3 ? 4 : -1;
        if (offset < 0 || hardware != 1 || b.length != offset + 6) {
            return Optional.empty();
        }
        return MacAddress.parse(HexFormat.ofDelimiter(":").formatHex(b, offset, offset + 6));
    }
}

package org.netboxauto.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** IEEE MAC prefix assignments (MA-L 24 bits, MA-M 28, MA-S 36); the longest matching prefix wins. */
public final class OuiTable implements VendorLookup {

    private static final int[] PREFIX_BITS = {36, 28, 24};

    private final Map<Long, String> byPrefix = new HashMap<>();

    /**
     * Adds an assignment.
     *
     * @param hexPrefix 6, 7 or 9 hex digits, as the IEEE registries list them
     * @throws IllegalArgumentException when the prefix is not 6, 7 or 9 hex digits
     */
    public void add(String hexPrefix, String organization) {
        int bits = hexPrefix.length() * 4;
        if (bits != 24 && bits != 28 && bits != 36 || !hexPrefix.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("\"" + hexPrefix + "\" is not a MAC prefix of 6, 7 or 9 hex digits");
        }
        byPrefix.put(key(Long.parseLong(hexPrefix, 16), bits), organization);
    }

    public int size() {
        return byPrefix.size();
    }

    @Override
    public Optional<String> vendorOf(MacAddress mac) {
        if (mac.isLocallyAdministered()) {
            return Optional.empty();
        }
        for (int bits : PREFIX_BITS) {
            String name = byPrefix.get(key(mac.bits() >>> (48 - bits), bits));
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static long key(long prefix, int bits) {
        return prefix << 8 | bits;
    }
}

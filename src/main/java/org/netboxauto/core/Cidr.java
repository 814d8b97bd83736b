package org.netboxauto.core;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/** An IPv4 or IPv6 network in CIDR notation, parsed without any name lookup. */
public record Cidr(InetAddress network, int prefixLength) {

    public Cidr {
        Objects.requireNonNull(network, "network");
        if (prefixLength < 0 || prefixLength > bits(network)) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " out of range");
        }
    }

    /**
     * Parses {@code 10.0.0.0/24}, {@code fd00::/64}, or a bare address (a host route).
     *
     * @throws IllegalArgumentException naming what is wrong, including host bits set
     */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        InetAddress address = IpLiterals.parse(slash < 0 ? trimmed : trimmed.substring(0, slash));
        int length = bits(address);
        if (slash >= 0) {
            String suffix = trimmed.substring(slash + 1);
            if (!suffix.matches("\\d{1,3}")) {
                throw new IllegalArgumentException("\"" + suffix + "\" is not a prefix length");
            }
            length = Integer.parseInt(suffix);
            if (length > bits(address)) {
                throw new IllegalArgumentException("prefix length /" + length + " is longer than /" + bits(address));
            }
        }
        Cidr cidr = new Cidr(address, length);
        if (!cidr.networkAddress().equals(address)) {
            throw new IllegalArgumentException("host bits are set; did you mean " + cidr.normalized() + "?");
        }
        return cidr;
    }

    public boolean isIpv4() {
        return network instanceof Inet4Address;
    }

    /** Number of addresses covered, 2^(bits - prefix). */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits(network) - prefixLength);
    }

    public boolean contains(InetAddress address) {
        if (bits(address) != bits(network)) {
            return false;
        }
        return masked(address.getAddress(), prefixLength).equals(networkAddress());
    }

    /**
     * Whether an address written as text ({@code 10.0.0.5}, or NetBox's {@code 10.0.0.5/24}) lies in
     * this network; false for text that is not an address.
     */
    public boolean containsAddress(String text) {
        int slash = text.indexOf('/');
        try {
            return contains(IpLiterals.parse(slash < 0 ? text : text.substring(0, slash)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The network with host bits cleared. */
    public Cidr normalized() {
        return new Cidr(networkAddress(), prefixLength);
    }

    private InetAddress networkAddress() {
        return masked(network.getAddress(), prefixLength);
    }

    private static InetAddress masked(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xFF << (8 - keep)));
        }
        return IpLiterals.fromBytes(out);
    }

    private static int bits(InetAddress address) {
        return address.getAddress().length * 8;
    }

    @Override
    public String toString() {
        return IpLiterals.canonical(network) + "/" + prefixLength;
    }
}

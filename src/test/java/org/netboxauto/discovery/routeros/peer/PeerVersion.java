package org.netboxauto.discovery.routeros.peer;

/** RouterOS versions whose API behaves differently (ROUTEROS.md §3.3, §2.3). */
public enum PeerVersion {
    /** MD5 challenge login only; {@code DHCP} key upper-case in ARP; empty {@code =comment=} on leases. */
    V6_42,
    /** Both logins accepted. */
    V6_43,
    /** Plaintext login only; a print with no rows ends with a bare {@code !done}. */
    V7_17,
    /** Plaintext login only; {@code !empty} before {@code !done} on a print with no rows. */
    V7_18;

    boolean acceptsChallengeLogin() {
        return this == V6_42 || this == V6_43;
    }

    boolean acceptsPlaintextLogin() {
        return this != V6_42;
    }

    boolean sendsEmpty() {
        return this == V7_18;
    }

    boolean isV6() {
        return this == V6_42 || this == V6_43;
    }
}

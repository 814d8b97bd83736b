package org.netboxauto.discovery.scan;

/**
 * What a sweep probes, by index. Each target has an int key that the prober sends to and answers
 * with: the address itself for IPv4, the index into a list of addresses for IPv6.
 */
interface Targets {

    int size();

    /** The key of the target at {@code index}, 0 ≤ index < size. */
    int ipAt(int index);

    /** The index of the target with {@code key}, or -1 when it is not a target. */
    int indexOf(int key);

    /** The target with {@code key} as text, for the log. */
    String text(int key);
}

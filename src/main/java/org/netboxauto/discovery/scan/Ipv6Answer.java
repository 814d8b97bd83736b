package org.netboxauto.discovery.scan;

/** An IPv6 address that answered: how, from which MAC (-1 when unseen), after how long. */
record Ipv6Answer(byte[] ip, long mac, String method, double rttMillis) {
}

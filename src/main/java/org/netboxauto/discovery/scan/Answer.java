package org.netboxauto.discovery.scan;

/** An address that answered: how, from which MAC (-1 when unseen), after how long. */
record Answer(int ip, long mac, String method, double rttMillis) {
}

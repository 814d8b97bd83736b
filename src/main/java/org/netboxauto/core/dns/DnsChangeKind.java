package org.netboxauto.core.dns;

/** What a change does to one record. */
public enum DnsChangeKind { ADD, CHANGE, REMOVE }

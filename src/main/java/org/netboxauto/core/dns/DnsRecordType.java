package org.netboxauto.core.dns;

/** The record types netbox-auto writes. */
public enum DnsRecordType { A, AAAA, PTR }

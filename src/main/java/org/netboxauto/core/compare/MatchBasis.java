package org.netboxauto.core.compare;

/** What tied a discovered host to a NetBox object, strongest first. */
public enum MatchBasis {
    MAC, IP, NAME
}

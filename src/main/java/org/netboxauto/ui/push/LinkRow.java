package org.netboxauto.ui.push;

/** A NetBox object the push made, changed or found, and its web page. */
public record LinkRow(String label, String url) {
}

package org.netboxauto.ui.review;

/** A grid column as the admin left it: where, whether shown, and how wide. */
record ColumnLayout(String id, boolean visible, double width) {
}

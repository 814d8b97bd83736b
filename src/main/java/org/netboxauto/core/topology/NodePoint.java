package org.netboxauto.core.topology;

/** Where a node is drawn, in layout units (the view scales them). */
public record NodePoint(double x, double y) {
}

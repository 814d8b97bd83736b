package org.netboxauto.ui.topology;

import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.PortUse;

/**
 * The map's colours as web colour text, for the canvas, the SVG and the legend alike; the canvas cannot take
 * them from the stylesheet. Port colours differ in lightness too, so they read apart without colour vision.
 */
public record TopologyPalette(String background, String edge, String label, String halo, String selection,
                              boolean dark) {

    public static final TopologyPalette LIGHT = new TopologyPalette("#ffffff", "#9aa3b0", "#1f2937", "#ffffff",
            "#f59e0b", false);
    public static final TopologyPalette DARK = new TopologyPalette("#1e2127", "#5b6472", "#e5e7eb", "#1e2127",
            "#fbbf24", true);

    public static TopologyPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public String node(NodeKind kind) {
        return switch (kind) {
            case SWITCH -> dark ? "#4f8cf0" : "#2563eb";
            case ROUTER -> dark ? "#b28cf5" : "#7c3aed";
            case HYPERVISOR -> dark ? "#f0a04b" : "#c2410c";
            case DEVICE -> dark ? "#8b93a1" : "#6b7280";
        };
    }

    public String port(PortUse use) {
        return switch (use) {
            case HOST -> dark ? "#34a865" : "#16a34a";
            case UPLINK -> dark ? "#4f8cf0" : "#1d4ed8";
            case HYPERVISOR -> dark ? "#f0a04b" : "#ea580c";
            case EMPTY -> dark ? "#3a3f48" : "#e5e7eb";
            case UNKNOWN -> dark ? "#6b7380" : "#a3a9b3";
        };
    }

    /** Text drawn on a port of this use. */
    public String onPort(PortUse use) {
        return switch (use) {
            case EMPTY -> dark ? "#c9ced6" : "#374151";
            case UNKNOWN -> dark ? "#f3f4f6" : "#111827";
            default -> "#ffffff";
        };
    }

    public static String name(NodeKind kind) {
        return switch (kind) {
            case SWITCH -> "Switch";
            case ROUTER -> "Router / bridge";
            case HYPERVISOR -> "Hypervisor";
            case DEVICE -> "Other neighbour";
        };
    }

    public static String name(PortUse use) {
        return switch (use) {
            case HOST -> "Host";
            case UPLINK -> "Uplink";
            case HYPERVISOR -> "Hypervisor";
            case EMPTY -> "Empty (down)";
            case UNKNOWN -> "Up, nothing known";
        };
    }
}

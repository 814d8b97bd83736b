package org.netboxauto.ui.topology;

import java.util.Locale;
import java.util.Map;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.NodePoint;
import org.netboxauto.core.topology.TopologyEdge;
import org.netboxauto.core.topology.TopologyNode;

/** The laid-out map as SVG text: every node with its label and every link, as the canvas draws them. */
public final class TopologySvg {

    private static final double MARGIN = 40;

    private TopologySvg() {
    }

    public static String of(LaidOutTopology laid, TopologyPalette palette) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (TopologyNode n : laid.topology().nodes()) {
            NodePoint p = laid.points().get(n.id());
            if (p != null) {
                // every label is drawn in full: the picture is as wide as its widest one needs
                double half = n.label().length() * LabelPlacement.CHAR_WIDTH / 2;
                minX = Math.min(minX, p.x() - half);
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x() + half);
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minX > maxX) {
            minX = minY = maxX = maxY = 0;
        }
        double ox = MARGIN - minX;
        double oy = MARGIN - minY;
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                        + "height=\"%.0f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
                        maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN))
                .append("<rect width=\"100%\" height=\"100%\" fill=\"").append(palette.background()).append("\"/>\n")
                .append("<g stroke=\"").append(palette.edge()).append("\">\n");
        Map<String, NodePoint> at = laid.points();
        for (TopologyEdge e : laid.topology().edges()) {
            NodePoint a = at.get(e.from());
            NodePoint b = at.get(e.to());
            if (a != null && b != null) {
                out.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\"><title>%s</title></line>%n",
                        a.x() + ox, a.y() + oy, b.x() + ox, b.y() + oy, Math.min(5, 1.2 + e.links() * 0.8),
                        escape(String.join(", ", e.ports()))));
            }
        }
        out.append("</g>\n");
        for (TopologyNode n : laid.topology().nodes()) {
            NodePoint p = at.get(n.id());
            if (p == null) {
                continue;
            }
            double x = p.x() + ox;
            double y = p.y() + oy;
            double r = NodeShapes.radius(n.kind());
            String fill = palette.node(n.kind());
            out.append("<g><title>").append(escape(TopologyPalette.name(n.kind()) + " " + n.label())).append("</title>");
            if (n.kind() == NodeKind.ROUTER) {
                out.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
                        x, y - r, x + r, y, x, y + r, x - r, y, fill));
            } else if (n.kind() == NodeKind.DEVICE) {
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", x, y, r,
                        fill));
            } else {
                out.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\"/>",
                        x - r, y - r * (n.kind() == NodeKind.SWITCH ? 0.6 : 1), 2 * r,
                        2 * r * (n.kind() == NodeKind.SWITCH ? 0.6 : 1), fill));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\" "
                    + "stroke=\"%s\" stroke-width=\"3\" paint-order=\"stroke\">%s</text></g>%n",
                    x, y + r + 14, palette.label(), palette.halo(), escape(n.label())));
        }
        return out.append("</svg>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // control characters are not allowed in XML 1.0, and a switch's strings are untrusted
                    if (c >= 0x20 || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}

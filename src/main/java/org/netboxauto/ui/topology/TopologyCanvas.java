package org.netboxauto.ui.topology;

import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.NodePoint;
import org.netboxauto.core.topology.TopologyEdge;
import org.netboxauto.core.topology.TopologyNode;

/**
 * The map, drawn on one canvas: a few hundred nodes redraw in a millisecond or two, where as many scene nodes
 * would each be laid out and styled. Wheel, pinch and +/- zoom around the pointer, a drag pans, 0 fits.
 */
public final class TopologyCanvas extends Region {

    private static final double MAX_SCALE = 6;

    private final Canvas canvas = new Canvas();
    private final Consumer<TopologyNode> onPick;
    private LaidOutTopology drawing = LaidOutTopology.EMPTY;
    /** The nodes in the order their labels claim room: switches with the most links first, then routers, then leaves. */
    private java.util.List<TopologyNode> labelOrder = java.util.List.of();
    private TopologyPalette palette = TopologyPalette.LIGHT;
    private String selected;
    private double scale = 1;
    private double tx;
    private double ty;
    private double dragX;
    private double dragY;
    private boolean dragged;
    /** Fitted and not zoomed or panned since: a resize fits the map again. */
    private boolean fitted;
    private String hovered;
    private long lastFrameNanos;

    TopologyCanvas(Consumer<TopologyNode> onPick) {
        this.onPick = onPick;
        setId("topology-canvas");
        getStyleClass().add("topology-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            }
            e.consume();
        });
        setOnZoom(e -> zoom(e.getZoomFactor(), e.getX(), e.getY()));
        setOnMousePressed(e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
                tx += e.getX() - dragX;
                ty += e.getY() - dragY;
                fitted = false;
                dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 0;
                dragX = e.getX();
                dragY = e.getY();
                redraw();
            }
        });
        setOnMouseMoved(e -> {
            TopologyNode over = nodeAt(e.getX(), e.getY());
            String id = over == null ? null : over.id();
            if (!java.util.Objects.equals(id, hovered)) {
                hovered = id;
                setCursor(id == null ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.HAND);
                redraw();
            }
        });
        setOnMouseReleased(e -> {
            // the tab pane takes the focus on its own press; the keys should reach the map
            requestFocus();
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                onPick.accept(nodeAt(e.getX(), e.getY()));
            }
        });
        setOnKeyPressed(this::keys);
    }

    /** +, - and 0 anywhere on the tab; the view forwards the keys no control there took. */
    void keys(javafx.scene.input.KeyEvent e) {
        {
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
                zoomIn();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoomOut();
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                fit();
            } else {
                return;
            }
            e.consume();
        }
    }

    /** Shows a new map; the first one, or one replacing a map left fitted, is fitted to the view. */
    void show(LaidOutTopology laid) {
        boolean first = drawing.points().isEmpty();
        drawing = laid;
        labelOrder = LabelPlacement.order(laid.topology());
        if (first || fitted) {
            fit();
        } else {
            redraw();
        }
    }

    void palette(TopologyPalette palette) {
        this.palette = palette;
        redraw();
    }

    void select(String nodeId) {
        selected = nodeId;
        redraw();
    }

    public void zoomIn() {
        zoom(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoom(0.8, getWidth() / 2, getHeight() / 2);
    }

    /** Scales and centres the whole map in the view. */
    public void fit() {
        if (getWidth() <= 0 || getHeight() <= 0 || drawing.points().isEmpty()) {
            fitted = true;
            redraw();
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodePoint p : drawing.points().values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        // room for the outermost nodes' labels
        double margin = 70;
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        scale = Math.min(MAX_SCALE, Math.min((getWidth() - 2 * margin) / w, (getHeight() - 2 * margin) / h));
        scale = Math.max(scale, 0.02);
        tx = (getWidth() - w * scale) / 2 - minX * scale;
        ty = (getHeight() - h * scale) / 2 - minY * scale;
        fitted = true;
        redraw();
    }

    private void zoom(double factor, double x, double y) {
        double next = Math.max(0.02, Math.min(MAX_SCALE, scale * factor));
        double applied = next / scale;
        tx = x - (x - tx) * applied;
        ty = y - (y - ty) * applied;
        scale = next;
        fitted = false;
        redraw();
    }

    public double scale() {
        return scale;
    }

    /** How long the last redraw took, for the figures the tests print. */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    TopologyNode nodeAt(double x, double y) {
        TopologyNode best = null;
        double bestDistance = Double.MAX_VALUE;
        Map<String, NodePoint> at = drawing.points();
        for (TopologyNode n : drawing.topology().nodes()) {
            NodePoint p = at.get(n.id());
            if (p == null) {
                continue;
            }
            double dx = p.x() * scale + tx - x;
            double dy = p.y() * scale + ty - y;
            double d = Math.hypot(dx, dy);
            double reach = Math.max(10, NodeShapes.radius(n.kind()) * Math.max(1, scale) + 4);
            if (d <= reach && d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Where a node is on screen, for tests that click it. */
    public javafx.geometry.Point2D screenPoint(String nodeId) {
        NodePoint p = drawing.points().get(nodeId);
        return p == null ? null : new javafx.geometry.Point2D(p.x() * scale + tx, p.y() * scale + ty);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            boolean first = canvas.getWidth() == 0 || canvas.getHeight() == 0;
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (first || fitted) {
                fit();
            } else {
                redraw();
            }
        }
    }

    public void redraw() {
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web(palette.background()));
        g.fillRect(0, 0, w, h);
        Map<String, NodePoint> at = drawing.points();
        double zoom = Math.min(1.6, Math.max(0.45, scale));
        g.setStroke(Color.web(palette.edge()));
        for (TopologyEdge e : drawing.topology().edges()) {
            NodePoint a = at.get(e.from());
            NodePoint b = at.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            g.setLineWidth(Math.min(5, 1.2 + e.links() * 0.8) * zoom);
            g.strokeLine(a.x() * scale + tx, a.y() * scale + ty, b.x() * scale + tx, b.y() * scale + ty);
        }
        for (TopologyNode n : drawing.topology().nodes()) {
            NodePoint p = at.get(n.id());
            double x = p == null ? 0 : p.x() * scale + tx;
            double y = p == null ? 0 : p.y() * scale + ty;
            if (p != null && x > -100 && y > -100 && x < w + 100 && y < h + 100) {
                drawNode(g, n.kind(), x, y, NodeShapes.radius(n.kind()) * zoom, n.id().equals(selected));
            }
        }
        drawLabels(g, zoom, w, h);
        lastFrameNanos = System.nanoTime() - start;
    }

    private void drawLabels(GraphicsContext g, double zoom, double w, double h) {
        g.setFont(Font.font("DejaVu Sans", 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(3);
        java.util.Set<String> always = new java.util.HashSet<>();
        if (selected != null) {
            always.add(selected);
        }
        if (hovered != null) {
            always.add(hovered);
        }
        for (LabelPlacement.Placed label : LabelPlacement.place(labelOrder, drawing.points(),
                new LabelPlacement.View(scale, tx, ty, zoom, w, h), always, selected)) {
            g.setStroke(Color.web(palette.halo()));
            g.strokeText(label.node().label(), label.x(), label.top());
            g.setFill(Color.web(palette.label()));
            g.fillText(label.node().label(), label.x(), label.top());
        }
    }

    private void drawNode(GraphicsContext g, NodeKind kind, double x, double y, double r, boolean isSelected) {
        g.setFill(Color.web(palette.node(kind)));
        double hr = LabelPlacement.halfHeight(kind, r);
        if (isSelected) {
            g.setStroke(Color.web(palette.selection()));
            g.setLineWidth(4);
            g.strokeRoundRect(x - r - 4, y - hr - 4, 2 * r + 8, 2 * hr + 8, 8, 8);
        }
        switch (kind) {
            case ROUTER -> g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
            case DEVICE -> g.fillOval(x - r, y - r, 2 * r, 2 * r);
            default -> g.fillRoundRect(x - r, y - hr, 2 * r, 2 * hr, 6, 6);
        }
    }
}

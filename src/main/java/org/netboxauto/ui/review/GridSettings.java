package org.netboxauto.ui.review;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Review grid's filter and columns, kept between runs in a small file beside the window state. */
record GridSettings(FilterFields filter, List<ColumnLayout> columns) {

    static final GridSettings DEFAULT = new GridSettings(FilterFields.NONE, List.of());

    private static final Logger LOG = LoggerFactory.getLogger(GridSettings.class);

    GridSettings {
        columns = List.copyOf(columns);
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    static GridSettings load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            FilterFields filter = new FilterFields(p.getProperty("filter.text"), p.getProperty("filter.state"),
                    p.getProperty("filter.source"), p.getProperty("filter.kind"), p.getProperty("filter.subnet"));
            List<ColumnLayout> columns = new ArrayList<>();
            String order = p.getProperty("columns", "");
            for (String id : order.isBlank() ? new String[0] : order.split(",")) {
                columns.add(new ColumnLayout(id, !"false".equals(p.getProperty("column." + id + ".visible")),
                        Double.parseDouble(p.getProperty("column." + id + ".width", "-1"))));
            }
            return new GridSettings(filter, columns);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring the saved review grid settings in {}: {}", file, e.getMessage());
            return DEFAULT;
        }
    }

    /** Writes the settings atomically; a failure only costs the layout next time. */
    void save(Path file) {
        Properties p = new Properties();
        p.setProperty("filter.text", filter.text());
        p.setProperty("filter.state", filter.state());
        p.setProperty("filter.source", filter.source());
        p.setProperty("filter.kind", filter.kind());
        p.setProperty("filter.subnet", filter.subnet());
        p.setProperty("columns", String.join(",", columns.stream().map(ColumnLayout::id).toList()));
        for (ColumnLayout c : columns) {
            p.setProperty("column." + c.id() + ".visible", Boolean.toString(c.visible()));
            p.setProperty("column." + c.id() + ".width", Double.toString(c.width()));
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "review", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "netbox-auto review grid");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the review grid settings to {}: {}", file, e.getMessage());
        }
    }
}

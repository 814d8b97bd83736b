package org.netboxauto.ui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.netboxauto.core.CsvCell;

/**
 * What a table shows — its rows as filtered and sorted, its visible columns in their order — as CSV or JSON.
 * A column says how its cell reads as text with {@link #text}; one without a title and without text (a
 * button column) is left out.
 */
public final class TableExport {

    private static final String TEXT = "export-text";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file formats an export writes. */
    public enum Format { CSV, JSON }

    private TableExport() {
    }

    /** Sets how {@code column}'s cell reads as text in an export. */
    public static <T> void text(TableColumn<T, ?> column, Function<T, String> text) {
        column.getProperties().put(TEXT, text);
    }

    /** The header and the rows of what the table shows now. */
    public static <T> List<List<String>> shown(TableView<T> table) {
        List<TableColumn<T, ?>> columns = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (TableColumn<T, ?> column : table.getVisibleLeafColumns()) {
            String title = title(column);
            if (title.isBlank() && !column.getProperties().containsKey(TEXT)) {
                continue;
            }
            columns.add(column);
            header.add(title.isBlank() ? String.valueOf(Optional.ofNullable(column.getUserData()).orElse(""))
                    : title);
        }
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (T row : table.getItems()) {
            List<String> cells = new ArrayList<>(columns.size());
            for (TableColumn<T, ?> column : columns) {
                cells.add(cell(column, row));
            }
            out.add(cells);
        }
        return out;
    }

    /** CSV with a header line; every cell neutralised against spreadsheet formulas. */
    public static String csv(List<List<String>> shown) {
        return shown.stream().map(line -> line.stream().map(CsvCell::of).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** A JSON array with one object a row, keyed by the column titles in their order. */
    public static String json(List<List<String>> shown) {
        ArrayNode rows = JSON.createArrayNode();
        List<String> header = shown.getFirst();
        for (List<String> line : shown.subList(1, shown.size())) {
            ObjectNode row = rows.addObject();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), line.get(i));
            }
        }
        try {
            return JSON.writeValueAsString(rows) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(List<List<String>> shown, Format format, Path file) throws IOException {
        Files.writeString(file, format == Format.CSV ? csv(shown) : json(shown), StandardCharsets.UTF_8);
    }

    /** "Discovered MACs" for a column nested under "Discovered". */
    private static String title(TableColumn<?, ?> column) {
        String own = column.getText() == null ? "" : column.getText();
        javafx.scene.control.TableColumnBase<?, ?> parent = column.getParentColumn();
        return parent == null || parent.getText() == null || parent.getText().isBlank() ? own
                : (parent.getText() + " " + own).strip();
    }

    @SuppressWarnings("unchecked")
    private static <T> String cell(TableColumn<T, ?> column, T row) {
        Object text = column.getProperties().get(TEXT);
        Object value = text != null ? ((Function<T, String>) text).apply(row) : column.getCellData(row);
        return switch (value) {
            case null -> "";
            case Optional<?> o -> o.map(String::valueOf).orElse("");
            case Collection<?> c -> c.stream().map(String::valueOf).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }
}

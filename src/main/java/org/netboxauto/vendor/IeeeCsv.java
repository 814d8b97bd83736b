package org.netboxauto.vendor;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.netboxauto.core.OuiTable;

/** Reads the IEEE registry CSVs (oui.csv, mam.csv, oui36.csv: Registry,Assignment,Organization Name,...). */
final class IeeeCsv {

    private IeeeCsv() {
    }

    /** Adds every assignment to {@code into} and, as prefix to name, to {@code rows}; returns how many. */
    static int read(BufferedReader in, OuiTable into, String name, java.util.Map<String, String> rows)
            throws IOException {
        String header = in.readLine();
        if (header == null || !header.startsWith("Registry,Assignment,Organization Name")) {
            throw new IOException(name + " is not an IEEE registry CSV; expected the header"
                    + " \"Registry,Assignment,Organization Name,Organization Address\"");
        }
        int added = 0;
        for (String line; (line = in.readLine()) != null; ) {
            List<String> cells = cells(line);
            if (cells.size() >= 3 && !cells.get(2).isBlank()) {
                try {
                    String prefix = cells.get(1).strip().toUpperCase(java.util.Locale.ROOT);
                    String organization = cells.get(2).strip().replace('\t', ' ');
                    into.add(prefix, organization);
                    rows.put(prefix, organization);
                    added++;
                } catch (IllegalArgumentException e) {
                    // a malformed row is skipped; the registry has none today
                }
            }
        }
        return added;
    }

    /** RFC 4180 cells of one line (the registry has no line breaks inside quotes). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

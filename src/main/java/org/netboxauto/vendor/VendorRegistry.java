package org.netboxauto.vendor;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.netboxauto.core.OuiTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MAC vendor table: the copy in the data folder that {@code netbox-auto vendors update} wrote,
 * else the one shipped with the app. Stored as gzip'd "PREFIX TAB ORGANIZATION" lines.
 */
public final class VendorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(VendorRegistry.class);
    static final String RESOURCE = "/org/netboxauto/vendor/ieee-mac-prefixes.tsv.gz";
    public static final String FILE_NAME = "ieee-mac-prefixes.tsv.gz";
    /** Where Debian's ieee-data package keeps the registries. */
    public static final Path DEBIAN_IEEE_DATA = Path.of("/usr/share/ieee-data");
    static final List<String> REGISTRY_FILES = List.of("oui.csv", "mam.csv", "oui36.csv");

    private VendorRegistry() {
    }

    /** The table from the data folder's copy if there is one, else the shipped one; never fails. */
    public static OuiTable load(Path dataDir) {
        Path local = dataDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(local)) {
                try (InputStream in = Files.newInputStream(local)) {
                    return readTable(in);
                }
            }
            try (InputStream in = VendorRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    LOG.warn("The shipped MAC vendor table is missing; vendors stay empty");
                    return new OuiTable();
                }
                return readTable(in);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the MAC vendor table {} ({}); vendors stay empty. Run: netbox-auto vendors update",
                    local, e.getMessage());
            return new OuiTable();
        }
    }

    /**
     * Reads IEEE registry CSVs (a folder holding oui.csv, mam.csv, oui36.csv, or single files) and
     * writes the table to {@code target}, replacing it only once complete.
     *
     * @return the number of prefixes written
     */
    public static int update(List<Path> sources, Path target) throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (Path source : sources) {
            List<Path> files = Files.isDirectory(source)
                    ? REGISTRY_FILES.stream().map(source::resolve).filter(Files::isRegularFile).toList()
                    : List.of(source);
            if (files.isEmpty()) {
                throw new IOException(source + " holds none of " + String.join(", ", REGISTRY_FILES));
            }
            for (Path file : files) {
                OuiTable one = new OuiTable();
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    IeeeCsv.read(in, one, file.toString(), rows);
                }
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, String> row : rows.entrySet()) {
                out.write(row.getKey());
                out.write('\t');
                out.write(row.getValue());
                out.write('\n');
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows.size();
    }

    static OuiTable readTable(InputStream gzip) throws IOException {
        OuiTable table = new OuiTable();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    try {
                        table.add(line.substring(0, tab), line.substring(tab + 1));
                    } catch (IllegalArgumentException e) {
                        throw new IOException("bad line in the vendor table: " + line, e);
                    }
                }
            }
        }
        return table;
    }
}

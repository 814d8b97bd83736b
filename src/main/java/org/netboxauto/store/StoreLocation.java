package org.netboxauto.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netboxauto.service.StoreUnavailableException;

/**
 * A parsed store URL: which database, the URL to connect with (credentials taken out of it so
 * no driver or log ever sees them) and a location that is safe to show.
 */
record StoreLocation(Kind kind, String connectUrl, String display, Optional<Path> h2File,
        Optional<String> passwordFromUrl) {

    enum Kind { H2, POSTGRESQL }

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String PG_PREFIX = "jdbc:postgresql:";
    private static final Pattern H2_PASSWORD = Pattern.compile("(?i);PASSWORD=[^;]*");
    private static final Pattern PG_PASSWORD = Pattern.compile("(?i)([?&])password=[^&]*&?");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");
    // How processes share an H2 file is decided here (ADR 0016), not in the URL: no TCP server, an
    // operating-system file lock that dies with its process, no trace file beside the store.
    private static final Pattern H2_SHARING = Pattern.compile(
            "(?i);(AUTO_SERVER|AUTO_SERVER_PORT|AUTO_RECONNECT|FILE_LOCK|TRACE_LEVEL_FILE|DB_CLOSE_DELAY|MAX_COMPACT_TIME)=[^;]*");
    // MAX_COMPACT_TIME=0: the file is closed after every turn, and a kill during the compaction H2
    // does on close is a crash window the store would otherwise open many times a minute.
    static final String H2_FILE_SETTINGS = ";FILE_LOCK=FS;TRACE_LEVEL_FILE=0;DB_CLOSE_DELAY=0;WRITE_DELAY=0"
            + ";MAX_COMPACT_TIME=0";

    static StoreLocation parse(String jdbcUrl) {
        String url = jdbcUrl.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith(H2_PREFIX)) {
            return parseH2(url);
        }
        if (lower.startsWith(PG_PREFIX)) {
            return parsePostgres(url);
        }
        throw new StoreUnavailableException("The store URL \"" + withoutPassword(url)
                + "\" is not supported. Use jdbc:h2:file:/path/to/store or jdbc:postgresql://host/db in store.url.");
    }

    private static StoreLocation parseH2(String url) {
        Optional<String> password = find(H2_PASSWORD, url).map(p -> p.substring(";PASSWORD=".length()));
        String connect = H2_PASSWORD.matcher(url).replaceAll("");
        String body = connect.substring(H2_PREFIX.length());
        int settings = body.indexOf(';');
        String name = settings < 0 ? body : body.substring(0, settings);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.startsWith("mem:") || lowerName.startsWith("tcp:") || lowerName.startsWith("ssl:")) {
            return new StoreLocation(Kind.H2, connect, withoutPassword(connect), Optional.empty(), password);
        }
        if (lowerName.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path base = Path.of(name).toAbsolutePath().normalize();
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        String shared = H2_SHARING.matcher(connect).replaceAll("").replaceAll("(?i);WRITE_DELAY=[^;]*", "");
        return new StoreLocation(Kind.H2, shared + H2_FILE_SETTINGS, file.toString(), Optional.of(file), password);
    }

    private static StoreLocation parsePostgres(String url) {
        Optional<String> password = find(Pattern.compile("(?i)[?&]password=([^&]*)"), url)
                .map(p -> p.substring(p.indexOf('=') + 1));
        String connect = withoutPassword(url);
        return new StoreLocation(Kind.POSTGRESQL, connect, connect, Optional.empty(), password);
    }

    /** The URL with any password parameter and user-info part removed. */
    static String withoutPassword(String url) {
        String noH2 = H2_PASSWORD.matcher(url).replaceAll("");
        Matcher pg = PG_PASSWORD.matcher(noH2);
        String noPg = pg.replaceAll("$1");
        if (noPg.endsWith("?") || noPg.endsWith("&")) {
            noPg = noPg.substring(0, noPg.length() - 1);
        }
        return USER_INFO.matcher(noPg).replaceAll("//");
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    boolean isH2File() {
        return h2File.isPresent();
    }

    String driverClass() {
        return kind == Kind.H2 ? "org.h2.Driver" : "org.postgresql.Driver";
    }
}

package org.netboxauto.netbox;

import java.net.URI;
import org.netboxauto.core.PeerText;
import java.util.HashSet;
import java.util.Set;

/**
 * Guards the walk along {@code next}: only the endpoint being read is requested, on the configured NetBox
 * (a link's scheme and host are never followed, so the token never goes elsewhere), each page once and
 * always forward. A link that loops, goes back or leaves the endpoint ends the read with an error.
 */
final class NextLinks {

    private final String endpoint;
    private final Set<String> seen = new HashSet<>();
    private long position = -1;

    NextLinks(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The query of the first request, counted as seen. */
    void first(String query) {
        seen.add(query);
        position = position(query);
    }

    /**
     * @return the query to send next, taken from NetBox's {@code next} link
     * @throws IllegalStateException saying why the link is refused
     */
    String follow(String link) {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("its next link is not a URL (" + PeerText.cut(link, 200) + ")");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.endsWith(endpoint)) {
            throw new IllegalStateException("its next link leads to another endpoint (" + PeerText.cut(link, 200)
                    + "); NetBox's pages stay on the list being read");
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (!seen.add(query)) {
            throw new IllegalStateException("its next link repeats a page already read (" + PeerText.cut(link, 200)
                    + "); the pages loop");
        }
        long at = position(query);
        if (at <= position) {
            throw new IllegalStateException("its next link goes back to an earlier page (" + PeerText.cut(link, 200)
                    + "); the pages loop");
        }
        position = at;
        return query;
    }

    /** offset (or the cursor's start) of a page; 0 when the query has neither. */
    private static long position(String query) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if ((name.equals("offset") || name.equals("start")) && eq > 0) {
                try {
                    return Long.parseLong(pair.substring(eq + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("its next link has a " + name + " that is not a number");
                }
            }
        }
        return 0;
    }
}

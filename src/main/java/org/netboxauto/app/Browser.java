package org.netboxauto.app;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a NetBox page in the user's browser with the platform's own opener; the URL is one argument, never shell text. */
final class Browser {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private Browser() {
    }

    static void open(String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            LOG.warn("Not opening {}: only http and https pages are opened", url);
            return;
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.startsWith("mac") ? List.of("open", url) : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            LOG.warn("Could not open {} in a browser: {}", url, e.getMessage());
        }
    }
}

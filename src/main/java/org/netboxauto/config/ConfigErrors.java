package org.netboxauto.config;

import com.typesafe.config.ConfigException;
import java.nio.file.Path;

/** Turns the HOCON library's parse and resolve errors into messages an admin can act on. */
final class ConfigErrors {

    private ConfigErrors() {
    }

    static String describe(ConfigException e, Path file) {
        String where = e.origin() != null && e.origin().lineNumber() > 0
                ? file + " line " + e.origin().lineNumber() : file.toString();
        if (e instanceof ConfigException.UnresolvedSubstitution) {
            return where + ": " + detail(e) + ". Set that environment variable, or write ${?NAME} to leave the"
                    + " key unset when it is missing";
        }
        if (e instanceof ConfigException.Parse) {
            return where + ": not valid HOCON: " + detail(e);
        }
        if (e instanceof ConfigException.IO) {
            return file + ": cannot be read (" + detail(e) + "); check the path and its permissions";
        }
        return where + ": " + detail(e);
    }

    private static String detail(ConfigException e) {
        String message = e.getMessage();
        // the library prefixes "origin: line: " which we print in our own form above
        int cut = message.indexOf(": ", message.indexOf(": ") + 2);
        return e.origin() != null && cut > 0 && message.startsWith(e.origin().description())
                ? message.substring(cut + 2) : message;
    }
}

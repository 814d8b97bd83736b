package org.netboxauto.ui.setup;

import javafx.util.StringConverter;
import org.netboxauto.config.RouterOsSource.Transport;

/** Transport choices as the admin knows them from the router's service list. */
final class TransportNames extends StringConverter<Transport> {

    @Override
    public String toString(Transport transport) {
        if (transport == null) {
            return "";
        }
        return switch (transport) {
            case API -> "api (plain, port 8728)";
            case API_SSL -> "api-ssl (TLS, port 8729)";
            case REST -> "rest (HTTPS, RouterOS 7)";
        };
    }

    @Override
    public Transport fromString(String text) {
        throw new UnsupportedOperationException("choices are picked, never typed");
    }
}

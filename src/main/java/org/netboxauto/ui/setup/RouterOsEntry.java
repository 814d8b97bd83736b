package org.netboxauto.ui.setup;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;
import org.netboxauto.service.SetupDraft;

/** One RouterOS source on the setup form. */
public final class RouterOsEntry {

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty host = new SimpleStringProperty(this, "host", "");
    final ObjectProperty<Transport> transport = new SimpleObjectProperty<>(this, "transport", Transport.API_SSL);
    final StringProperty port = new SimpleStringProperty(this, "port", "");
    final StringProperty username = new SimpleStringProperty(this, "username", "netbox-auto");
    final StringProperty password = new SimpleStringProperty(this, "password", "");
    final StringProperty fingerprint = new SimpleStringProperty(this, "fingerprint", "");
    final TestStatus status;

    RouterOsEntry(String defaultName, boolean testable) {
        name.set(defaultName);
        status = new TestStatus(testable, "RouterOS");
    }

    SetupDraft.RouterOs draft() {
        return new SetupDraft.RouterOs(name.get(), host.get(), transport.get(), port.get(), username.get(),
                new Secret(password.get()), fingerprint.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public ObjectProperty<Transport> transportProperty() {
        return transport;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public TestStatus status() {
        return status;
    }
}

package org.netboxauto.ui.setup;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.netboxauto.config.Secret;
import org.netboxauto.service.SetupDraft;

/** One Proxmox VE source on the setup form. */
public final class ProxmoxEntry {

    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty url = new SimpleStringProperty(this, "url", "");
    final StringProperty tokenId = new SimpleStringProperty(this, "tokenId", "");
    final StringProperty tokenSecret = new SimpleStringProperty(this, "tokenSecret", "");
    final StringProperty fingerprint = new SimpleStringProperty(this, "fingerprint", "");
    final TestStatus status;

    ProxmoxEntry(String defaultName, boolean testable) {
        name.set(defaultName);
        status = new TestStatus(testable, "Proxmox");
    }

    SetupDraft.Proxmox draft() {
        return new SetupDraft.Proxmox(name.get(), url.get(), tokenId.get(), new Secret(tokenSecret.get()),
                fingerprint.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty tokenIdProperty() {
        return tokenId;
    }

    public StringProperty tokenSecretProperty() {
        return tokenSecret;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public TestStatus status() {
        return status;
    }
}

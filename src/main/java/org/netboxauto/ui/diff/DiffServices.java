package org.netboxauto.ui.diff;

import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.service.CompareReport;

/** What the NetBox diff tab needs from the application; called off the FX thread. */
public interface DiffServices {

    /** Reads NetBox and compares it with the discovered hosts; a failure's message says what to do. */
    CompareReport compareWithNetBox(ReadProgress progress);

    /**
     * Pins NetBox's certificate in the config file (netbox.tls.fingerprint-sha256) and reloads nothing: the next
     * comparison reads the file again.
     *
     * @throws java.io.IOException when the config file cannot be written
     */
    default void trustNetBoxCertificate(org.netboxauto.net.CertificateSummary certificate) throws java.io.IOException {
        throw new java.io.IOException("this window cannot change the config file");
    }

    /** Shows a NetBox page in the user's browser. */
    void openInBrowser(String url);
}

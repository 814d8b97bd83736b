package org.netboxauto.ui.diff;

import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.service.CompareReport;

/** What the NetBox diff tab needs from the application; called off the FX thread. */
public interface DiffServices {

    /** Reads NetBox and compares it with the discovered hosts; a failure's message says what to do. */
    CompareReport compareWithNetBox(ReadProgress progress);

    /** Shows a NetBox page in the user's browser. */
    void openInBrowser(String url);
}

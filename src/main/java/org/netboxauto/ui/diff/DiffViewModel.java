package org.netboxauto.ui.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.netboxauto.core.compare.Comparison;
import org.netboxauto.core.compare.Outcome;
import org.netboxauto.service.CompareReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The NetBox diff tab's state: the rows of the last comparison, a filter by outcome with counts, refresh progress. */
public final class DiffViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DiffViewModel.class);

    private final DiffServices services;
    private final Executor worker;
    private final Executor fx;
    private final ObservableList<Comparison> rows = FXCollections.observableArrayList();
    private final FilteredList<Comparison> shown = new FilteredList<>(rows);
    private final ObjectProperty<Outcome> filter = new SimpleObjectProperty<>(this, "filter");
    private final javafx.beans.property.StringProperty search = new javafx.beans.property.SimpleStringProperty(this,
            "search", "");
    private final javafx.beans.property.StringProperty subnet = new javafx.beans.property.SimpleStringProperty(this,
            "subnet", "");
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");
    private final Map<Outcome, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Outcome.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final javafx.beans.property.ReadOnlyObjectWrapper<List<Comparison>> compared =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "compared", List.of());
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.netboxauto.net.CertificateSummary> untrusted =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "untrusted");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Not compared yet: press Refresh to read NetBox.");
    private final AtomicLong lastProgress = new AtomicLong();

    public DiffViewModel(DiffServices services, Executor worker, Executor fx) {
        this.services = services;
        this.worker = worker;
        this.fx = fx;
        for (Outcome o : Outcome.values()) {
            counts.put(o, new ReadOnlyIntegerWrapper(this, o.name()));
        }
        filter.addListener((obs, old, outcome) -> applyFilter());
        search.addListener((obs, old, text) -> applyFilter());
        subnet.addListener((obs, old, text) -> applyFilter());
    }

    /** Reads NetBox and compares again; call on the FX thread. */
    public void refresh() {
        if (running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        untrusted.set(null);
        progress.set(-1);
        message.set("Reading NetBox…");
        worker.execute(() -> {
            try {
                CompareReport report = services.compareWithNetBox((done, all, text) -> {
                    // at most a few hand-overs a second, and always the last one
                    long now = System.nanoTime();
                    if (done == all || now - lastProgress.get() > 100_000_000L) {
                        lastProgress.set(now);
                        fx.execute(() -> {
                            progress.set(all == 0 ? -1 : (double) done / all);
                            message.set(text);
                        });
                    }
                });
                fx.execute(() -> show(report));
            } catch (RuntimeException e) {
                LOG.warn("Comparing with NetBox failed", e);
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                var refused = org.netboxauto.net.CertificateSummary.refusedIn(e).orElse(null);
                fx.execute(() -> {
                    untrusted.set(refused);
                    running.set(false);
                    progress.set(0);
                    failed.set(true);
                    message.set("Could not compare with NetBox: " + why);
                });
            }
        });
    }

    private void show(CompareReport report) {
        rows.setAll(report.result().rows());
        compared.set(List.copyOf(report.result().rows()));
        report.result().counts().forEach((o, n) -> counts.get(o).set(n));
        total.set(rows.size());
        running.set(false);
        progress.set(1);
        message.set("NetBox " + report.version() + " at " + report.netbox() + ": "
                + (report.counts().getOrDefault("devices", 0) + report.counts().getOrDefault("virtual-machines", 0))
                + " devices and VMs read in " + report.readTime().toMillis() + " ms; " + report.hosts()
                + " discovered hosts compared");
    }

    /** Outcome, search text (any cell, either side) and subnet (any address, either side) together. */
    private void applyFilter() {
        Outcome outcome = filter.get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(java.util.Locale.ROOT);
        org.netboxauto.core.Cidr cidr = null;
        filterProblem.set("");
        if (subnet.get() != null && !subnet.get().isBlank()) {
            try {
                cidr = org.netboxauto.core.Cidr.parse(subnet.get().strip());
            } catch (IllegalArgumentException e) {
                filterProblem.set("Subnet \"" + subnet.get().strip() + "\": " + e.getMessage()
                        + "; write it as CIDR, e.g. 10.0.0.0/24");
            }
        }
        org.netboxauto.core.Cidr in = cidr;
        if (outcome == null && needle.isEmpty() && in == null) {
            shown.setPredicate(null);
            return;
        }
        shown.setPredicate(c -> (outcome == null || c.outcome() == outcome)
                && (needle.isEmpty() || DiffCells.contains(c, needle))
                && (in == null || DiffCells.inSubnet(c, in)));
    }

    /** Text to find in any cell, as the Review tab's search box. */
    public javafx.beans.property.StringProperty searchProperty() {
        return search;
    }

    /** A CIDR; rows with an address inside it on either side are shown. */
    public javafx.beans.property.StringProperty subnetProperty() {
        return subnet;
    }

    /** Why the subnet typed is not one, or empty. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    /** Opens the row's NetBox object, or its first candidate, in the browser. */
    public void open(Comparison row) {
        DiffCells.url(row).ifPresent(url -> worker.execute(() -> services.openInBrowser(url)));
    }

    public ObservableList<Comparison> shownRows() {
        return shown;
    }

    /** The outcome shown, or null for every row. */
    public ObjectProperty<Outcome> filterProperty() {
        return filter;
    }

    public ReadOnlyIntegerProperty countProperty(Outcome outcome) {
        return counts.get(outcome).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The rows of the last comparison that succeeded. */
    public javafx.beans.property.ReadOnlyObjectProperty<List<Comparison>> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** The certificate NetBox presented when the last comparison failed on it, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.netboxauto.net.CertificateSummary> untrustedProperty() {
        return untrusted.getReadOnlyProperty();
    }

    /** Pins the refused certificate in the config file, then compares again. */
    public void trust(org.netboxauto.net.CertificateSummary certificate) {
        worker.execute(() -> {
            try {
                services.trustNetBoxCertificate(certificate);
                LOG.info("Pinned NetBox's certificate {} in the config file", certificate.sha256());
                fx.execute(this::refresh);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("Could not pin NetBox's certificate", e);
                fx.execute(() -> message.set("Could not pin the certificate: " + e.getMessage()));
            }
        });
    }

    /** Whether the last comparison failed; its message says why. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

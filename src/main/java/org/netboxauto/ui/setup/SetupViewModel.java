package org.netboxauto.ui.setup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.Secret;
import org.netboxauto.net.CertificateSummary;
import org.netboxauto.service.ConnectionCheck;
import org.netboxauto.service.ConnectionTester;
import org.netboxauto.service.SetupDraft;
import org.netboxauto.service.SetupService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The first-run form: NetBox, the sources of each kind, a connection test per entry, and saving. */
public final class SetupViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SetupViewModel.class);

    private final SetupService setup;
    private final Executor background;
    private final Executor fx;
    private final java.util.function.BiConsumer<Path, Optional<String>> onSaved;
    private final boolean adding;
    private final StringProperty netboxUrl = new SimpleStringProperty(this, "netboxUrl", "");
    private final StringProperty netboxToken = new SimpleStringProperty(this, "netboxToken", "");
    private final StringProperty netboxCaFile = new SimpleStringProperty(this, "netboxCaFile", "");
    private final StringProperty netboxFingerprint = new SimpleStringProperty(this, "netboxFingerprint", "");
    private final TestStatus netboxStatus;
    private final ObservableList<RouterOsEntry> routeros = FXCollections.observableArrayList();
    private final ObservableList<ProxmoxEntry> proxmox = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    /**
     * @param onSaved runs on the FX thread with the written config file and, when the NetBox it names could
     *                not be reached, what failed
     */
    public SetupViewModel(SetupService setup, Executor background, Executor fx,
            java.util.function.BiConsumer<Path, Optional<String>> onSaved) {
        this.setup = setup;
        this.background = background;
        this.fx = fx;
        this.onSaved = onSaved;
        this.netboxStatus = new TestStatus(setup.testers().netbox().isPresent(), "NetBox");
        this.adding = setup.configExists();
        if (!adding) {
            addRouterOs();
        }
    }

    /** Whether a config is already there, which Save adds to. */
    public boolean adding() {
        return adding;
    }

    public Path target() {
        return setup.target();
    }

    public RouterOsEntry addRouterOs() {
        RouterOsEntry entry = new RouterOsEntry(nextName("router", routeros.size()),
                setup.testers().routeros().isPresent());
        routeros.add(entry);
        return entry;
    }

    public ProxmoxEntry addProxmox() {
        ProxmoxEntry entry = new ProxmoxEntry(nextName("pve", proxmox.size()), setup.testers().proxmox().isPresent());
        proxmox.add(entry);
        return entry;
    }

    public void remove(Object entry) {
        routeros.remove(entry);
        proxmox.remove(entry);
    }

    public void testNetBox() {
        run(setup.testers().netbox(), netboxDraft(), 0, netboxStatus, netboxUrl.get());
    }

    /** Pins the certificate NetBox presented (in place of a CA file) and tests again. */
    public void trustNetBox(CertificateSummary certificate) {
        netboxCaFile.set("");
        netboxFingerprint.set(certificate.sha256());
        testNetBox();
    }

    public void trust(RouterOsEntry entry, CertificateSummary certificate) {
        entry.fingerprint.set(certificate.sha256());
        test(entry);
    }

    public void trust(ProxmoxEntry entry, CertificateSummary certificate) {
        entry.fingerprint.set(certificate.sha256());
        test(entry);
    }

    private SetupDraft.NetBox netboxDraft() {
        return new SetupDraft.NetBox(netboxUrl.get(), new Secret(netboxToken.get()), netboxCaFile.get(),
                netboxFingerprint.get());
    }

    public void test(RouterOsEntry entry) {
        run(setup.testers().routeros(), entry.draft(), routeros.indexOf(entry), entry.status, entry.host.get());
    }

    public void test(ProxmoxEntry entry) {
        run(setup.testers().proxmox(), entry.draft(), proxmox.indexOf(entry), entry.status, entry.url.get());
    }

    private <T> void run(Optional<ConnectionTester<T>> tester, T draft, int index, TestStatus status, String target) {
        if (tester.isEmpty() || status.stateProperty().get() == TestStatus.State.TESTING) {
            return;
        }
        status.testing(target);
        background.execute(() -> {
            ConnectionCheck check;
            try {
                check = tester.get().test(draft, index);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                check = ConnectionCheck.failed("The test was stopped.");
            } catch (RuntimeException e) {
                LOG.warn("Connection test of {} failed unexpectedly", target, e);
                check = ConnectionCheck.failed("The test failed: " + e.getMessage());
            }
            ConnectionCheck result = check;
            fx.execute(() -> status.show(result));
        });
    }

    /** Validates and writes the config off the FX thread; problems are listed, success calls onSaved. */
    public void save() {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        problems.clear();
        SetupDraft draft = new SetupDraft(netboxDraft(),
                routeros.stream().map(RouterOsEntry::draft).toList(), proxmox.stream().map(ProxmoxEntry::draft).toList());
        background.execute(() -> {
            try {
                List<ConfigProblem> found = setup.save(draft);
                Optional<String> unreachable = found.isEmpty() ? setup.netboxProblem(draft.netbox()) : Optional.empty();
                fx.execute(() -> saved(found, unreachable));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fx.execute(() -> saved(List.of(), Optional.empty()));
            } catch (FileAlreadyExistsException e) {
                fx.execute(() -> failed(e.getFile() + " already exists and was left unchanged; close this form"
                        + " and use Reload config."));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not write the config", e);
                fx.execute(() -> failed("Could not write " + setup.target() + ": " + e.getMessage()));
            }
        });
    }

    private void saved(List<ConfigProblem> found, Optional<String> unreachable) {
        saving.set(false);
        if (found.isEmpty()) {
            onSaved.accept(setup.target(), unreachable);
        } else {
            problems.setAll(found.stream().map(p -> p.path() + ": " + p.message()).toList());
        }
    }

    private void failed(String message) {
        saving.set(false);
        problems.setAll(message);
    }

    private static String nextName(String base, int count) {
        return count == 0 ? base : base + (count + 1);
    }

    public StringProperty netboxUrlProperty() {
        return netboxUrl;
    }

    public StringProperty netboxTokenProperty() {
        return netboxToken;
    }

    public StringProperty netboxCaFileProperty() {
        return netboxCaFile;
    }

    public StringProperty netboxFingerprintProperty() {
        return netboxFingerprint;
    }

    public TestStatus netboxStatus() {
        return netboxStatus;
    }

    public ObservableList<RouterOsEntry> routeros() {
        return routeros;
    }

    public ObservableList<ProxmoxEntry> proxmox() {
        return proxmox;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}

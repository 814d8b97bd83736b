package org.netboxauto.ui.push;

import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.ReviewState;
import org.netboxauto.service.HostEntry;
import org.netboxauto.ui.review.FilterFields;

/** Step 1: which approved hosts go in the push, by the Review tab's filter, with live counts. */
public final class PushScope {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty subnet = new SimpleStringProperty(this, "subnet", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper approved = new ReadOnlyIntegerWrapper(this, "approved");
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper(this, "matching");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper lastPush = new ReadOnlyStringWrapper(this, "lastPush", "");
    private final ObservableList<String> kinds = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private List<HostEntry> hosts = List.of();

    PushScope() {
        for (StringProperty p : new StringProperty[] {text, kind, source, subnet}) {
            p.addListener((obs, old, now) -> count());
        }
    }

    /** The approved hosts and the choices the filter offers; call on the FX thread. */
    void show(List<HostEntry> entries, List<String> kindNames) {
        hosts = entries.stream().filter(e -> e.state() == ReviewState.APPROVED).toList();
        TreeSet<String> ids = new TreeSet<>();
        hosts.forEach(e -> ids.addAll(e.host().sources()));
        kinds.setAll(kindNames);
        sources.setAll(ids);
        approved.set(hosts.size());
        loaded.set(true);
        count();
    }

    void last(String notice, String lastPush) {
        this.notice.set(notice);
        this.lastPush.set(lastPush);
    }

    /** @throws IllegalArgumentException naming the subnet and how to write one */
    HostFilter filter() {
        return new FilterFields(text.get(), "", source.get(), kind.get(), subnet.get()).toHostFilter();
    }

    public void clear() {
        text.set("");
        kind.set("");
        source.set("");
        subnet.set("");
    }

    private void count() {
        try {
            HostFilter filter = filter();
            error.set("");
            matching.set((int) hosts.stream().filter(e -> filter.matches(e.host(), e.review())).count());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            matching.set(0);
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty subnetProperty() {
        return subnet;
    }

    /** Why the filter cannot apply (a subnet that is not CIDR), or blank. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty approvedProperty() {
        return approved.getReadOnlyProperty();
    }

    /** Approved hosts the filter keeps. */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** True once the hosts were read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The one-line notice of an interrupted last push, or blank. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** When the last push that ended ran, and how its actions ended; blank before the first. */
    public ReadOnlyStringProperty lastPushProperty() {
        return lastPush.getReadOnlyProperty();
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObservableList<String> sources() {
        return sources;
    }
}

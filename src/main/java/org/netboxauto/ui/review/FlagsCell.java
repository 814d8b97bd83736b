package org.netboxauto.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.netboxauto.core.HostFlag;
import org.netboxauto.service.HostEntry;

/** What an admin should notice before approving: randomized or duplicate MAC, IP conflict, gone. */
final class FlagsCell extends TableCell<HostRow, HostEntry> {

    private final HBox chips = new HBox(4);

    FlagsCell() {
        chips.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(HostEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        HostRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || entry == null || row == null) {
            setGraphic(null);
            return;
        }
        chips.getChildren().clear();
        for (String flag : flags(row)) {
            Label chip = new Label(flag);
            chip.getStyleClass().addAll("flag-chip", flag.startsWith("IP") || flag.startsWith("dup") ? "flag-bad"
                    : "flag-warn");
            chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            chips.getChildren().add(chip);
        }
        setGraphic(chips);
    }

    /** The flags of a row as the grid words them, worst first. */
    static List<String> flags(HostRow row) {
        List<String> out = new ArrayList<>();
        if (row.ipConflict()) {
            out.add("IP conflict");
        }
        if (row.duplicateMac()) {
            out.add("duplicate MAC");
        }
        if (row.host().has(HostFlag.LOCALLY_ADMINISTERED_MAC)) {
            out.add("random MAC");
        }
        if (row.host().has(HostFlag.GONE)) {
            out.add("gone");
        }
        if (row.host().has(HostFlag.STOPPED)) {
            out.add("stopped");
        }
        if (row.host().has(HostFlag.NAME_CONFLICT)) {
            out.add("name conflict");
        }
        if (row.host().has(HostFlag.TEMPORARY_IPV6)) {
            out.add("temporary IPv6");
        }
        return out;
    }
}

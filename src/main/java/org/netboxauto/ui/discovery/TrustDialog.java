package org.netboxauto.ui.discovery;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.ui.ChildWindows;
import org.netboxauto.ui.common.CertificateCard;

/** Who a source's peer says it is, with the same card and button that trust NetBox's certificate. */
final class TrustDialog {

    static final String TITLE = "Trust a source's certificate";

    private TrustDialog() {
    }

    static Stage open(Window owner, SourceRow row, DiscoveryViewModel model) {
        var refused = row.untrustedProperty().get();
        Stage[] stage = new Stage[1];
        Label title = new Label(row.source());
        title.getStyleClass().add("dialog-title");
        Label where = new Label("Trusting writes " + refused.entry() + ".tls.fingerprint-sha256 into the config file"
                + " (its comments and other keys stay); nothing is sent anywhere.");
        where.getStyleClass().add("dialog-subtitle");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        FontIcon icon = new FontIcon("mdi2s-shield-key-outline");
        icon.getStyleClass().add("dialog-icon");
        HBox header = new HBox(icon, new VBox(2, title, where));
        header.getStyleClass().add("dialog-header");
        var card = CertificateCard.of(new SimpleObjectProperty<>(refused.certificate()), certificate -> {
            model.trust(row, certificate);
            stage[0].close();
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage[0].close());
        HBox footer = new HBox(close);
        footer.getStyleClass().add("dialog-footer");
        VBox root = new VBox(header, card, footer);
        root.getStyleClass().add("dialog-page");
        root.setPrefWidth(640);
        stage[0] = ChildWindows.open(owner, TITLE, root);
        return stage[0];
    }
}

package org.netboxauto.ui.common;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netboxauto.net.CertificateSummary;
import org.netboxauto.net.Readable;

/** Who an untrusted peer says it is, and a button that trusts exactly that certificate; hidden while there is none. */
public final class CertificateCard {

    public static final String TRUST = "Trust this certificate";

    private CertificateCard() {
    }

    /** @param trust called with the refused certificate when the admin trusts it */
    public static Node of(ObservableValue<CertificateSummary> refused, Consumer<CertificateSummary> trust) {
        VBox card = new VBox(8);
        card.getStyleClass().add("certificate-card");
        Runnable fill = () -> {
            CertificateSummary certificate = refused.getValue();
            card.setVisible(certificate != null);
            card.setManaged(certificate != null);
            if (certificate != null) {
                card.getChildren().setAll(content(certificate, trust));
            } else {
                card.getChildren().clear();
            }
        };
        refused.addListener((obs, old, now) -> fill.run());
        fill.run();
        return card;
    }

    private static Node[] content(CertificateSummary certificate, Consumer<CertificateSummary> trust) {
        Label heading = wrapped("This peer presents a certificate this computer does not trust yet:");
        heading.getStyleClass().add("certificate-heading");
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(names, values);
        facts.addRow(0, new Label("Subject"), wrapped(certificate.subject()));
        facts.addRow(1, new Label("Issuer"), wrapped(certificate.selfSigned() ? certificate.issuer() + " (self-signed)"
                : certificate.issuer()));
        Label validity = wrapped(org.netboxauto.core.TimeText.text(certificate.notBefore()) + " to " + org.netboxauto.core.TimeText.text(certificate.notAfter())
                + (certificate.validAt(Instant.now()) ? "" : " — not valid now"));
        facts.addRow(2, new Label("Valid"), validity);
        Label fingerprint = wrapped(certificate.sha256());
        fingerprint.getStyleClass().add("fingerprint");
        facts.addRow(3, new Label("SHA-256"), fingerprint);
        Label advice = wrapped("Compare the fingerprint with the one the device shows (its web page, or openssl x509"
                + " -noout -fingerprint -sha256 on it) before you trust it. Trusting pins this one certificate; a"
                + " replaced certificate is refused again.");
        advice.getStyleClass().add("certificate-advice");
        Button button = new Button(TRUST);
        button.setOnAction(e -> trust.accept(certificate));
        button.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(button);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new Node[] {heading, facts, advice, buttons};
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}

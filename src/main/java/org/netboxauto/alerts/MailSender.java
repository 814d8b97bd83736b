package org.netboxauto.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;
import org.netboxauto.config.AlertChannel;
import org.netboxauto.core.PeerText;
import org.netboxauto.net.PeerTrust;
import org.netboxauto.service.AlertSender.AlertNotSent;

/**
 * One alert as one plain-text e-mail. STARTTLS is required when asked for (never a silent fall back
 * to plain), and the server's certificate is checked like every other peer's.
 */
final class MailSender {

    private MailSender() {
    }

    static void send(AlertChannel.Email mail, String payload) throws AlertNotSent {
        JsonNode event;
        try {
            event = ChannelSender.JSON.readTree(payload);
        } catch (IOException e) {
            throw new AlertNotSent("a kept alert could not be read back (" + e.getMessage() + ")");
        }
        Session session = Session.getInstance(properties(mail), mail.password().map(p -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(mail.username().orElseThrow(), p.reveal());
            }
        }).orElse(null));
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(mail.from()));
            for (String to : mail.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            String summary = event.path("summary").asText();
            message.setSubject("netbox-auto: " + oneLine(summary), "UTF-8");
            message.setSentDate(new Date());
            message.setText(text(event), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new AlertNotSent(reason(e));
        }
    }

    private static Properties properties(AlertChannel.Email mail) {
        PeerTrust trust = PeerTrust.of(mail.tls(), "alerts.");
        String protocol = mail.security() == AlertChannel.Security.TLS ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put(p + "host", mail.host());
        props.put(p + "port", String.valueOf(mail.port()));
        props.put(p + "auth", String.valueOf(mail.password().isPresent()));
        String millis = String.valueOf(mail.timeout().toMillis());
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
        if (mail.security() != AlertChannel.Security.NONE) {
            props.put(p + "ssl.socketFactory", trust.sslContext().getSocketFactory());
            props.put(p + "ssl.checkserveridentity", String.valueOf(trust.checkHostname()));
        }
        if (mail.security() == AlertChannel.Security.STARTTLS) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        return props;
    }

    private static String text(JsonNode event) {
        StringBuilder b = new StringBuilder(event.path("summary").asText()).append("\n\n");
        b.append("event: ").append(event.path("event").asText()).append('\n');
        b.append("at: ").append(event.path("at").asText()).append('\n');
        event.path("details").properties().forEach(f -> b.append(f.getKey()).append(": ")
                .append(f.getValue().asText()).append('\n'));
        b.append("\nSent by netbox-auto; each event is sent once. Change what you get under alerts.channels.\n");
        return b.toString();
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("[\\r\\n]+", " ");
        return line.length() > 150 ? line.substring(0, 149) + "…" : line;
    }

    /** The innermost cause in words: refused, timed out, login refused, certificate not trusted. */
    private static String reason(MessagingException e) {
        if (e instanceof jakarta.mail.AuthenticationFailedException) {
            return "refused the login; check username and password";
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return "did not answer in time";
            }
            if (t instanceof java.net.ConnectException) {
                return "refused the connection; check host and port";
            }
            if (t instanceof java.security.cert.CertificateException
                    || t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                return "its certificate is not trusted; set tls.ca-file or tls.fingerprint-sha256 of the channel";
            }
        }
        return PeerText.escape(String.valueOf(e.getMessage()));
    }
}

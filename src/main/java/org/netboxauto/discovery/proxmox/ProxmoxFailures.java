package org.netboxauto.discovery.proxmox;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netboxauto.core.PeerText;
import javax.net.ssl.SSLException;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.net.Readable;
import org.netboxauto.net.TlsFailureText;

/** Turns what went wrong with one Proxmox source into a message an admin can act on. */
final class ProxmoxFailures {

    private static final Pattern PRIVILEGE = Pattern.compile("\\(([^,()]+), ([A-Za-z.|]+)\\)");

    private final String sourceId;
    private final String key;
    private final String endpoint;
    private final Duration timeout;
    private final String login;

    /** @param login what authenticated, e.g. "API token collector@pve!inventory"; never the secret */
    ProxmoxFailures(String sourceId, String key, String endpoint, Duration timeout, String login) {
        this.sourceId = sourceId;
        this.key = key;
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.login = login;
    }

    CollectorException transport(String request, IOException e) {
        String prefix = sourceId + " (" + key + "): ";
        if (e instanceof SSLException s) {
            return new CollectorException(prefix + "TLS with " + endpoint + " failed: " + TlsFailureText.of(s), e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new CollectorException(prefix + "cannot connect to " + endpoint + " (" + rootMessage(e)
                    + "); check " + key + ".url and that pveproxy listens there (port 8006 by default)", e);
        }
        if (e instanceof UnknownHostException) {
            return new CollectorException(prefix + "cannot resolve the host of " + endpoint + "; check " + key + ".url",
                    e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new CollectorException(prefix + endpoint + " did not answer " + request + " within "
                    + seconds(timeout) + "; check that the host is up, or raise " + key + ".timeout", e);
        }
        return new CollectorException(prefix + endpoint + " closed the connection or sent a broken reply to "
                + request + " (" + PeerText.clean(rootMessage(e)) + "); check " + key + ".url points at the Proxmox API, not a proxy", e);
    }

    CollectorException overDeadline(String request, IOException e) {
        return new CollectorException(sourceId + " (" + key + "): " + endpoint + " gave no complete answer to " + request
                + " within " + seconds(timeout) + " (it answered too slowly or without end); check the host, or"
                + " raise " + key + ".timeout", e);
    }

    CollectorException tooLarge(String request, IOException e) {
        return new CollectorException(sourceId + " (" + key + "): " + endpoint + "'s answer to " + request + " was"
                + " refused: " + e.getMessage() + "; check " + key + ".url points at the Proxmox API", e);
    }

    CollectorException notProxmox(String request, String start) {
        return new CollectorException(sourceId + " (" + key + "): the reply of " + endpoint + " to " + request
                + " is not Proxmox API JSON (it starts with \"" + NetConfigParser.shown(start.strip()) + "\"); check "
                + key + ".url is https://HOST:8006 of a Proxmox VE node");
    }

    /** A status that ends the whole source: refused login, missing privilege, or an unexpected error. */
    CollectorException reply(ProxmoxReplyException e) {
        String prefix = sourceId + " (" + key + "): ";
        if (e.status() == 401) {
            return new CollectorException(prefix + endpoint + " refused the " + login + " (401 " + e.text()
                    + "); " + loginHint(), e);
        }
        if (e.status() == 403) {
            String privilege = privilege(e);
            String grant = e.path().contains("/agent/")
                    ? "grant it: on PVE 9 the role PVEAuditor on / has it, on PVE 8 and older use a role with VM.Monitor"
                    : "grant it, e.g. the role PVEAuditor on / with propagate";
            return new CollectorException(prefix + "the " + login + " lacks the privilege " + privilege + " for GET "
                    + e.path() + " (403 " + e.text() + "); " + grant, e);
        }
        return new CollectorException(prefix + endpoint + " answered GET " + e.path() + " with " + e.status() + " "
                + e.text(), e);
    }

    private String loginHint() {
        return login.startsWith("API token") ? "check " + key + ".token-id (USER@REALM!TOKENID) and " + key
                + ".token-secret, and that the token still exists and has not expired"
                : "check " + key + ".username (USER@REALM, e.g. root@pam) and " + key + ".password";
    }

    private static String privilege(ProxmoxReplyException e) {
        Matcher m = PRIVILEGE.matcher(e.text());
        if (m.find()) {
            return m.group(2);
        }
        String path = e.path();
        return path.contains("/agent/") ? "VM.GuestAgent.Audit (VM.Monitor before PVE 9)"
                : path.startsWith("/cluster/status") ? "Sys.Audit" : "VM.Audit";
    }

    /** The exception's own text, plus its root cause's when that says more. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String cause = root.getMessage();
        return root == e || cause == null || own.contains(cause) ? own : own + ": " + cause;
    }

    private static String seconds(Duration d) {
        return Readable.duration(d);
    }
}

package org.netboxauto.discovery.proxmox;

/** Proxmox answered a request with an error status; {@code text} is its message or reason phrase. */
final class ProxmoxReplyException extends Exception {

    private final int status;
    private final String path;
    private final String text;

    ProxmoxReplyException(int status, String path, String text) {
        super(status + " " + text + " (GET " + path + ")");
        this.status = status;
        this.path = path;
        this.text = text;
    }

    int status() {
        return status;
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    /** Node offline or unreachable through pveproxy (AnyEvent::HTTP's 595/596). */
    boolean nodeUnreachable() {
        return status == 595 || status == 596;
    }
}

package org.netboxauto.service;

import org.netboxauto.config.AlertChannel;
import org.netboxauto.core.alerts.AlertEvent;

/** Turns events into what the outbox keeps, and sends that to a channel. */
public interface AlertSender {

    /** The event as the JSON the outbox keeps (and the {@code json} format sends). */
    String encode(AlertEvent event);

    /**
     * Sends one kept event in the channel's format.
     *
     * @throws AlertNotSent saying in words why (unreachable, refused with status N, timed out)
     */
    void send(AlertChannel channel, String payload) throws AlertNotSent;

    /** The one line for people a kept event carries. */
    String summary(String payload);

    /** Why an alert did not go out, in words (the caller names the channel); never the URL's secret part. */
    final class AlertNotSent extends Exception {
        public AlertNotSent(String message) {
            super(message);
        }
    }
}
